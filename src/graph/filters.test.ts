import { describe, expect, it } from "vitest";
import { coMentionInTime, compareYears, firstYearOf, isEarlier, recalledYears, tieInYear, tiesOf, visibleActors, visibleCoMentions, visibleTies, yearsOf } from "./filters";
import type { CoMention } from "./schema";
import { sampleGraph } from "./sample-graph.fixture";
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
    for (const t of ties) expect(t.evidence!.every((e) => e.year === 2024)).toBe(true);
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
    expect(other.every((t) => t.evidence!.every((e) => e.year === 2024))).toBe(true);
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

  it("marks a pair found only in the first year as 'only-first' (not reported in the second), never 'gone' for want of articles", () => {
    expect(byPair["iran|israel"]).toBe("only-first");
  });

  it("calls a pair gone only when the second year's articles deny a relation the first reported", () => {
    const tie = ties.find((t) => t.id === "threat--iran--israel")!;
    const denial = { year: 2024, passage: { articleId: "x", published: "2024", quote: "Iran no longer threatens Israel.", start: 0, end: 10, tieId: null, evidenceId: null, type: tie.type, quadClass: tie.quadClass, negated: true } };
    const pairs = graph.pairs.map((p) => (p.id === "pair--iran--israel" ? { ...p, denials: [denial] } : p));
    const status = compareYears(ties, [2018, 2024], { pairs }).find((p) => p.pair === "iran|israel")?.status;
    expect(status).toBe("gone");
  });

  it("marks a pair found only in the second year as 'only-second'", () => {
    expect(byPair["israel|syria"]).toBe("only-second");
  });

  it("calls a turn from cooperation to conflict 'too little evidence' with fewer articles in a year than the threshold", () => {
    expect(byPair["russia|syria"]).toBe("too-little");
    const russia = compareYears(ties, [2018, 2024]).find((p) => p.pair === "russia|syria")!;
    expect([russia.firstEvidence.articles, russia.secondEvidence.articles]).toEqual([1, 1]);
  });

  it("marks a pair that turned from cooperation to conflict as 'changed' when each year has enough articles", () => {
    expect(compareYears(ties, [2018, 2024], { minArticles: 1 }).find((p) => p.pair === "russia|syria")?.status).toBe("changed");
  });

  it("lists each pair once, sorted", () => {
    const pairs = compareYears(ties, [2018, 2024]).map((p) => p.pair);
    expect(pairs).toEqual([...new Set(pairs)].sort());
  });
});

describe("evidence about earlier periods", () => {
  const sample = sampleGraph();
  it("is what is about a time before the corpus's first year", () => {
    expect(firstYearOf(sample)).toBe(2018);
    expect(isEarlier({ year: 1989 }, 2018)).toBe(true);
    expect(isEarlier({ year: 2018 }, 2018)).toBe(false);
  });

  it("is included over all years by default, and can be left out or shown alone", () => {
    const years = (earlier: "include" | "exclude" | "only") => [...new Set(visibleTies(sample, { ...DEFAULT_VIEW, earlier }).flatMap((t) => t.years))].sort();
    expect(years("include")).toEqual([1989, 2018]);
    expect(years("exclude")).toEqual([2018]);
    expect(years("only")).toEqual([1989]);
  });

  it("is never counted under its article's year", () => {
    expect(visibleTies(sample, { ...DEFAULT_VIEW, year: 2024 })).toEqual([]);
  });

  it("is apart from years only recalled: a year after the first that no article was published in", () => {
    expect(recalledYears(sample)).toEqual([]);
  });
});

describe("a co-mention trimmed to the view's time, by its counts", () => {
  const link: CoMention = {
    id: "co--iran--russia",
    source: "iran",
    target: "russia",
    years: [1989, 2018, 2024],
    passages: { total: 6, byYear: { "1989": 1, "2018": 3, "2024": 2 } },
    evidenceFile: "co-mentions/co--iran--russia.0123456789ab.json",
  };
  const at = (state: Partial<Pick<ViewState, "year" | "compare" | "earlier">>) => coMentionInTime(link, { year: null, compare: null, ...state }, 2018);

  it("keeps the year's sentences, or none", () => {
    expect(at({ year: 2024 })).toMatchObject({ years: [2024], passages: { total: 2, byYear: { "2024": 2 } } });
    expect(at({ year: 2020 })).toBeNull();
  });

  it("adds the compared years' counts", () => {
    expect(at({ compare: [2018, 2024] })).toMatchObject({ years: [2018, 2024], passages: { total: 5 } });
  });

  it("leaves out, or keeps alone, the sentences about a time before the corpus's first year", () => {
    expect(at({ earlier: "exclude" })).toMatchObject({ years: [2018, 2024], passages: { total: 5 } });
    expect(at({ earlier: "only" })).toMatchObject({ years: [1989], passages: { total: 1 } });
    expect(at({})).toBe(link);
  });

  it("trims its sentences too when they are in hand, as visibleCoMentions does for the sample graph", () => {
    const sample = sampleGraph();
    const shown = visibleCoMentions(sample, { ...DEFAULT_VIEW, others: true, year: 2018 });
    expect(shown.map((c) => [c.id, c.passages.total, c.evidence?.length])).toEqual([["co--iran--russia", 1, 1]]);
    expect(visibleCoMentions(sample, { ...DEFAULT_VIEW, others: true, year: 2024 })).toEqual([]);
  });
});
