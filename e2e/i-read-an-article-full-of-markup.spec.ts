import type { Page } from "@playwright/test";
import { compileCorpus } from "../src/compile/compile-corpus";
import { ACTORS, CUES, article } from "../src/compile/test/fixtures";
import type { Graph } from "../src/graph/schema";
import { expect, test } from "./network-fixtures";

/** Markup, script and entities in every text field of an article: all of it must show as plain text. */
const SCRIPT = "<script>alert('pact')</script>";
const IMG = '<img src=x onerror="alert(2)">';
const LINK = "[the deal](javascript:alert(3))";
const ENTITIES = "&amp; &lt;b&gt;bold&lt;/b&gt; &#x27;";
const BODY = `Tehran and Damascus signed a defense pact ${SCRIPT} on Monday, ${IMG} said ${LINK} and ${ENTITIES}.\nRussia praised Syria ${SCRIPT}.`;

/** The shipped actors and cues, one hostile article, and a url no honest compile would let through. */
function hostileGraph(): { graph: Graph; articleId: string; tieId: string } {
  const text = article(BODY, { id: "hostile", title: `Pact ${IMG}`, publisher: `Wire ${SCRIPT}`, author: `O’Brien ${ENTITIES}`, genre: "<b>news</b>" });
  const { graph, problems } = compileCorpus({ articles: [{ file: "hostile.md", text }], actors: ACTORS, cues: CUES, curation: null });
  if (!graph) throw new Error(problems.map((p) => p.message).join("\n"));
  graph.articles[0]!.url = "javascript:alert(4)";
  const tie = graph.ties.find((t) => t.evidence.some((e) => e.quote.includes(SCRIPT)));
  if (!tie) throw new Error("the hostile article gave no tie quoting the script");
  return { graph, articleId: "hostile", tieId: tie.id };
}

/** Nothing in the page came from the article's markup: no element, handler or script link. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"], [onerror], a[href^="javascript:"], blockquote[cite^="javascript:"], b:text("news")').count()).toBe(0);
  expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => !s.getAttribute("src")).length)).toBe(0);
}

test("An article full of markup shows it as text in every panel and the reader, and never links to a script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { graph, articleId, tieId } = hostileGraph();
  await page.route("**/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(graph) }));

  const views: [string, string, string[]][] = [
    ["the actor panel", "#/actor/iran", []],
    ["the evidence panel", `#/tie/${tieId}`, [SCRIPT, IMG, `Pact ${IMG}`]],
    ["the reader", `#/read/${articleId}`, [SCRIPT, IMG, LINK, ENTITIES, `Wire ${SCRIPT}`]],
    ["the sources", "#/sources", [`Pact ${IMG}`, `Wire ${SCRIPT}`]],
    ["the table", "#/table", []],
  ];
  for (const [name, hash, texts] of views) {
    await test.step(name, async () => {
      await page.goto(`/${hash}`);
      await expect(page.getByRole("link", { name: /Tiegraph, back to the overview/ })).toBeVisible();
      await expect(page.getByRole("alert")).toHaveCount(0);
      for (const t of texts) await expect(page.locator("body")).toContainText(t);
      await expectNoInjectedMarkup(page);
    });
  }
  expect(dialogs, "no script from the article ran").toEqual([]);
});
