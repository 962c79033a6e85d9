import { describe, expect, it } from "vitest";
import { pairSummary, tiesByPartner } from "./pair-summary";
import { sampleGraph } from "./sample-graph.fixture";
import { fixtureGraph } from "./test-fixture";
import { DEFAULT_VIEW } from "./view-state";

const graph = fixtureGraph([
  { source: "iran", target: "syria", type: "threat", direction: "directed", years: [2024] },
  { source: "iran", target: "syria", type: "alliance", years: [2018, 2024] },
  { source: "iran", target: "syria", type: "military-cooperation", years: [2018, 2018] },
  { source: "israel", target: "iran", type: "threat", direction: "directed", years: [2018] },
]);

describe("pairSummary", () => {
  it("lists every relation type between the two, in the lexicon's order, whichever way the ties point", () => {
    const pair = pairSummary(graph, "iran--syria", DEFAULT_VIEW);
    expect(pair?.ties.map((t) => t.type)).toEqual(["alliance", "military-cooperation", "threat"]);
    expect(pair?.ties.find((t) => t.type === "threat")?.direction).toBe("directed");
  });

  it("counts the pair's quotes per year next to what the corpus holds that year", () => {
    const years = pairSummary(graph, "iran--syria", DEFAULT_VIEW)?.years;
    expect(years?.map((y) => [y.year, y.quotes, y.articles])).toEqual([
      [2018, 3, 1],
      [2024, 2, 1],
    ]);
    expect(years?.[1]?.byQuad).toMatchObject({ "verbal-cooperation": 1, "verbal-conflict": 1, "material-cooperation": 0 });
    expect(years?.[1]?.types).toEqual(["alliance", "threat"]);
  });

  it("names a year that stands for an earlier period by that period ('the 1980s', not '1989')", () => {
    const years = pairSummary(sampleGraph(), "iran--syria", DEFAULT_VIEW)?.years;
    expect(years?.map((y) => [y.year, y.period])).toEqual([
      [1989, "the 1980s"],
      [2018, null],
      [2024, null],
    ]);
  });

  it("trims the ties to the view's year and type filters, and keeps the full list beside them", () => {
    const pair = pairSummary(graph, "iran--syria", { ...DEFAULT_VIEW, year: 2024, types: ["alliance"] });
    expect(pair?.tiesInView.map((t) => [t.type, t.evidence!.length])).toEqual([["alliance", 1]]);
    expect(pair?.ties).toHaveLength(3);
  });

  it("has no ties for two actors never tied, and nothing for a malformed pair id", () => {
    expect(pairSummary(graph, "hezbollah--russia", DEFAULT_VIEW)?.ties).toEqual([]);
    expect(pairSummary(graph, "iran", DEFAULT_VIEW)).toBeUndefined();
  });
});

describe("tiesByPartner", () => {
  it("groups an actor's ties by the other actor, most quoted partner first, types in the lexicon's order", () => {
    const groups = tiesByPartner(graph.ties, "iran", graph.relationTypes);
    expect(groups.map((g) => [g.partnerId, g.ties.map((t) => t.type), g.quotes])).toEqual([
      ["syria", ["alliance", "military-cooperation", "threat"], 5],
      ["israel", ["threat"], 1],
    ]);
  });
});
