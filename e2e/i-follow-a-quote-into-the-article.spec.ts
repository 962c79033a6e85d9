import { expect, IRAN_SYRIA_MILITARY, test } from "./no-page-errors";

test("I follow 'Read in context' and see the passage highlighted in the article", async ({ page }) => {
  await page.goto(`/#/tie/${IRAN_SYRIA_MILITARY}`);
  const figure = page.getByRole("region", { name: "Evidence", exact: true }).locator("figure").filter({ hasText: "Tehran and Damascus have signed an agreement" });
  const quote = (await figure.locator("blockquote").textContent())!;
  await figure.getByRole("link", { name: /Read in context/ }).click();

  await expect(page).toHaveURL(/#\/read\/2018-08-30-mei-defense-pact-axis-of-resistance\?evidence=/);
  await expect(page.getByRole("heading", { name: /New defense pact cements Iran's military presence/ })).toBeVisible();
  const passage = page.getByTestId("article-body").locator("mark");
  await expect(passage).toHaveText(quote);
  await expect(passage.first()).toBeInViewport();
  await expect(page.getByRole("link", { name: /Original article/ })).toHaveCount(0); // this source is not online

  await page.getByRole("link", { name: /Back to the tie/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/tie/${IRAN_SYRIA_MILITARY}$`));
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toBeVisible();
});
