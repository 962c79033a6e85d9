import { readFileSync } from "node:fs";
import type { Graph } from "../src/graph/schema";
import { edgeLabels, expect, test } from "./network-fixtures";

// The shipped corpus: four articles from 2018, one from 2024 (read from the graph the app loads).
const graph = JSON.parse(readFileSync(new URL("../public/graph.json", import.meta.url), "utf8")) as Graph;
const coverage = (year: number) => graph.coverage.find((c) => c.year === year)!;

test("I compare 2018 with 2024 and am told what each year covers, what is not reported, and what is too thin to call a change", async ({ page }) => {
  expect([coverage(2018).articles, coverage(2018).publishers.length, coverage(2024).articles, coverage(2024).publishers.length]).toEqual([4, 4, 1, 1]);
  await page.goto("/");
  await page.getByRole("switch", { name: "Compare years" }).click();
  await expect(page.getByRole("switch", { name: "Compare years" })).toBeChecked();
  await expect(page).toHaveURL(/compare=2018,2024/);
  await expect(page.getByRole("combobox", { name: "First year" })).toHaveValue("2018");
  await expect(page.getByRole("combobox", { name: "Second year" })).toHaveValue("2024");

  // Both years' coverage, in the compare panel and in the legend.
  const list = page.getByRole("complementary", { name: "Details" });
  await expect(list.getByRole("heading", { name: "2018 compared with 2024" })).toBeVisible();
  const both = "2018: 4 articles, 4 publishers · 2024: 1 article, 1 publisher";
  await expect(list.getByLabel("Coverage of the compared years")).toContainText(both);
  await expect(page.locator(".legend")).toContainText(both);

  // Nothing is called gone or changed on this corpus: a tie missing from the one 2024 article is
  // "not reported in 2024", with what 2024 covers.
  await expect(list.getByRole("region", { name: /^Gone/ })).toHaveCount(0);
  await expect(list.getByRole("region", { name: "Changed between cooperation and conflict" })).toHaveCount(0);
  const notIn2024 = list.getByRole("region", { name: "Reported in 2018, not reported in 2024" });
  await expect(notIn2024).toBeVisible();
  await expect(notIn2024.getByRole("listitem").filter({ hasText: "Iran – Israel" })).toContainText("not reported in 2024 (2024 has 1 article, 1 publisher)");
  await expect(page.locator(".net-mark--only-first").first()).toBeVisible();
  await expect(page.locator(".net-mark--changed")).toHaveCount(0);
  const labels = await edgeLabels(page);
  expect(labels.some((l) => l.endsWith("reported in 2018, not in 2024"))).toBe(true);
  expect(labels.some((l) => l.includes("gone"))).toBe(false);

  // Iran–United States: conflict in 2018, and in 2024 only Khamenei's accusation that the Americans
  // broke the agreements (the recalled negotiation is not a 2024 one, as the editor read it): reported
  // in both years with the same character, with the counts behind each.
  const same = list.getByRole("region", { name: "Reported in both, same character" });
  await expect(same.getByRole("listitem").filter({ hasText: "Iran – United States" })).toContainText(
    "2018: Verbal conflict (7 quotes in 4 articles) → 2024: Verbal conflict (1 quote in 1 article)",
  );
  await expect(list.getByRole("region", { name: "Too little evidence to compare" })).toHaveCount(0);

  // The threshold for calling a change is adjustable and kept in the URL.
  await list.getByRole("spinbutton", { name: "Articles needed in each year to call a change" }).fill("1");
  await expect(page).toHaveURL(/min=1/);
  await page.reload();
  await expect(list.getByRole("spinbutton", { name: "Articles needed in each year to call a change" })).toHaveValue("1");
  await expect(list.getByRole("region", { name: "Changed between cooperation and conflict" })).toHaveCount(0);

  // Every entry links to its evidence and keeps compare mode.
  await notIn2024.getByRole("link").first().click();
  await expect(page).toHaveURL(/#\/tie\/[^?]+\?compare=2018,2024/);
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toBeVisible();
});

test("On a 1280 px laptop, comparing keeps the header and the toolbar each on one row", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/#/?compare=2018,2024");
  await expect(page.getByRole("switch", { name: "Compare years" })).toBeChecked();
  // Each row's controls sit side by side: their tops differ by less than a control's height.
  const rows = await page.evaluate(() =>
    [".masthead__row", ".toolbar"].map((sel) => {
      const tops = [...document.querySelector(sel)!.children].filter((c) => (c as HTMLElement).offsetParent).map((c) => c.getBoundingClientRect().top);
      return Math.max(...tops) - Math.min(...tops);
    }),
  );
  expect(rows[0], "the header's items on one row").toBeLessThan(20);
  expect(rows[1], "the toolbar's items on one row").toBeLessThan(20);
});
