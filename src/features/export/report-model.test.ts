import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../graph/test-fixture";
import { DEFAULT_VIEW } from "../../graph/view-state";
import { buildReport } from "./report-model";

describe("the printed report", () => {
  it("lists an actor's ties in the view's year, each quote numbered by the article it cites", () => {
    const report = buildReport(fixtureGraph(), { ...DEFAULT_VIEW, actorId: "syria", year: 2018 })!;
    expect(report.title).toBe("Syria: its ties");
    expect(report.scope).toBe("2018");
    expect(report.ties.map((t) => t.tie.id)).toEqual(["military-cooperation--iran--syria", "alliance--iran--syria", "alliance--russia--syria"]);
    expect(report.ties.flatMap((t) => t.evidence.map((e) => e.citation))).toEqual([1, 1, 1, 1]);
    expect(report.citations.map((c) => [c.number, c.article.id])).toEqual([[1, "article-2018"]]);
  });

  it("reports one tie with all its evidence, and nothing when nothing is selected", () => {
    const report = buildReport(fixtureGraph(), { ...DEFAULT_VIEW, tieId: "alliance--iran--syria" })!;
    expect(report.title).toBe("Iran and Syria: Alliance");
    expect(report.ties[0]!.evidence.map((e) => e.citation)).toEqual([1, 2]);
    expect(report.citations).toHaveLength(2);
    expect(buildReport(fixtureGraph(), DEFAULT_VIEW)).toBeNull();
  });

  it("says who makes each claim, as the evidence panel does", () => {
    const graph = fixtureGraph();
    const tie = graph.ties.find((t) => t.id === "alliance--iran--syria")!;
    tie.evidence[1] = { ...tie.evidence[1]!, claimant: { kind: "named", text: "Ali Akbar Velayati", actorId: "iran", start: 0, end: 18 } };
    const report = buildReport(graph, { ...DEFAULT_VIEW, tieId: tie.id })!;
    expect(report.ties[0]!.evidence.map((e) => e.claimant)).toEqual(["In the publisher’s voice", "According to Ali Akbar Velayati (Iran)"]);
  });
});

describe("buildReport with syndicated copy", () => {
  it("prints the same words in several articles once, citing every article", async () => {
    const { syndicatedGraph, WIRE } = await import("../../graph/passages.fixture");
    const graph = syndicatedGraph();
    const tie = graph.ties.find((t) => t.evidence.some((e) => e.quote === WIRE))!;
    const report = buildReport(graph, { ...DEFAULT_VIEW, tieId: tie.id })!;
    const wire = report.ties[0]!.evidence.filter((e) => e.evidence.quote === WIRE);
    expect(wire).toHaveLength(1);
    expect(wire[0]!.citations.map((n) => report.citations.find((c) => c.number === n)!.article.id)).toEqual(["wire-a", "wire-b", "wire-c"]);
  });
});
