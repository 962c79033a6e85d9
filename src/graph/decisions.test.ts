import { describe, expect, it } from "vitest";
import { addedEvidenceId, applyDecisions, applyDecisionsToTie, curationEntries, decisionsInForce, staleDecisions, type Decision } from "./decisions";
import { fixtureGraph } from "./test-fixture";

const graph = fixtureGraph();
const tie = (id: string) => graph.ties.find((t) => t.id === id)!;
let at = 0;
const decision = (evidenceId: string, entry: Decision["entry"], more: Partial<Decision> = {}): Decision => ({ evidenceId, at: ++at, entry, ...more });

describe("an editor's decisions, applied in the browser", () => {
  it("drops a tie whose evidence is all rejected, and counts it", () => {
    const threat = tie("threat--iran--israel");
    const after = applyDecisions(graph, threat.evidence.map((e) => decision(e.id, { action: "reject", evidence: e.id })));
    expect(after.ties.find((t) => t.id === threat.id)).toBeUndefined();
    expect(after.stats.ties).toBe(graph.stats.ties - 1);
  });

  it("marks a confirmed piece as checked, with the editor's note, and keeps the rest of the tie", () => {
    const alliance = tie("alliance--iran--syria");
    const e = alliance.evidence[0]!;
    const after = applyDecisions(graph, [decision(e.id, { action: "confirm", evidence: e.id, note: "they say so" })]);
    const again = after.ties.find((t) => t.id === alliance.id)!;
    expect(again.evidence!.find((x) => x.id === e.id)).toMatchObject({ curation: "confirmed", note: "they say so" });
    expect(again.evidence).toHaveLength(alliance.evidence.length);
  });

  it("moves a retyped piece to the tie of its new type, weighing both again", () => {
    const alliance = tie("alliance--iran--syria");
    const e = alliance.evidence[0]!;
    const after = applyDecisions(graph, [decision(e.id, { action: "retype", evidence: e.id, type: "military-cooperation" })]);
    expect(after.ties.find((t) => t.id === alliance.id)!.evidence).toHaveLength(alliance.evidence.length - 1);
    const coop = after.ties.find((t) => t.id === "military-cooperation--iran--syria")!;
    expect(coop.evidence!.map((x) => x.quote)).toContain(e.quote);
    expect(coop.strength.total.quotes).toBe(tie("military-cooperation--iran--syria").strength.total.quotes + 1);
  });

  it("adds a tie from a passage, directed from who acts", () => {
    const article = graph.articles[0]!;
    const passage = { articleId: article.id, published: article.published, year: article.year, quote: "Russia warned Turkey.", start: 0, end: 21, source: "russia", target: "turkey", mutual: false };
    const id = addedEvidenceId(passage, "threat");
    const after = applyDecisions(graph, [decision(id, { action: "add", article: article.id, quote: passage.quote, start: 0, source: "russia", target: "turkey", type: "threat", direction: "directed" }, { passage })]);
    const added = after.ties.find((t) => t.id === "threat--russia--turkey")!;
    expect(added).toMatchObject({ source: "russia", target: "turkey", direction: "directed" });
    expect(added.evidence![0]).toMatchObject({ id, quote: "Russia warned Turkey.", origin: "curated", curation: "added", direction: "source-to-target" });
  });

  it("works on one tie's own list of evidence (a page of it), without the rest of the graph", () => {
    const alliance = tie("alliance--iran--syria");
    const page = alliance.evidence.slice(0, 1);
    const { kept, moved } = applyDecisionsToTie(alliance, page, decisionsInForce([decision(page[0]!.id, { action: "reject", evidence: page[0]!.id })]));
    expect(kept).toEqual([]);
    expect(moved).toEqual([]);
  });

  it("lets a later decision on the same evidence replace an earlier one, and exports only what changes the graph", () => {
    const e = tie("alliance--iran--syria").evidence[0]!;
    const decisions = [decision(e.id, { action: "reject", evidence: e.id }), decision(e.id, { action: "confirm", evidence: e.id }), decision("ev-00000000cafe", { action: "reject", evidence: "ev-00000000cafe" }, { dismissed: true, candidateId: "ev-00000000cafe" })];
    expect(curationEntries(decisions)).toEqual([{ action: "confirm", evidence: e.id }]);
    expect(applyDecisions(graph, decisions).ties.find((t) => t.id === "alliance--iran--syria")!.evidence).toHaveLength(tie("alliance--iran--syria").evidence.length);
  });

  it("lists a decision whose evidence the graph no longer has as stale, to decide again", () => {
    const gone = decision("ev-0000deadbeef", { action: "confirm", evidence: "ev-0000deadbeef" });
    const here = decision(tie("alliance--iran--syria").evidence[0]!.id, { action: "confirm", evidence: tie("alliance--iran--syria").evidence[0]!.id });
    expect(staleDecisions([gone, here], graph, new Set())).toEqual([gone]);
  });

  it("weighs the pair again: its tone follows the quotes left", () => {
    const threat = tie("threat--iran--israel");
    const pairBefore = graph.pairs.find((p) => p.id === "pair--iran--israel")!;
    const after = applyDecisions(graph, threat.evidence.map((e) => decision(e.id, { action: "reject", evidence: e.id })));
    const pairAfter = after.pairs.find((p) => p.id === "pair--iran--israel");
    expect(pairBefore.tieIds).toContain(threat.id);
    expect(pairAfter?.tieIds ?? []).not.toContain(threat.id);
  });

  it("changes nothing without decisions", () => {
    expect(applyDecisions(graph, [])).toBe(graph);
  });
});
