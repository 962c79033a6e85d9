import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unpackEvidence } from "../graph/evidence-file";
import { ArticleTextFileSchema, EvidenceFileSchema, GraphSchema, unpackArticleText, type Graph } from "../graph/schema";
import { compileCorpus } from "./compile-corpus";
import { ACTORS, CUES, ROOT, article, shippedArticles } from "./test/fixtures";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tiegraph-cli-"));
  cpSync(path.join(ROOT, "data"), path.join(dir, "data"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run compile` as the package script does: its launcher, which runs the bundled command line. */
function compile(...args: string[]) {
  return compileWith({}, ...args);
}
function compileWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs")).href, path.join(ROOT, "src/compile/node/run-compiler.ts"), "--out", "out/graph.json", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const out = () => path.join(dir, "out/graph.json");

/** A tie's (or co-mention's) passages, from the file graph.json names beside it. */
function evidenceBeside(graph: Graph, link: Graph["ties"][number] | Graph["coMentions"][number]) {
  const file = EvidenceFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "out", link.evidenceFile!), "utf8")));
  return unpackEvidence(file, link, new Map(graph.articles.map((a) => [a.id, a])));
}

describe("npm run compile", { timeout: 30_000 }, () => {
  it("writes a schema-valid graph and prints a summary", () => {
    const r = compile();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/compiled 5 articles, \d+ sentences, \d+ mentions → \d+ ties/);
    expect(GraphSchema.safeParse(JSON.parse(readFileSync(out(), "utf8"))).success).toBe(true);
  });

  it("on a fresh checkout builds its bundles, the command line and its workers', and compiles on two threads", () => {
    const cache = path.join(dir, "bundles");
    const r = compileWith({ TIEGRAPH_BUNDLE_CACHE: cache }, "--jobs", "2");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(GraphSchema.safeParse(JSON.parse(readFileSync(out(), "utf8"))).success).toBe(true);
    expect(readdirSync(cache).map((n) => n.replace(/-[0-9a-f]{16}\.cjs$/, "")).sort()).toEqual(["cli", "compile-worker"]);
  });

  it("picks up a new article dropped into the folder, with its quote", () => {
    writeFileSync(path.join(dir, "data/articles/new.md"), article("Turkish forces launched strikes against Kurdish fighters of the SDF.", { id: "new-one", published: "2024-02-01" }));
    expect(compile().code).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const tie = graph.ties.find((t) => t.source === "turkey" && t.target === "kurds-sdf")!;
    expect(evidenceBeside(graph, tie)[0]?.quote).toBe("Turkish forces launched strikes against Kurdish fighters of the SDF.");
  });

  it("on bad input prints file:line: message for every problem, exits 1 and leaves the last graph", () => {
    expect(compile().code).toBe(0);
    const before = readFileSync(out(), "utf8");
    writeFileSync(path.join(dir, "data/articles/bad-date.md"), "---\nid: bad\ntitle: T\npublisher: P\npublished: 2018-02-30\n---\nText.");
    writeFileSync(path.join(dir, "data/articles/dup.md"), article("Text.", { id: "2018-08-28-al-arabiya-hatami-in-syria" }));
    writeFileSync(path.join(dir, "data/articles/latin1.md"), Buffer.concat([Buffer.from(article("Caf")), Buffer.from([0xe9, 0x0a])]));
    const r = compile();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("data/articles/bad-date.md:5: 'published' 2018-02-30 is not a day of the calendar");
    expect(r.stderr).toMatch(/data\/articles\/dup\.md:2: id '2018-08-28-al-arabiya-hatami-in-syria' is already used by data\/articles\/2018-08-28-al-arabiya-hatami-in-syria\.md/);
    expect(r.stderr).toContain("data/articles/latin1.md:7: is not UTF-8 text");
    expect(r.stderr).toContain("3 problem(s); out/graph.json left unchanged");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(out(), "utf8")).toBe(before);
  });

  it("keeps article texts out of graph.json, each in its own file, and removes the files of an older text", () => {
    expect(compile().code).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const textOf = (file: string) => unpackArticleText(ArticleTextFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "out", file), "utf8"))));
    const inMemory = compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null }).graph!;
    for (const a of graph.articles) {
      expect(a.body).toBeUndefined();
      expect(textOf(a.textFile!).id).toBe(a.id);
      // Mentions travel as [actor, start, end] and come back whole, words and all.
      expect(textOf(a.textFile!).mentions).toEqual(inMemory.articles.find((m) => m.id === a.id)!.mentions);
    }
    for (const e of graph.ties.flatMap((t) => evidenceBeside(graph, t))) {
      const cited = graph.articles.find((a) => a.id === e.articleId)!;
      expect(textOf(cited.textFile!).body.slice(e.start, e.end)).toBe(e.quote);
    }
    // Edit one article: its new text gets a new file, and the old file goes once the new graph is in.
    const edited = graph.articles[0]!;
    const source = path.join(dir, "data/articles", `${edited.id}.md`);
    writeFileSync(source, `${readFileSync(source, "utf8")}\nAn added closing line.\n`);
    expect(compile().code).toBe(0);
    const after = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const newFile = after.articles.find((a) => a.id === edited.id)!.textFile!;
    expect(newFile).not.toBe(edited.textFile);
    expect(existsSync(path.join(dir, "out", edited.textFile!))).toBe(false);
    expect(textOf(newFile).body).toContain("An added closing line.");
  });

  it("keeps co-mention sentences out of graph.json, each co-mention's in its own file that gives them all back, and removes the files of older sentences", () => {
    expect(compile("--no-curation").code).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const inMemory = compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null }).graph!;
    const facts = new Map(graph.articles.map((a) => [a.id, a]));
    const textOf = (file: string) => unpackArticleText(ArticleTextFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "out", file), "utf8"))));
    expect(graph.coMentions.map((c) => c.id)).toEqual(inMemory.coMentions.map((c) => c.id));
    for (const link of graph.coMentions) {
      expect(link.evidence).toBeUndefined();
      const file = EvidenceFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "out", link.evidenceFile!), "utf8")));
      const sentences = unpackEvidence(file, link, facts);
      const compiled = inMemory.coMentions.find((c) => c.id === link.id)!;
      expect(sentences).toEqual(compiled.evidence);
      expect(link.passages).toEqual(compiled.passages);
      for (const e of sentences) expect(textOf(facts.get(e.articleId)!.textFile!).body.slice(e.start, e.end)).toBe(e.quote);
    }
    // An article whose text changes changes the sentences of its co-mentions: new files, the old ones gone.
    const before = new Set(readdirSync(path.join(dir, "out/co-mentions")));
    const source = path.join(dir, "data/articles", `${graph.articles[0]!.id}.md`);
    writeFileSync(source, readFileSync(source, "utf8").replace(/^(---\n[\s\S]*?\n---\n)/, "$1An added opening line.\n\n"));
    expect(compile("--no-curation").code).toBe(0);
    const after = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const files = readdirSync(path.join(dir, "out/co-mentions"));
    expect(files.sort()).toEqual(after.coMentions.map((c) => c.evidenceFile!.replace("co-mentions/", "")).sort());
    expect(files.some((f) => !before.has(f))).toBe(true);
  });

  it("keeps each tie's evidence out of graph.json, in a file of its own that gives it all back, and counts and sources it in the graph", () => {
    expect(compile("--no-curation").code).toBe(0);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(out(), "utf8")));
    const inMemory = compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null }).graph!;
    expect(graph.ties.map((t) => t.id)).toEqual(inMemory.ties.map((t) => t.id));
    for (const tie of graph.ties) {
      expect(tie.evidence).toBeUndefined();
      const compiled = inMemory.ties.find((t) => t.id === tie.id)!;
      expect(evidenceBeside(graph, tie)).toEqual(compiled.evidence);
      const { evidence: _e, ...counts } = compiled;
      expect({ ...tie, evidenceFile: undefined }).toEqual({ ...counts, evidenceFile: undefined });
      // the sources name the articles of its evidence, year by year
      for (const e of compiled.evidence) expect(tie.sources[String(e.year)]!.map((k) => graph.articles[k]!.id)).toContain(e.articleId);
    }
    expect(readdirSync(path.join(dir, "out/evidence")).sort()).toEqual(graph.ties.map((t) => t.evidenceFile!.replace("evidence/", "")).sort());
  });

  it("says what --jobs takes when given something else", () => {
    const r = compile("--jobs", "0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jobs must be a whole number of at least 1, not '0'");
    expect(existsSync(out())).toBe(false);
  });

  it("writes nothing on a first compile that fails", () => {
    writeFileSync(path.join(dir, "data/articles/empty.md"), "---\nid: e\ntitle: T\npublisher: P\npublished: 2018\n---\n");
    expect(compile().code).toBe(1);
    expect(existsSync(out())).toBe(false);
  });

  it("--no-curation ignores the curation file, even a broken one", () => {
    writeFileSync(path.join(dir, "data/curation.yaml"), "entries:\n  - { action: reject, evidence: ev-000000000000 }\n");
    expect(compile().code).toBe(1);
    const r = compile("--no-curation");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(no curation)");
  });

  it("is deterministic: a second compile of the same input leaves the file unchanged", () => {
    compile();
    const first = readFileSync(out(), "utf8");
    const r = compile();
    expect(r.stdout).toContain("unchanged out/graph.json");
    expect(readFileSync(out(), "utf8")).toBe(first);
  });
});
