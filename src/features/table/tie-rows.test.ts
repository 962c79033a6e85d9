import { describe, expect, it } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { filterRows, sortRows, tieRows } from "./tie-rows";

const graph = sampleGraph();
const rows = tieRows(graph.ties, new Map(graph.actors.map((a) => [a.id, a])), graph.relationTypes);

describe("tie rows", () => {
  it("names actors and types and counts quotes and articles", () => {
    expect(rows[0]).toMatchObject({ source: "Iran", target: "Syria", relation: "Military cooperation", quad: "Material cooperation", quotes: 3, articles: 2 });
  });

  it("sorts by quotes either way", () => {
    expect(sortRows(rows, "quotes", "descending").map((r) => r.quotes)).toEqual([3, 1, 1]);
    expect(sortRows(rows, "quotes", "ascending").map((r) => r.quotes)).toEqual([1, 1, 3]);
  });

  it("sorts text columns alphabetically, breaking ties by source", () => {
    expect(sortRows(rows, "relation", "ascending").map((r) => r.relation)).toEqual(["Alliance", "Military cooperation", "Threat"]);
    expect(sortRows(rows, "source", "descending").map((r) => r.source)).toEqual(["Israel", "Iran", "Iran"]);
  });

  it("filters by actor name or type, every word", () => {
    expect(filterRows(rows, "israel").map((r) => r.relation)).toEqual(["Threat"]);
    expect(filterRows(rows, "iran alliance").map((r) => r.relation)).toEqual(["Alliance"]);
    expect(filterRows(rows, "  ")).toHaveLength(3);
  });
});
