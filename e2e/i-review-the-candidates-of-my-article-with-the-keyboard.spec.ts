import { readFile } from "node:fs/promises";
import { expect, test } from "./network-fixtures";
import { fixture, openImportDialog } from "./import-fixtures";

// Each story starts the in-browser compiler and compiles the corpus with the user's files.
test.describe.configure({ timeout: 90_000 });

test("I import an article, review its candidates with the keyboard alone, see the graph change, export the curation and keep my decisions across a reload", async ({ page }) => {
  await page.goto("/");
  const dialog = await openImportDialog(page);
  await dialog.getByLabel("Article files to import").setInputFiles([fixture("gulf-review.md")]);
  await expect(dialog.getByRole("region", { name: "Import result" }).getByRole("status")).toContainText("1 article added");
  await page.keyboard.press("Escape");

  // The queue of my article: what the compiler saw a hint of but would not state, best first.
  await page.goto("/#/review?article=gulf-review");
  const review = page.getByRole("region", { name: "Review" });
  const proposal = review.locator(".tg-review__proposal");
  await expect(proposal).toHaveText("Proposed: Iran → Russia · Material support · 2023");
  await expect(review).toContainText("Not asserted (modal 'could')");
  await expect(review.getByRole("blockquote").or(review.locator("blockquote"))).toContainText("Iran could supply Russia with more drones this year");
  await expect(page.getByRole("button", { name: /Iran to Russia: Material support/ })).toHaveCount(0);

  // a: accept. The next one comes up by itself.
  await page.keyboard.press("a");
  await expect(proposal).toHaveText("Proposed: United States → Iran · Sanctions · 2023");
  // x: reject ('may … if the talks fail' is not a sanction)
  await page.keyboard.press("x");
  await expect(proposal).toHaveText("Proposed: Hezbollah → Israel · Threat · 2023");
  // d twice: 'exchanged threats' goes both ways; then accept
  await page.keyboard.press("d");
  await expect(proposal).toContainText("Israel → Hezbollah · Threat");
  await page.keyboard.press("d");
  await expect(proposal).toContainText("Hezbollah ↔ Israel · Threat");
  await page.keyboard.press("a");
  // Turkey only watched: reject
  await expect(proposal).toContainText("Qatar ↔ Turkey · Economic cooperation");
  await page.keyboard.press("x");
  await expect(proposal).toContainText("Qatar ↔ Saudi Arabia · Economic cooperation");
  // t: retype to Negotiation (they discussed an agreement), chosen in the type picker
  await page.keyboard.press("t");
  const picker = review.getByLabel("New type");
  await expect(picker).toBeFocused();
  await page.keyboard.type("Negotiation");
  await expect(picker).toHaveValue("negotiation");
  await page.keyboard.press("Enter");
  await expect(proposal).not.toContainText("Qatar ↔ Saudi Arabia");
  // u: undo takes the retype back and shows it again; accept it as proposed instead
  await page.keyboard.press("u");
  await expect(proposal).toHaveText("Proposed: Qatar ↔ Saudi Arabia · Economic cooperation · 2023");
  await expect(review).toContainText("undecided");
  await page.keyboard.press("a");
  await expect(review.locator(".tg-review__count")).toContainText("5 of 7 decided");

  // The graph has the accepted ties at once, marked as an editor's.
  await page.goto("/#/tie/material-support--iran--russia");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence).toContainText("Iran could supply Russia with more drones this year, two officials said.");
  await expect(evidence).toContainText("added by an editor");
  await page.goto("/#/tie/threat--hezbollah--israel");
  await expect(evidence).toContainText("Hezbollah and Israel exchanged threats along the border");
  await expect(page.getByRole("alert")).toHaveCount(0);

  // Export curation: entries `npm run compile` applies (the exact sentence and where it starts).
  await page.goto("/#/review?article=gulf-review");
  const download = page.waitForEvent("download");
  await review.getByRole("button", { name: "Export curation" }).focus();
  await page.keyboard.press("Enter");
  const file = await (await download).path();
  const yaml = await readFile(file, "utf8");
  expect(yaml).toContain('- { action: add, article: gulf-review, quote: "Iran could supply Russia with more drones this year, two officials said.", start: 0, source: iran, target: russia, type: material-support, direction: directed }');
  expect(yaml).toContain("type: economic-cooperation, direction: mutual");
  expect(yaml).toContain("type: threat, direction: mutual");
  expect(yaml).not.toContain("negotiation");
  expect(yaml).not.toContain("sanctions");

  // Reload: the decisions are kept, in the graph and in the queue.
  await page.reload();
  // At start-up the browser compiles the stored articles again, which waits for the compiler to start
  // (up to 20 s on a busy machine); the load screen says so meanwhile.
  await expect(review.locator(".tg-review__count")).toContainText("5 of 7 decided", { timeout: 30_000 });
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await page.goto("/#/tie/material-support--iran--russia");
  await expect(evidence).toContainText("Iran could supply Russia with more drones this year");
});
