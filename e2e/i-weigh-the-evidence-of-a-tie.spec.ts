import { readdirSync, readFileSync } from "node:fs";
import { compileCorpus } from "../src/compile/compile-corpus";
import type { ArticleTextFile } from "../src/graph/schema";
import { actorNode, expect, test } from "./network-fixtures";
import { shippedGraph } from "./shipped-graph";

// What the shipped corpus says, read from the graph the app loads, so the story checks the real numbers and words.
const graph = shippedGraph();
const TIE_ID = "diplomatic-engagement--iran--syria";
const tie = graph.ties.find((t) => t.id === TIE_ID)!;
const hatami = tie.evidence.find((e) => e.claimant.text?.includes("Minister of Defense"))!;
const article = graph.articles.find((a) => a.id === hatami.articleId)!;
// graph.json holds no texts: the article's own file beside it does.
const articleText = JSON.parse(readFileSync(new URL(`../public/${article.textFile}`, import.meta.url), "utf8")) as ArticleTextFile;
const pair = graph.pairs.find((p) => p.id === "pair--iran--syria")!;

test("I weigh the evidence of the Iran–Syria tie: its sources, who says it, a citation and its tone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await actorNode(page, "Iran").click();
  await page.getByRole("region", { name: "Syria", exact: true }).getByRole("button", { name: /^Diplomatic engagement/ }).click();

  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("heading", { level: 2 })).toContainText("Diplomatic engagement");
  // How many articles and publishers support it.
  const { quotes, articles, publishers } = tie.strength.total;
  expect(articles).toBeGreaterThan(1);
  await expect(evidence.getByRole("group", { name: "Strength" })).toContainText(`${quotes} quotes in ${articles} articles from ${publishers} publishers`);
  await expect(evidence.getByText("Single source")).toHaveCount(0);

  // A quote attributed to Iran's defense minister.
  const quote = evidence.locator("figure.tg-quote").filter({ hasText: "According to Iran’s Minister of Defense Amir Hatami (Iran)" });
  await expect(quote).toHaveCount(1);
  await expect(quote.locator("blockquote")).toHaveText(hatami.quote);

  // Copy its citation: publisher, title, date, address and exactly the article's words.
  await quote.getByRole("button", { name: /Copy citation/ }).click();
  await expect(quote.getByRole("status")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`“${articleText.body.slice(hatami.start, hatami.end)}”`);
  expect(copied).toContain(article.publisher);
  expect(copied).toContain(`“${article.title}”`);
  expect(copied).toContain("28 Aug 2018");
  expect(copied).toContain(article.url!);

  // The shipped corpus reports no contradiction on this pair: no contested badge (see the next story for one).
  expect(pair.contested).toEqual([]);
  await expect(evidence.getByText("Contested")).toHaveCount(0);

  // The tone per year the passages are about (the 1980s they recall included), as points and as
  // words, each with how many quotes and articles it rests on.
  const trajectory = evidence.getByRole("img", { name: /Tone of Iran and Syria per year/ });
  await expect(trajectory.locator("[data-year]")).toHaveCount(pair.tone.length);
  const toneList = evidence.getByRole("list", { name: "Tone per year" });
  for (const point of pair.tone) {
    const sign = point.score > 0 ? "+" : point.score < 0 ? "−" : "";
    const n = point.quotes === 1 ? "a single quote (1 article)" : `${point.quotes} quotes in ${point.articles} ${point.articles === 1 ? "article" : "articles"}`;
    await expect(toneList).toContainText(`${point.year}: ${sign}${Math.abs(point.score).toFixed(1)} from ${n}`);
    await expect(trajectory.locator(`[data-year="${point.year}"]`)).toHaveAttribute("data-quotes", String(point.quotes));
  }
  await expect(toneList).toContainText("2018");
  await expect(toneList).toContainText("2024");
});

test("A new article that contradicts the corpus makes the pair contested, with both quotes side by side", async ({ page }) => {
  // The shipped corpus plus one article reporting conflict between Iran and Syria in 2018, compiled by
  // the same compiler as the build and served as the app's graph.
  const contradicting = {
    file: "data/articles/2018-09-20-contradiction.md",
    text: `---\nid: 2018-09-20-contradiction\ntitle: A rift\npublisher: Test Wire\npublished: 2018-09-20\n---\nIran threatened Syria over its talks with the Gulf states.\n`,
  };
  const read = (file: string) => ({ file, text: readFileSync(new URL(`../${file}`, import.meta.url), "utf8") });
  const articles = readdirSync(new URL("../data/articles/", import.meta.url)).map((n) => read(`data/articles/${n}`));
  const { graph: contested } = compileCorpus({ articles: [...articles, contradicting], actors: read("data/actors.yaml"), cues: read("data/cues.yaml"), curation: null });
  const contest = contested!.pairs.find((p) => p.id === "pair--iran--syria")!.contested[0]!;
  expect(contest).toMatchObject({ year: 2018, kind: "opposite-quad-classes" });
  await page.route("**/graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(contested) }));

  await page.goto("/");
  await actorNode(page, "Iran").click();
  await page.getByRole("region", { name: "Syria", exact: true }).getByRole("button", { name: /^Diplomatic engagement/ }).click();
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("group", { name: "Strength" })).toContainText("Contested");
  const region = evidence.getByRole("region", { name: `Contested in ${contest.year}` });
  const sides = region.locator("blockquote");
  await expect(sides).toHaveText([contest.a.quote, contest.b.quote]);
  await expect(sides.nth(1)).toHaveText("Iran threatened Syria over its talks with the Gulf states.");
  const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);

  // The conflicting passage opens in the reader, highlighted.
  await region.getByRole("link", { name: /Read in context/ }).nth(1).click();
  await expect(page.locator("mark.tg-reader__passage").first()).toHaveText(contest.b.quote);
});
