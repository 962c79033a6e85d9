import type { Page } from "@playwright/test";
import { parseViewState, toLocation } from "../src/graph/view-state";
import { expect, test } from "./network-fixtures";

/** What a mangled, hostile or just wrong link can hold, as it would appear in the address bar. */
const GARBAGE = [
  "narnia",
  "x".repeat(5_000),
  "%E0%A4%A",
  "%00%FF%ZZ",
  "..%2F..%2Fetc%2Fpasswd",
  "....//....//",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "__proto__",
  "constructor",
  "%F0%9F%87%AE%F0%9F%87%B7%E2%80%AE",
  "ایران",
] as const;

/** Where garbage can go: every path and parameter the app reads. */
const SLOTS: Record<string, (junk: string) => string> = {
  "an actor": (j) => `/actor/${j}`,
  "a tie": (j) => `/tie/${j}`,
  "an article": (j) => `/read/${j}`,
  "a passage of a real article": (j) => `/read/2018-08-28-al-arabiya-hatami-in-syria?evidence=${j}`,
  "the tie a real article is read for": (j) => `/read/2018-08-28-al-arabiya-hatami-in-syria?tie=${j}`,
  "the table's selection": (j) => `/table?actor=${j}&tie=${j}`,
  "a page": (j) => `/${j}/${j}`,
  "the year": (j) => `/?year=${j}`,
  "the years compared": (j) => `/actor/iran?compare=${j},2024`,
  "the filters": (j) => `/?types=${j}&quads=${j}&others=${j}&comentions=${j}`,
};

/** True once the page shows a not-found message, or its URL is the canonical URL of what it shows. */
async function settled(page: Page): Promise<boolean> {
  if (await page.getByRole("alert").filter({ hasText: /in this graph|does not exist/ }).isVisible()) return true;
  if (await page.getByText("The selected passage is not in this article").isVisible()) return true;
  const hash = (await page.evaluate(() => window.location.hash)).slice(1) || "/";
  const [path = "/", query = ""] = hash.split("?");
  return toLocation(parseViewState(path, query ? `?${query}` : "")) === hash;
}

for (const [slot, route] of Object.entries(SLOTS)) {
  test(`I open links with garbage in ${slot} and get a not-found message or a clean URL, never a crash`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto("/");
    await expect(page.getByRole("link", { name: /Tiegraph, back to the overview/ })).toBeVisible();
    for (const junk of GARBAGE) {
      const hash = `#${route(junk)}`;
      await page.evaluate((h) => (window.location.hash = h), hash);
      await expect.poll(() => settled(page), { message: hash.slice(0, 120) }).toBe(true);
      await expect(page.getByRole("link", { name: /Tiegraph, back to the overview/ })).toBeVisible();
      expect(await page.locator("[onerror], script:not([src])").count(), "no markup from the URL").toBe(0);
    }
    // A fresh load of the last one behaves the same.
    await page.reload();
    await expect.poll(() => settled(page)).toBe(true);
    expect(dialogs, "no script from the URL ran").toEqual([]);
  });
}
