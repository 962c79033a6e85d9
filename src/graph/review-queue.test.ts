import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidates";
import { nextUndecided, reviewItems } from "./review-queue";
import { fixtureGraph } from "./test-fixture";

const graph = fixtureGraph();
const candidate = (id: string, score: number, more: Partial<Candidate> = {}): Candidate => ({
  id,
  articleId: "article-2018",
  published: "2018-08-28",
  year: 2018,
  quote: "Russia could warn Turkey.",
  start: 0,
  end: 25,
  source: "russia",
  target: "turkey",
  mutual: false,
  type: "threat",
  cue: { text: "warn", start: 13, end: 17 },
  reason: "hedged",
  detail: "modal 'could'",
  score,
  ...more,
});
const none = { articleId: null, pairId: null, types: null, year: null };

describe("the Review queue", () => {
  it("shows candidates highest score first, filtered by article, pair, type and year", () => {
    const cs = [candidate("ev-000000000001", 0.3), candidate("ev-000000000002", 0.8), candidate("ev-000000000003", 0.5, { year: 2024, articleId: "article-2024" })];
    expect(reviewItems("candidates", graph, cs, none, []).map((i) => i.id)).toEqual(["ev-000000000002", "ev-000000000003", "ev-000000000001"]);
    expect(reviewItems("candidates", graph, cs, { ...none, year: 2024 }, []).map((i) => i.id)).toEqual(["ev-000000000003"]);
    expect(reviewItems("candidates", graph, cs, { ...none, articleId: "article-2018", pairId: "russia--turkey", types: ["threat"] }, []).map((i) => i.id)).toEqual(["ev-000000000002", "ev-000000000001"]);
    expect(reviewItems("candidates", graph, cs, { ...none, pairId: "iran--syria" }, [])).toEqual([]);
  });

  it("lists stated evidence unchecked first", () => {
    const items = reviewItems("stated", graph, [], none, []);
    expect(items).toHaveLength(graph.ties.reduce((n, t) => n + t.evidence.length, 0));
    const checked = items.map((i) => (i.kind === "stated" && i.evidence.curation !== null ? 1 : 0));
    expect(checked).toEqual([...checked].sort());
  });

  it("moves on to the next undecided item, wrapping round, and says when none is left", () => {
    const items = reviewItems("candidates", graph, [candidate("ev-000000000001", 0.3), candidate("ev-000000000002", 0.8), candidate("ev-000000000003", 0.5)], none, []);
    expect(nextUndecided(items, new Set(["ev-000000000003"]), 0)).toBe(2);
    expect(nextUndecided(items, new Set(["ev-000000000001"]), 1)).toBe(0);
    expect(nextUndecided(items, new Set(items.map((i) => i.id)), 0)).toBe(-1);
  });
});
