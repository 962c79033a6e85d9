import { expect, IRAN_SYRIA_MILITARY, test } from "./no-page-errors";

test("I open the Iran–Syria military tie and read a quote about the 2018 defense agreement", async ({ page }) => {
  await page.goto(`/#/tie/${IRAN_SYRIA_MILITARY}`);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("heading", { level: 2 })).toContainText("Military cooperation");
  await expect(evidence).toContainText("Material cooperation");

  const figure = evidence.locator("figure").filter({ hasText: "Tehran and Damascus have signed an agreement" });
  const quote = figure.locator("blockquote");
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText("Tehran and Damascus");
  // The words that made the tie are marked inside the quote.
  await expect(quote.locator("mark")).toHaveText(/military|defen[cs]e/i);
  await expect(figure).toContainText("Middle East Institute");
  await expect(figure).toContainText("30 Aug 2018");
});
