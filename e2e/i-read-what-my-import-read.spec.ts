import { AxeBuilder } from "@axe-core/playwright";
import { fixture, openImportDialog } from "./import-fixtures";
import { actorNode, expect, test } from "./network-fixtures";

// Each story starts the in-browser compiler and compiles the corpus with the user's files.
test.describe.configure({ timeout: 60_000 });

for (const scheme of ["light", "dark"] as const) {
  test(`I import an article and read its sentence-by-sentence report, including a sentence where nothing was read (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto("/");
    await expect(actorNode(page, "Syria")).toBeVisible();
    const dialog = await openImportDialog(page);
    await dialog.getByLabel("Article files to import").setInputFiles([fixture("gulf-week.md")]);

    const read = dialog.getByRole("region", { name: "What was read in “A week in the Gulf: Riyadh, Doha and Tehran”" });
    await expect(read).toContainText("4 sentences: 2 sentences gave 3 ties; 1 sentence names two or more actors with no relation read.");
    const sentences = read.getByRole("list", { name: /^Sentences of/ }).getByRole("listitem").filter({ has: page.locator("p") });
    const first = sentences.filter({ hasText: "Saudi Arabia accused Qatar" });
    await expect(first.getByRole("list", { name: "Read in this sentence" })).toContainText("Criticism or accusation");
    await expect(first).toContainText("Saudi Arabia acts on Qatar");
    await expect(first).toContainText("Qatar acts on Hezbollah");
    const unread = sentences.filter({ hasText: "Iran and Russia sent delegations" });
    await expect(unread).toContainText("Names Iran and Russia; no relation read.");

    // No serious accessibility problem in the report.
    const results = await new AxeBuilder({ page }).include(".io-read").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // Its new ties involve actors the graph hides: one click shows them.
    await expect(read.getByRole("note")).toContainText("Qatar and Saudi Arabia");
    await read.getByRole("button", { name: "Show them" }).click();
    await expect(page).toHaveURL(/others=1/);
    await expect(read.getByRole("note")).toHaveCount(0);

    // The unread sentence leads to its place in the article.
    await unread.getByRole("link", { name: "Read it in context" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("article-body")).toContainText("Iran and Russia sent delegations");
  });
}

test("From my import's report, a sentence where nothing was read takes me to what the compiler proposes for that pair, in the Review view", async ({ page }) => {
  await page.goto("/");
  await expect(actorNode(page, "Syria")).toBeVisible();
  const dialog = await openImportDialog(page);
  await dialog.getByLabel("Article files to import").setInputFiles([fixture("gulf-week.md")]);
  const read = dialog.getByRole("region", { name: "What was read in “A week in the Gulf: Riyadh, Doha and Tehran”" });
  const unread = read.getByRole("listitem").filter({ hasText: "Iran and Russia sent delegations" });
  await unread.getByRole("link", { name: "Review what the compiler proposes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/review\?.*article=[^&]+.*pair=iran--russia/);
  await expect(page.getByRole("heading", { name: "Review", level: 2 })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Pair" })).toHaveValue("iran--russia");
});
