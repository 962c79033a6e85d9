import { describe, expect, it } from "vitest";
import { compileCorpus } from "../compile/compile-corpus";
import { ACTORS, CUES, shippedArticles } from "../compile/test/fixtures";
import { packEvidence, passageCounts, unpackEvidence } from "./evidence-file";
import { EvidenceFileSchema, type CoMention, type FullGraph } from "./schema";

const graph = compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null }).graph as FullGraph;
const facts = new Map(graph.articles.map((a) => [a.id, a]));
const roundTrip = (link: CoMention) => {
  const file = EvidenceFileSchema.parse(JSON.parse(JSON.stringify(packEvidence(link, facts))));
  return { file, evidence: unpackEvidence(file, link, facts) };
};

describe("a co-mention's sentences in their own file", () => {
  it("give back every sentence of every co-mention of the shipped corpus, field for field", () => {
    expect(graph.coMentions.length).toBeGreaterThan(50);
    for (const link of graph.coMentions) expect(roundTrip(link).evidence).toEqual(link.evidence);
  });

  it("give back evidence that differs from what its article implies (cues, directions, claimants, stated times, curation)", () => {
    // Tie evidence has every field a co-mention's may have and more: packed as if it were one.
    const packed: string[] = [];
    for (const tie of graph.ties) {
      const { file, evidence } = roundTrip({ ...tie, passages: passageCounts(tie.evidence), evidence: tie.evidence });
      expect(evidence).toEqual(tie.evidence);
      expect(file.sentences.some((s) => s.length === 4)).toBe(true);
      packed.push(JSON.stringify(file));
    }
    // A claimant or a time stated in the sentence travels as offsets into it, and still comes back whole.
    expect(packed.some((f) => f.includes('"claimant":["'))).toBe(true);
    expect(packed.some((f) => f.includes('"time":["'))).toBe(true);
  });

  it("keep a sentence as its article, offset and quote when it says nothing more, and a repeated quote once", () => {
    const busiest = [...graph.coMentions].sort((a, b) => b.evidence!.length - a.evidence!.length)[0]!;
    const { file } = roundTrip(busiest);
    expect(file.sentences.filter((s) => s.length === 3).length).toBeGreaterThan(0);
    expect(new Set(file.quotes).size).toBe(file.quotes.length);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(busiest.evidence).length / 2);
  });

  it("name the file when it cites an article the graph does not have", () => {
    const link = graph.coMentions[0]!;
    const file = packEvidence(link, facts);
    expect(() => unpackEvidence({ ...file, articles: ["not-in-the-graph"] }, link, facts, "co-mentions/x.json")).toThrow(
      "co-mentions/x.json cites article 'not-in-the-graph', which the graph does not have",
    );
  });
});

describe("passageCounts", () => {
  it("counts the same words in several articles once, per year and in all", () => {
    const in2018 = graph.coMentions.flatMap((c) => c.evidence!).filter((e) => e.year === 2018);
    const a = in2018[0];
    const b = in2018.find((e) => e.quote !== a!.quote);
    const copy = { ...b!, quote: a!.quote, articleId: "another" };
    const later = { ...a!, year: 2024 };
    expect(passageCounts([a!, copy, b!, later])).toEqual({ total: 2, byYear: { "2018": 2, "2024": 1 } });
  });
});
