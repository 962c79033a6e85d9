import { expect, quoteList, test } from "./no-page-errors";

const ARTICLE = "2018-08-28-al-arabiya-hatami-in-syria";
const QUOTE = "Russia’s declaration that it does not support Iran’s continuous presence in Syria";

test("I select a passage in the reader, add a tie from it, and find it in the table with exactly my words", async ({ page }) => {
  await page.goto(`/#/read/${ARTICLE}`);
  const body = page.getByTestId("article-body");
  await expect(body).toContainText(QUOTE);
  // select the words as a reader would drag over them
  await body.evaluate((el, quote) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = "";
    const nodes: { node: Text; at: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: text.length });
      text += n.textContent;
    }
    const start = text.indexOf(quote);
    const end = start + quote.length;
    const find = (pos: number) => {
      const hit = nodes.findLast((x) => x.at <= pos)!;
      return [hit.node, pos - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...find(start));
    range.setEnd(...find(end));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, QUOTE);
  await page.getByRole("button", { name: "Add tie from this passage" }).click();
  const form = page.getByRole("form", { name: "Add a tie from this passage" });
  await expect(form.locator("q")).toHaveText(QUOTE);
  await form.getByLabel("Who acts").selectOption({ label: "Russia" });
  await form.getByLabel("On whom").selectOption({ label: "Iran" });
  await form.getByLabel("Type").selectOption({ label: "Criticism or accusation" });
  await form.getByLabel("Note").fill("Russia says it does not support Iran's presence in Syria");
  await form.getByRole("button", { name: "Add the tie" }).click();
  await expect(form).toBeHidden();

  await page.goto("/#/table");
  await page.getByRole("searchbox", { name: "Filter ties" }).fill("criticism russia");
  const row = page.getByRole("table", { name: /ties/ }).locator("tbody tr").filter({ hasText: "Russia" }).filter({ hasText: "Criticism or accusation" });
  await expect(row).toHaveCount(1);
  await row.locator("th button").click();
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(quoteList(evidence).locator("blockquote")).toHaveText([QUOTE]);
  await expect(evidence).toContainText("added by an editor");
  await expect(evidence).toContainText("Editor’s note: Russia says it does not support Iran's presence in Syria");
});

test("I reject the one quote of a tie in the evidence panel, and the tie is gone", async ({ page }) => {
  await page.goto("/#/tie/criticism--syria--syrian-opposition");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence).toContainText("the last stronghold of insurgents opposed to Assad");
  // the shipped editor's pass checked it, and says why
  await expect(evidence).toContainText("checked by an editor");
  await expect(evidence).toContainText("Editor’s note: 'insurgents opposed to Assad'");
  await evidence.getByRole("button", { name: /^Reject this passage/ }).click();
  await expect(page).toHaveURL(/#\/pair\/syria--syrian-opposition/);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.goto("/#/table");
  await page.getByRole("searchbox", { name: "Filter ties" }).fill("criticism syrian opposition");
  await expect(page.getByRole("table", { name: /ties/ })).toContainText("No ties match “criticism syrian opposition”.");

  // the compiler's reading alone still has it, without any editor's mark
  await page.goto("/#/tie/criticism--syria--syrian-opposition?reading=compiler");
  await expect(evidence).toContainText("read by the compiler");
  await expect(evidence).not.toContainText("checked by an editor");
  await expect(evidence.getByRole("button", { name: /^Reject this passage/ })).toHaveCount(0);

  // and a passage confirmed here says so
  await page.goto("/#/tie/threat--iran--israel");
  await evidence.getByRole("button", { name: /^Confirm this passage/ }).first().click();
  await expect(evidence).toContainText("You confirmed this passage.");
});
