import { expect, IRAN_SYRIA_MILITARY, quoteList, test } from "./no-page-errors";

test("I step to the next and previous quote of a tie, across articles", async ({ page }) => {
  await page.goto(`/#/tie/${IRAN_SYRIA_MILITARY}`);
  const evidence = quoteList(page.getByRole("region", { name: "Evidence", exact: true }));
  await expect(evidence.locator("blockquote").first()).toBeVisible();
  const quotes = await evidence.locator("blockquote").allTextContents();
  expect(quotes.length).toBeGreaterThan(1);
  await evidence.getByRole("link", { name: /Read in context/ }).first().click();

  const position = page.getByRole("status").filter({ hasText: /^Quote \d+ of \d+$/ });
  const passage = page.getByTestId("article-body").locator("mark");
  await expect(position).toHaveText(`Quote 1 of ${quotes.length}`);
  await expect(passage).toHaveText(quotes[0]!);
  await expect(page.getByRole("button", { name: /Previous quote/ })).toBeDisabled();

  await page.getByRole("button", { name: /Next quote/ }).click();
  await expect(position).toHaveText(`Quote 2 of ${quotes.length}`);
  await expect(passage).toHaveText(quotes[1]!);
  await expect(passage.first()).toBeInViewport();

  await page.getByRole("button", { name: /Previous quote/ }).click();
  await expect(position).toHaveText(`Quote 1 of ${quotes.length}`);
  await expect(passage).toHaveText(quotes[0]!);
});
