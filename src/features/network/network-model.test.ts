import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../graph/test-fixture";
import { DEFAULT_VIEW } from "../../graph/view-state";
import { buildNetwork, edgeLabel, nodeLabel, thinCoMentions, type NetworkEdge } from "./network-model";

const graph = fixtureGraph();
const nameOf = (id: string) => graph.actors.find((a) => a.id === id)?.name ?? id;

describe("buildNetwork", () => {
  it("always draws the six core actors, and others only when asked", () => {
    const ids = buildNetwork(graph, DEFAULT_VIEW).nodes.map((n) => n.id).sort();
    expect(ids).toEqual(["hezbollah", "iran", "israel", "russia", "syria", "united-states"]);
    expect(buildNetwork(graph, { ...DEFAULT_VIEW, others: true }).nodes.map((n) => n.id)).toContain("turkey");
  });

  it("draws one edge per tie, fanning parallel ties into separate slots", () => {
    const edges = buildNetwork(graph, DEFAULT_VIEW).edges.filter((e) => e.pair === "iran|syria");
    expect(edges).toHaveLength(2);
    expect(edges.map((e) => e.slot).sort()).toEqual([0, 1]);
    expect(edges.every((e) => e.slots === 2)).toBe(true);
  });

  it("keeps only ties with evidence in the chosen year", () => {
    const edges = buildNetwork(graph, { ...DEFAULT_VIEW, year: 2024 }).edges;
    expect(edges.every((e) => e.years.length === 1 && e.years[0] === 2024)).toBe(true);
  });

  it("marks each pair's compare status and each tie's years", () => {
    const model = buildNetwork(graph, { ...DEFAULT_VIEW, compare: [2018, 2024] });
    const marks = Object.fromEntries(model.marks.map((m) => [m.pair, m.status]));
    expect(marks).toMatchObject({ "iran|syria": "both", "iran|israel": "only-first", "israel|syria": "only-second", "russia|syria": "too-little" });
    // One article a year is too little to call a change, unless the threshold says otherwise.
    const lenient = buildNetwork(graph, { ...DEFAULT_VIEW, compare: [2018, 2024], minArticles: 1 });
    expect(lenient.marks.find((m) => m.pair === "russia|syria")?.status).toBe("changed");
    expect(model.edges.find((e) => e.id === "alliance--iran--syria")?.compare).toBe("both");
    expect(model.edges.find((e) => e.id === "military-cooperation--iran--syria")?.compare).toBe("only-first");
  });

  it("counts ties per node in the view", () => {
    const iran = buildNetwork(graph, DEFAULT_VIEW).nodes.find((n) => n.id === "iran");
    expect(iran?.tieCount).toBe(3);
  });
});

describe("accessible names", () => {
  it("names a node by name, kind, the sentences naming it and ties", () => {
    const iran = buildNetwork(graph, DEFAULT_VIEW).nodes.find((n) => n.id === "iran");
    expect(iran && nodeLabel(iran)).toBe("Iran, state, named in 10 sentences, 3 ties");
  });

  it("names a directed tie 'A to B' with type, quotes and years", () => {
    const edge = buildNetwork(graph, DEFAULT_VIEW).edges.find((e) => e.id === "threat--iran--israel");
    expect(edge && edgeLabel(edge, nameOf)).toBe("Israel to Iran: Threat, 1 quote, 2018");
  });

  it("adds the compare status while comparing", () => {
    const edge = buildNetwork(graph, { ...DEFAULT_VIEW, compare: [2018, 2024] }).edges.find((e) => e.id === "military-conflict--israel--syria");
    expect(edge && edgeLabel(edge, nameOf, [2018, 2024])).toBe("Israel to Syria: Military conflict, 1 quote, 2024, reported in 2024, not in 2018");
  });
});

describe("thinCoMentions", () => {
  const edge = (id: string, kind: "tie" | "co-mention", evidenceCount: number): NetworkEdge => ({
    id,
    kind,
    source: "a",
    target: id,
    pair: `a|${id}`,
    directed: false,
    quadClass: null,
    typeLabel: "",
    evidenceCount,
    years: [2018],
    slot: 0,
    slots: 1,
    compare: null,
  });

  it("keeps the co-mentions named together most often, and every tie", () => {
    const model = { nodes: [], marks: [], edges: [edge("t", "tie", 1), edge("c1", "co-mention", 1), edge("c2", "co-mention", 2), edge("c3", "co-mention", 5)] };
    const thin = thinCoMentions(model, 2);
    expect(thin.model.edges.map((e) => e.id)).toEqual(["t", "c2", "c3"]);
    expect(thin).toMatchObject({ floor: 2, hidden: 1, total: 3 });
    expect(thinCoMentions(model, 3).model).toBe(model);
  });
});
