import { describe, expect, it } from "vitest";
import { compileCorpus } from "./compile-corpus";
import { formatProblem } from "./problems";
import { ACTORS, CUES, article } from "./test/fixtures";

const body = "Tehran and Damascus signed a defense pact. Russia praised Syria on Monday.";
const compile = (curation: string) =>
  compileCorpus({ articles: [{ file: "a.md", text: article(body, { id: "a" }) }], actors: ACTORS, cues: CUES, curation: { file: "data/curation.yaml", text: curation } });
const pactId = () => compile("entries: []").graph!.ties.find((t) => t.type === "military-cooperation")!.evidence[0]!.id;

describe("curation", () => {
  it("confirms extracted evidence by id, marking it curated but extracted", () => {
    const tie = compile(`entries:\n  - { action: confirm, evidence: ${pactId()} }`).graph!.ties.find((t) => t.type === "military-cooperation");
    expect(tie?.evidence[0]).toMatchObject({ origin: "extracted", curation: "confirmed" });
  });
  it("rejects evidence, removing a tie that rested on it alone", () => {
    const g = compile(`entries:\n  - { action: reject, evidence: ${pactId()} }`).graph!;
    expect(g.ties.find((t) => t.type === "military-cooperation")).toBeUndefined();
  });
  it("retypes evidence", () => {
    const g = compile(`entries:\n  - { action: retype, evidence: ${pactId()}, type: alliance }`).graph!;
    expect(g.ties.find((t) => t.type === "alliance")?.evidence[0]?.curation).toBe("retyped");
  });
  it("adds a quoted claim, which must be the article's exact words", () => {
    const g = compile(`entries:\n  - { action: add, article: a, quote: "Russia praised Syria", source: russia, target: syria, type: political-support }`).graph!;
    const tie = g.ties.find((t) => t.type === "political-support");
    expect(tie?.evidence[0]).toMatchObject({ quote: "Russia praised Syria", origin: "curated", curation: "added", direction: "source-to-target" });
  });
  it("fails on a quote not in the article, naming the line and the closest passage", () => {
    const r = compile(`entries:\n  - { action: confirm, evidence: ${pactId()} }\n  - { action: add, article: a, quote: "Russia praised Syria warmly", source: russia, target: syria, type: political-support }`);
    expect(r.graph).toBeNull();
    expect(r.problems.map(formatProblem)).toEqual([
      `data/curation.yaml:3: quote not found verbatim in 'a'; the closest passage is: "Russia praised Syria on Monday."`,
    ]);
  });
  it("fails on an unknown actor or a stale evidence id", () => {
    const r = compile(`entries:\n  - { action: reject, evidence: ev-000000000000 }\n  - { action: add, article: a, quote: "Russia praised Syria", source: narnia, target: syria, type: political-support }`);
    expect(r.problems.map((p) => [p.line, p.message.split(";")[0]])).toEqual([
      [2, "no extracted evidence has id 'ev-000000000000' (the article or the extractor changed)"],
      [3, "actor 'narnia' is not in the gazetteer"],
    ]);
  });
});
