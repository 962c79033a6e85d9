import { describe, expect, it } from "vitest";
import { GraphSchema, type ArticleText, type GraphWithEvidence } from "../schema";
import { fixtureGraph } from "../test-fixture";
import { DEFAULT_VIEW } from "../view-state";
import { exportScope } from "./export-scope";
import { articlesWithoutText, scopeGraph, writeGraphJson } from "./graph-json";
import { ALL } from "./test-graphs";

/** The fixture as graph.json holds it: each article's text and mentions in a file of its own. */
function splitLikeGraphJson(graph: GraphWithEvidence): { graph: GraphWithEvidence; texts: Map<string, ArticleText> } {
  const texts = new Map(graph.articles.map((a) => [a.id, { id: a.id, body: a.body!, mentions: a.mentions! }]));
  const articles = graph.articles.map(({ body: _b, mentions: _m, ...meta }) => ({ ...meta, textFile: `articles/${meta.id}.0123abcd.json` }));
  return { graph: { ...graph, articles }, texts };
}

describe("graph JSON export", () => {
  it("writes graph JSON that the app's own schema accepts, with only the cited articles", () => {
    const scope = exportScope(fixtureGraph(), { ...DEFAULT_VIEW, year: 2018 });
    const graph = GraphSchema.parse(JSON.parse(writeGraphJson(scope)));
    expect(graph.ties).toHaveLength(scope.ties.length);
    expect(graph.articles.map((a) => a.id)).toEqual(["article-2018"]);
    expect(scopeGraph(scope).stats.evidence).toBe(scope.ties.reduce((s, t) => s + t.evidence.length, 0));
  });

  it("carries each cited article's text and mentions instead of the name of a file beside graph.json", () => {
    const { graph, texts } = splitLikeGraphJson(fixtureGraph());
    const scope = exportScope(graph, ALL);
    expect(articlesWithoutText(scope).map((a) => a.id)).toEqual(["article-2018", "article-2024"]);
    const exported = GraphSchema.parse(JSON.parse(writeGraphJson(scope, texts)));
    for (const article of exported.articles) {
      expect(article.textFile).toBeUndefined();
      expect(article.body).toBe(texts.get(article.id)!.body);
      expect(article.mentions).toEqual(texts.get(article.id)!.mentions);
    }
  });

  it("gives back the exact words of every quote, even those a spreadsheet would take for a formula", () => {
    const graph = fixtureGraph();
    const article = graph.articles[0]!;
    const evidence = graph.ties[0]!.evidence[0]!;
    const quote = '=HYPERLINK("http://example.com") said Iran, "we stand, as ever" & <mean it>\r\nsecond line';
    article.body = `${article.body}${quote}`;
    Object.assign(evidence, { quote, start: article.body.length - quote.length, end: article.body.length });
    // GraphSchema checks that every quote is exactly its article's words at its offsets.
    const exported = GraphSchema.parse(JSON.parse(writeGraphJson(exportScope(graph, ALL))));
    const back = exported.ties.flatMap((t) => t.evidence ?? []).find((e) => e.id === evidence.id)!;
    expect(back.quote).toBe(quote);
    expect(exported.articles.find((a) => a.id === article.id)!.body!.slice(back.start, back.end)).toBe(quote);
  });
});
