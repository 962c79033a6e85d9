import { describe, expect, it } from "vitest";
import { compileCorpus } from "./compile-corpus";
import { ACTORS, CUES, shippedArticles } from "./test/fixtures";
import { addedEvidenceId, applyDecisions, curationEntries, type Decision } from "../graph/decisions";
import { curationFile } from "../graph/curation-entries";
import type { Graph, Tie } from "../graph/schema";

const compile = (curation: string | null) =>
  compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: curation === null ? null : { file: "data/curation.yaml", text: curation } });

/** What a reader sees of the ties: ids, pairs, directions, and each quote with its id, direction, mark and note. */
const shown = (g: Graph) =>
  g.ties.map((t: Tie) => ({
    id: t.id,
    source: t.source,
    target: t.target,
    direction: t.direction,
    years: t.years,
    strength: t.strength.total,
    evidence: t.evidence!.map((e) => ({ id: e.id, quote: e.quote, start: e.start, direction: e.direction, curation: e.curation, origin: e.origin, note: e.note })),
  }));

describe("the round trip of an editor's decisions", () => {
  it("the CLI compile of the corpus with the exported curation equals what the browser showed", () => {
    const base = compile(null);
    expect(base.problems).toEqual([]);
    const graph = base.graph!;
    const candidate = base.candidates!.find((c) => !c.mutual)!;
    const [first, second, third] = graph.ties.filter((t) => t.evidence.length >= 1);
    let at = 1;
    const decisions: Decision[] = [
      { evidenceId: first!.evidence[0]!.id, at: at++, entry: { action: "reject", evidence: first!.evidence[0]!.id, note: "the quote says no such thing" } },
      { evidenceId: second!.evidence[0]!.id, at: at++, entry: { action: "confirm", evidence: second!.evidence[0]!.id, note: "stated in the quote" } },
      {
        evidenceId: third!.evidence[0]!.id,
        at: at++,
        entry: { action: "retype", evidence: third!.evidence[0]!.id, type: "political-support", note: "words, not arms" },
        passage: { ...third!.evidence[0]!, source: third!.source, target: third!.target, mutual: third!.evidence[0]!.direction === "mutual" },
      },
    ];
    // the retyped passage's direction, as the tie had it
    const e3 = third!.evidence[0]!;
    if (e3.direction === "target-to-source") decisions[2]!.passage = { ...decisions[2]!.passage!, source: third!.target, target: third!.source };
    // an accepted candidate, with its exact sentence and offsets
    const passage = { articleId: candidate.articleId, published: candidate.published, year: candidate.year, quote: candidate.quote, start: candidate.start, end: candidate.end, source: candidate.source, target: candidate.target, mutual: false };
    decisions.push({
      evidenceId: addedEvidenceId(passage, candidate.type),
      at: at++,
      candidateId: candidate.id,
      entry: { action: "add", article: candidate.articleId, quote: candidate.quote, start: candidate.start, source: candidate.source, target: candidate.target, type: candidate.type, direction: "directed", note: "accepted" },
      passage,
    });

    const inBrowser = applyDecisions(graph, decisions);
    const cli = compile(curationFile(curationEntries(decisions), "exported"));
    expect(cli.problems).toEqual([]);
    expect(shown(inBrowser)).toEqual(shown(cli.graph!));
    expect(inBrowser.stats.ties).toBe(cli.graph!.stats.ties);
    // the pairs' tone per year and their contests, weighed again in the browser
    const pairs = (g: Graph) => g.pairs.map((p) => ({ id: p.id, tieIds: p.tieIds, tone: p.tone, contested: p.contested.map((c) => [c.kind, c.year, c.a.evidenceId, c.b.evidenceId]).sort() }));
    expect(pairs(inBrowser)).toEqual(pairs(cli.graph!));
    expect(inBrowser.stats.evidence).toBe(cli.graph!.stats.evidence);
  });
});
