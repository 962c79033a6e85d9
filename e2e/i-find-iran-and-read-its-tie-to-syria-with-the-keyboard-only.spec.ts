import type { Page } from "@playwright/test";
import { expect, test } from "./network-fixtures";

/** What has focus, in words and place: "button 'Syria …' @212", or "body" when focus was lost. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return "body";
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80);
    const at = [...document.querySelectorAll("*")].indexOf(el);
    return `${el.tagName.toLowerCase()} '${name}' @${at}`;
  });
}

/** Presses `key` and checks that focus is still on something (never dropped to the page). */
async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  const now = await focused(page);
  expect(now, `focus after ${key}`).not.toBe("body");
  return now;
}

/** Tabs (forward, or back with Shift+Tab) until `isTarget` holds for the focused element; fails if focus is lost or stuck. */
async function tabTo(page: Page, isTarget: (focus: string) => boolean, what: string, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    expect(now, `focus is lost on the way to ${what}, after:\n${seen.join("\n")}`).not.toBe("body");
    if (isTarget(now)) return;
    expect(now, `${key} moves on from ${now}`).not.toBe(seen.at(-1));
    seen.push(now);
  }
  throw new Error(`${what} is not reachable with ${key}; focus went through:\n${seen.join("\n")}`);
}

test("Without the mouse I find Iran, open its tie to Syria, read the passage and switch to 2024", async ({ page }) => {
  // Some sixty key presses, each followed by a look at what has focus: on a busy two-core machine that
  // alone took 24–38 s.
  test.setTimeout(60_000);
  await page.goto("/");
  await expect(page.locator("[data-actor-id]").first()).toBeVisible();

  // '/' focuses search; I type and pick Iran with Enter.
  await press(page, "/");
  await expect(page.getByRole("combobox", { name: "Find an actor" })).toBeFocused();
  await page.keyboard.type("Iran");
  await expect(page.getByRole("option", { name: /Iran/ }).first()).toBeVisible();
  await press(page, "Enter");
  await expect(page).toHaveURL(/#\/actor\/iran$/);
  const details = page.getByRole("complementary", { name: "Details" });
  // Enter moved focus to what was found: the panel's heading.
  await expect(details.getByRole("heading", { level: 2, name: "Iran", exact: true })).toBeFocused();

  // Tab to its military cooperation with Syria in the panel and open it.
  await tabTo(page, (f) => /^button .*Syria/.test(f) && f.includes("quote"), "Iran's tie to Syria");
  await press(page, "Enter");
  await expect(page).toHaveURL(/#\/tie\/[a-z-]+--iran--syria/);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence).toBeVisible();

  // Read the first passage in its article.
  await tabTo(page, (f) => f.startsWith("a ") && f.includes("Read in context"), "Read in context");
  await press(page, "Enter");
  await expect(page).toHaveURL(/#\/read\//);
  await expect(page.getByTestId("article-body").locator("mark").first()).toBeVisible();

  // Back to the tie, then back up to the year list and choose 2024.
  await tabTo(page, (f) => f.includes("Back to the tie"), "Back to the tie");
  await press(page, "Enter");
  await expect(evidence).toBeVisible();
  await tabTo(page, (f) => f.startsWith("select") && /Year|All years/.test(f), "the year list", "Shift+Tab");
  await page.keyboard.type("2024");
  await expect(page).toHaveURL(/year=2024/);
  expect(await focused(page)).toMatch(/^select/);
  await expect(page.getByRole("combobox", { name: "Year", exact: true })).toHaveValue("2024");
});
