import { describe, expect, it } from "vitest";
import { compareYears, tieInYear, tiesOf, visibleActors, visibleTies, yearsOf } from "./filters";
import { fixtureGraph } from "./test-fixture";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

const graph = fixtureGraph();

describe("yearsOf", () => {
  it("lists every year that has an article, ascending", () => {
    expect(yearsOf(graph)).toEqual([2018, 2024]);
  });
});

describe("year filtering", () => {
  it("keeps only the evidence of the chosen year", () => {
    const tie = graph.ties.find((t) => t.id === "alliance--iran--syria");
    expect(tie).toBeDefined();
    const trimmed = tie && tieInYear(tie, 2024);
    expect(trimmed?.evidence.map((e) => e.year)).toEqual([2024]);
    expect(trimmed?.years).toEqual([2024]);
  });

  it("drops a tie whose evidence is all from other years", () => {
    const tie = graph.ties.find((t) => t.id === "military-cooperation--iran--syria");
    expect(tie && tieInYear(tie, 2024)).toBeNull();
  });

  it("shows only ties with evidence in the selected year", () => {
    const ties = visibleTies(graph, { ...DEFAULT_VIEW, year: 2024 });
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) expect(t.evidence.every((e) => e.year === 2024)).toBe(true);
  });

  it("shows every tie for all years", () => {
    expect(visibleTies(graph, DEFAULT_VIEW).filter((t) => t.source !== "turkey")).toHaveLength(6);
  });
});

describe("the ties of a view, asked for again", () => {
  it("are the same ties when only the selection changed, and others when a filter changed", () => {
    const first = visibleTies(graph, { ...DEFAULT_VIEW, year: 2018 });
    const selected: ViewState = { ...DEFAULT_VIEW, year: 2018, actorId: "iran" };
    expect(visibleTies(graph, selected)).toBe(first);
    const other = visibleTies(graph, { ...DEFAULT_VIEW, year: 2024 });
    expect(other).not.toBe(first);
    expect(other.every((t) => t.evidence.every((e) => e.year === 2024))).toBe(true);
    // Another graph (a re-import) is filtered afresh.
    expect(visibleTies(fixtureGraph(), { ...DEFAULT_VIEW, year: 2018 })).not.toBe(first);
  });
});

describe("actor visibility", () => {
  it("hides non-core actors and their ties unless asked", () => {
    expect(visibleActors(graph, { others: false }).map((a) => a.id)).not.toContain("turkey");
    expect(visibleTies(graph, DEFAULT_VIEW).some((t) => t.source === "turkey")).toBe(false);
    expect(visibleTies(graph, { ...DEFAULT_VIEW, others: true }).some((t) => t.source === "turkey")).toBe(true);
  });

  it("applies relation-type and quad-class filters", () => {
    const alliances = visibleTies(graph, { ...DEFAULT_VIEW, types: ["alliance"] });
    expect(alliances.map((t) => t.type)).toEqual(["alliance", "alliance"]);
    const conflicts = visibleTies(graph, { ...DEFAULT_VIEW, quads: ["material-conflict"] });
    expect(new Set(conflicts.map((t) => t.quadClass))).toEqual(new Set(["material-conflict"]));
  });

  it("finds the ties of one actor at either end", () => {
    expect(tiesOf(visibleTies(graph, DEFAULT_VIEW), "iran").map((t) => t.id).sort()).toEqual([
      "alliance--iran--syria",
      "military-cooperation--iran--syria",
      "threat--iran--israel",
    ]);
  });
});

describe("compareYears", () => {
  const ties = visibleTies(graph, { ...DEFAULT_VIEW, compare: [2018, 2024] });
  const byPair = Object.fromEntries(compareYears(ties, [2018, 2024]).map((p) => [p.pair, p.status]));

  it("marks a pair found in both years with the same character as 'both'", () => {
    expect(byPair["iran|syria"]).toBe("both");
  });

  it("marks a pair found only in the first year as 'only-first'", () => {
    expect(byPair["iran|israel"]).toBe("only-first");
  });

  it("marks a pair found only in the second year as 'only-second'", () => {
    expect(byPair["israel|syria"]).toBe("only-second");
  });

  it("marks a pair that turned from cooperation to conflict as 'changed'", () => {
    expect(byPair["russia|syria"]).toBe("changed");
  });

  it("lists each pair once, sorted", () => {
    const pairs = compareYears(ties, [2018, 2024]).map((p) => p.pair);
    expect(pairs).toEqual([...new Set(pairs)].sort());
  });
});
