import { describe, expect, it } from "vitest";
import { CandidatesFileSchema, unpackCandidates } from "../graph/candidates";
import { serializeCandidates } from "./serialize";
import { compileCorpus } from "./compile-corpus";
import { ACTORS, CUES, compileBodies, shippedArticles } from "./test/fixtures";

const candidatesOf = (...bodies: string[]) => {
  const r = compileBodies(...bodies);
  if (!r.graph) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return { graph: r.graph, candidates: r.candidates ?? [] };
};
const keyOf = (c: { source: string; target: string; mutual: boolean; type: string; reason: string }) => `${c.source}${c.mutual ? "<>" : ">"}${c.target}:${c.type}:${c.reason}`;

describe("candidate readings", () => {
  it("proposes what a hedge refused, saying which hedge, and never draws it as a tie", () => {
    const { graph, candidates } = candidatesOf("Iran could supply Russia with more drones this year.");
    expect(graph.ties).toEqual([]);
    expect(candidates.map(keyOf)).toContain("iran>russia:material-support:hedged");
    const c = candidates.find((x) => x.reason === "hedged")!;
    expect(c.detail).toBe("modal 'could'");
    expect(c.quote).toBe("Iran could supply Russia with more drones this year.");
    expect(c.cue.text).toBe("supply");
  });

  it("proposes the type a relation word suggests for two actors it does not relate", () => {
    const { candidates } = candidatesOf("Saudi Arabia and Qatar discussed a new gas agreement in Doha on Tuesday.");
    expect(candidates.map(keyOf)).toContain("qatar<>saudi-arabia:economic-cooperation:roles-unclear");
  });

  it("proposes what a speaking actor may do to an actor it names", () => {
    const { candidates } = candidatesOf("Iran's foreign ministry spokesman Nasser Kanaani said the strikes on Syria were an act of aggression.");
    expect(candidates.some((c) => c.reason === "speech" && c.source === "iran" && c.target === "syria" && c.type === "criticism")).toBe(true);
  });

  it("proposes nothing for a relation the sentence states, nor for a sentence naming one actor", () => {
    const { graph, candidates } = candidatesOf("Iran and Syria signed a defense agreement.", "Iran could do many things.");
    expect(graph.ties.length).toBeGreaterThan(0);
    for (const t of graph.ties) expect(candidates.some((c) => c.type === t.type && new Set([c.source, c.target, t.source, t.target]).size === 2)).toBe(false);
    expect(candidates.filter((c) => c.articleId === "t-1")).toEqual([]);
  });

  it("writes a file the app's schema reads back, highest score first", () => {
    const { candidates } = candidatesOf("Iran could supply Russia with more drones this year.", "Saudi Arabia and Qatar discussed a new gas agreement.");
    const file = CandidatesFileSchema.parse(JSON.parse(serializeCandidates(candidates)));
    expect(unpackCandidates(file)).toEqual(candidates);
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
  });

  it("keeps each sentence once in the file and gives back every candidate of the shipped corpus, field for field", () => {
    const candidates = compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null }).candidates ?? [];
    expect(candidates.length).toBeGreaterThan(100);
    const text = serializeCandidates(candidates);
    const file = CandidatesFileSchema.parse(JSON.parse(text));
    expect(unpackCandidates(file)).toEqual(candidates);
    expect(file.sentences.length).toBeLessThan(candidates.length / 2);
    expect(text.length).toBeLessThan(JSON.stringify(candidates).length / 2);
  });

  it("names what is wrong in a file whose row points past its sentences", () => {
    const { candidates } = candidatesOf("Iran could supply Russia with more drones this year.");
    const file = CandidatesFileSchema.parse(JSON.parse(serializeCandidates(candidates)));
    expect(() => unpackCandidates({ ...file, sentences: [] })).toThrow(/names sentence 0, which the file does not have/);
  });
});
