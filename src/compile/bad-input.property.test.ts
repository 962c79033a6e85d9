/**
 * The compiler under bad input, property by property: whatever articles it is fed, it returns either a
 * whole, schema-valid graph whose every quote is the article's own words, or problems that each name
 * a file, a real line of it and what to do; it never throws and never takes long.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GraphSchema, type FullGraph } from "../graph/schema";
import { compileCorpus, type CompileResult, type SourceFile } from "./compile-corpus";
import { normaliseText } from "./parse-article";
import { ACTORS, CUES, shippedArticles } from "./test/fixtures";
import { articleArbitrary, corpusArbitrary, HOSTILE_FRAGMENTS } from "./test/corpus-arbitraries";

const compile = (articles: SourceFile[], curation: SourceFile | null = null) => compileCorpus({ articles, actors: ACTORS, cues: CUES, curation });

/** Every offset in the graph slices its article's body back to the quoted words. */
function expectQuotesVerbatim(graph: FullGraph): void {
  const bodies = new Map(graph.articles.map((a) => [a.id, a.body]));
  for (const e of [...graph.ties, ...graph.coMentions].flatMap((t) => t.evidence ?? [])) {
    const body = bodies.get(e.articleId) ?? "";
    expect(body.slice(e.start, e.end)).toBe(e.quote);
    if (e.cue && e.cue.pattern !== "curated") expect(body.slice(e.cue.start, e.cue.end)).toBe(e.cue.text);
  }
  for (const a of graph.articles) for (const m of a.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
}

/** The contract of one compile: a whole graph, or problems located in the files it was given. */
function expectGraphOrLocatedProblems(files: SourceFile[], result: CompileResult): void {
  if (result.graph) {
    expect(result.problems).toEqual([]);
    expect(GraphSchema.safeParse(result.graph).success).toBe(true);
    expect(result.graph.articles).toHaveLength(files.length); // no article lost
    expect(new Set(result.graph.articles.map((a) => a.id)).size).toBe(files.length);
    for (const a of result.graph.articles) {
      const file = files.find((f) => normaliseText(f.text).endsWith(a.body));
      expect(file, `article '${a.id}' keeps its body verbatim`).toBeDefined();
    }
    expectQuotesVerbatim(result.graph);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const lineCounts = new Map([...files, ACTORS, CUES].map((f) => [f.file, normaliseText(f.text).split("\n").length]));
  for (const p of result.problems) {
    expect(lineCounts.has(p.file), `${p.file} is one of the input files`).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= (lineCounts.get(p.file) ?? 0), `${p.file}:${p.line} is a line of the file`).toBe(true);
    expect(p.message).toMatch(/\S/);
    expect(p.message).not.toMatch(/\n\s+at |\[object Object\]|undefined|NaN/);
  }
}

/** Raise with FUZZ_RUNS=5000 for a deeper search; 120 keeps the unit suite quick. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 120);

describe("the compiler fed generated articles", () => {
  it("returns a whole graph or located problems, never throws, never takes long", { timeout: 30_000 + NUM_RUNS * 200 }, () => {
    fc.assert(
      fc.property(corpusArbitrary, (files) => {
        const started = performance.now();
        const result = compile(files);
        expect(performance.now() - started).toBeLessThan(3_000);
        expectGraphOrLocatedProblems(files, result);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("fails, naming the file, whenever the front matter is missing, unterminated or malformed", { timeout: 30_000 }, () => {
    const broken = articleArbitrary.filter((a) => a.frame === "missing" || a.frame === "unterminated" || a.frame === "duplicate-key" || a.frame === "unindented-junk");
    fc.assert(
      fc.property(broken, (a) => {
        const result = compile([{ file: "data/articles/broken.md", text: a.text }]);
        expect(result.graph).toBeNull();
        expect(result.problems.some((p) => p.file === "data/articles/broken.md")).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("reports every article that reuses an id, naming the first file that has it", () => {
    const [first] = shippedArticles();
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.constantFrom("\n", "\r\n", "\r"), (copies, eol) => {
        const files = Array.from({ length: copies }, (_, i) => ({ file: `data/articles/copy-${i}.md`, text: first!.text.replace(/\n/g, eol) }));
        const result = compile(files);
        expect(result.graph).toBeNull();
        expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual(files.slice(1).map((f) => `${f.file}:2`));
        for (const p of result.problems) expect(p.message).toContain("is already used by data/articles/copy-0.md");
      }),
      { numRuns: 10 },
    );
  });
});

describe("the compiler fed a generated gazetteer", () => {
  const articles = shippedArticles().slice(0, 2);
  const alias = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
    fc.constantFrom("Iran", "Tehran", "(IRGC)", "U.S.", "Iran's", "’", "a b", "إيران", "🇮🇷", "\u0301", "Syria", ".*", "\\b"),
  );
  const gazetteer = fc
    .tuple(fc.array(fc.array(alias, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), fc.array(alias, { maxLength: 3 }))
    .map(([actors, ignore]) =>
      [
        "actors:",
        ...actors.map((aliases, i) => `  - id: a${i}\n    name: A${i}\n    kind: state\n    color: "#123456"\n    aliases: ${JSON.stringify(aliases)}`),
        `ignore: ${JSON.stringify(ignore)}`,
      ].join("\n"),
    );

  it("with aliases of any characters returns a graph or problems in actors.yaml, never throws", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(gazetteer, (text) => {
        const result = compileCorpus({ articles, actors: { file: "data/actors.yaml", text }, cues: CUES, curation: null });
        if (result.graph) return expectQuotesVerbatim(result.graph);
        for (const p of result.problems) {
          expect(p.file).toBe("data/actors.yaml");
          expect(p.message).not.toMatch(/\[object Object\]|undefined|NaN/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });
});

describe("the compiler fed a generated curation file", () => {
  const [source] = shippedArticles();
  const entry = fc.record({
    action: fc.constantFrom("confirm", "reject", "retype", "add", "delete", "[x]", ""),
    evidence: fc.constantFrom("ev-0123456789ab", "ev-", "not-an-id", "*alias"),
    article: fc.constantFrom("2018-08-28-al-arabiya-hatami-in-syria", "nope", "\"\""),
    quote: fc.oneof(fc.string({ unit: "binary", maxLength: 20 }).map((q) => JSON.stringify(q)), fc.constantFrom('"Iran"', '"Damascus"', "[1, 2]")),
    source: fc.constantFrom("iran", "narnia", "123"),
    target: fc.constantFrom("syria", "iran", "null"),
    type: fc.constantFrom("alliance", "friendship", "{}"),
  });
  const curation = fc.oneof(
    fc.array(entry, { maxLength: 4 }).map((es) => `entries:\n${es.map((e) => `  - ${Object.entries(e).map(([k, v]) => `${k}: ${v}`).join("\n    ")}`).join("\n")}\n`),
    fc.string({ unit: "binary", maxLength: 200 }),
  );

  it("returns a whole graph or problems located in the curation file, never throws", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(curation, (text) => {
        const file = { file: "data/curation.yaml", text };
        const result = compile([source!], file);
        if (result.graph) return expectGraphOrLocatedProblems([source!], result);
        const lines = normaliseText(text).split("\n").length;
        for (const p of result.problems) {
          expect(p.file).toBe("data/curation.yaml");
          expect(p.line >= 1 && p.line <= lines, `line ${p.line} of ${lines}`).toBe(true);
          expect(p.message).not.toMatch(/\[object Object\]|undefined|NaN/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80) },
    );
  });
});

describe("a megabyte paragraph", () => {
  it("compiles to a whole graph with verbatim quotes in seconds, CRLF, BOM and markup included", { timeout: 60_000 }, () => {
    const sentences = shippedArticles().map((a) => normaliseText(a.text).split("\n---\n")[1]!.replace(/\s+/g, " "));
    let paragraph = "";
    for (let i = 0; paragraph.length < 1_000_000; i++) paragraph += `${sentences[i % sentences.length]} ${HOSTILE_FRAGMENTS[i % HOSTILE_FRAGMENTS.length]} `;
    const text = `\uFEFF---\r\nid: mega\r\ntitle: Mega\r\npublisher: Wire\r\npublished: "2024-05-31"\r\n---\r\n${paragraph}`;
    const started = performance.now();
    const result = compile([{ file: "data/articles/mega.md", text }]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expectGraphOrLocatedProblems([{ file: "data/articles/mega.md", text }], result);
    expect(result.graph?.ties.length).toBeGreaterThan(10);
  });
});

describe("a curation entry whose quote the article no longer has", () => {
  const [source] = shippedArticles();
  const graph = compile([source!]).graph!;
  const article = graph.articles[0]!;
  const sentences = [...new Set([...graph.ties, ...graph.coMentions].flatMap((t) => (t.evidence ?? []).map((e) => e.quote)))].filter((q) => q.split(" ").length >= 8);

  it("fails with the closest passage shown, never dropping the entry silently", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.nat(), fc.constantFrom("Q", "", " really", "’"), (sentence, at, insert) => {
        // The editor quoted the passage, then the article changed one word of it.
        const words = sentence.split(" ");
        const i = at % words.length;
        words[i] = `${words[i]!.slice(0, -1)}${insert}`;
        const quote = words.join(" ");
        fc.pre(!article.body.includes(quote));
        const entry = `entries:\n  - action: add\n    article: ${article.id}\n    quote: ${JSON.stringify(quote)}\n    source: iran\n    target: syria\n    type: alliance\n`;
        const result = compile([source!], { file: "data/curation.yaml", text: entry });
        expect(result.graph).toBeNull();
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]).toMatchObject({ file: "data/curation.yaml", line: 2 });
        const shown = /the closest passage is: "(.*)"$/.exec(result.problems[0]!.message)?.[1];
        expect(shown).toBe(sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence);
      }),
      { numRuns: 40 },
    );
  });
});
