import { readFileSync } from "node:fs";
import type { Graph } from "../src/graph/schema";
import { actorNode, expect, test } from "./network-fixtures";

// What the shipped corpus says, read from the graph the app loads, so the story checks the real numbers and words.
const graph = JSON.parse(readFileSync(new URL("../public/graph.json", import.meta.url), "utf8")) as Graph;
const TIE_ID = "diplomatic-engagement--iran--syria";
const tie = graph.ties.find((t) => t.id === TIE_ID)!;
const hatami = tie.evidence.find((e) => e.claimant.text?.includes("Minister of Defense"))!;
const article = graph.articles.find((a) => a.id === hatami.articleId)!;
const pair = graph.pairs.find((p) => p.id === "pair--iran--syria")!;

test("I weigh the evidence of the Iran–Syria tie: its sources, who says it, a citation, a contradiction and its tone", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await actorNode(page, "Iran").click();
  await page.getByRole("region", { name: "Diplomatic engagement" }).getByRole("button", { name: /^Syria/ }).click();

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
  expect(copied).toContain(`“${article.body.slice(hatami.start, hatami.end)}”`);
  expect(copied).toContain(article.publisher);
  expect(copied).toContain(`“${article.title}”`);
  expect(copied).toContain("28 Aug 2018");
  expect(copied).toContain(article.url!);

  // The pair is contested: the opposing quotes side by side, each leading to its passage.
  expect(pair.contested.length).toBeGreaterThan(0);
  await expect(evidence.getByRole("group", { name: "Strength" })).toContainText("Contested");
  const contest = evidence.getByRole("region", { name: `Contested in ${pair.contested[0]!.year}` });
  const sides = contest.locator("blockquote");
  await expect(sides).toHaveText([pair.contested[0]!.a.quote, pair.contested[0]!.b.quote]);
  const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);

  // The tone across 2018 and 2024, as points and as words.
  const trajectory = evidence.getByRole("img", { name: /Tone of Iran and Syria per year/ });
  await expect(trajectory.locator("[data-year]")).toHaveCount(pair.tone.length);
  const toneList = evidence.getByRole("list", { name: "Tone per year" });
  for (const point of pair.tone) {
    const sign = point.score > 0 ? "+" : point.score < 0 ? "−" : "";
    await expect(toneList).toContainText(`${point.year}: ${sign}${Math.abs(point.score).toFixed(1)} from ${point.quotes} quotes`);
  }
  await expect(toneList).toContainText("2018");
  await expect(toneList).toContainText("2024");

  // The denying passage opens in the reader, highlighted.
  await contest.getByRole("link", { name: /Read in context/ }).nth(1).click();
  await expect(page.locator("mark.tg-reader__passage").first()).toContainText(pair.contested[0]!.b.quote.slice(0, 30));
});
