import { expect, quoteList, test } from "./no-page-errors";

test("I list the ties in a table, sort them by quotes and open a row's evidence", async ({ page }) => {
  await page.goto("/#/table");
  const table = page.getByRole("table", { name: /ties/ });
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(3);

  const quotesHeader = table.getByRole("columnheader", { name: /Quotes/ });
  await quotesHeader.getByRole("button").click();
  await expect(quotesHeader).toHaveAttribute("aria-sort", "descending");
  const counts = (await rows.locator("td:nth-child(6)").allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  const top = rows.first();
  const relation = (await top.locator("th button").textContent())!.split(":")[0]!;
  await top.locator("th button").click();
  await expect(page).toHaveURL(/#\/table\?tie=/);
  await expect(top).toHaveAttribute("aria-current", "true");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("heading", { level: 2 })).toContainText(relation);
  await expect(quoteList(evidence).locator("blockquote")).toHaveCount(counts[0]!);

  await page.getByRole("searchbox", { name: "Filter ties" }).fill("hezbollah");
  for (const text of await rows.allTextContents()) expect(text).toContain("Hezbollah");
});
