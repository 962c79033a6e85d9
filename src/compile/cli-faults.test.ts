/**
 * The CLI under faults: generated bad corpora, a compile killed while it writes, two compiles at
 * once. Whatever happens, the output file is the old graph or the new one, whole: never a partial or
 * changed file, never a stack trace.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as fc from "fast-check";
import { SIDE_FOLDERS } from "./serialize";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unpackEvidence } from "../graph/evidence-file";
import { EvidenceFileSchema, GraphSchema } from "../graph/schema";
import { corpusArbitrary } from "./test/corpus-arbitraries";
import { ROOT, shippedArticles } from "./test/fixtures";
import { runCli } from "./test/run-cli";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tiegraph-faults-"));
  cpSync(path.join(ROOT, "data"), path.join(dir, "data"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OUT = "out/graph.json";
const out = () => path.join(dir, OUT);
const compile = (...args: string[]) => runCli(dir, ["--no-curation", "--out", OUT, ...args]);
/**
 * Valid by the schema, every article's text file beside it and every tie's and co-mention's passages
 * file, and every quote (a tie's, a co-mention's) its article's words at its offsets.
 */
const isWholeGraph = (text: string) => {
  const checked = GraphSchema.safeParse(JSON.parse(text));
  if (!checked.success) return false;
  const beside = (file: string | undefined) => path.join(path.dirname(out()), file ?? "missing");
  if (!checked.data.articles.every((a) => existsSync(beside(a.textFile)))) return false;
  if (![...checked.data.ties, ...checked.data.coMentions].every((c) => existsSync(beside(c.evidenceFile)))) return false;
  const bodies = new Map(checked.data.articles.map((a) => [a.id, (JSON.parse(readFileSync(beside(a.textFile), "utf8")) as { body: string }).body]));
  const facts = new Map(checked.data.articles.map((a) => [a.id, a]));
  const passages = [...checked.data.ties, ...checked.data.coMentions].flatMap((c) => unpackEvidence(EvidenceFileSchema.parse(JSON.parse(readFileSync(beside(c.evidenceFile), "utf8"))), c, facts));
  return passages.every((e) => bodies.get(e.articleId)?.slice(e.start, e.end) === e.quote);
};
const besideDir = (folder: string) => path.join(path.dirname(out()), folder);
/** Whatever a compile left beside the graph that is neither the graph nor one of its side files. */
const leftovers = () => [
  // beside the graph: its article texts, tie evidence and co-mention sentences, the candidates and (with curation) the compiler's own reading
  ...readdirSync(path.dirname(out())).filter((n) => !["graph.json", ...SIDE_FOLDERS, "candidates.json", "graph.compiler.json"].includes(n)),
  ...SIDE_FOLDERS.flatMap((folder) => (existsSync(besideDir(folder)) ? readdirSync(besideDir(folder)).filter((n) => n.endsWith(".tmp")).map((n) => `${folder}/${n}`) : [])),
];

/** Replaces the articles folder with `files` (paths relative to the folder). */
function writeArticles(files: { file: string; text: string }[]): void {
  rmSync(path.join(dir, "data/articles"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "data/articles"));
  for (const f of files) writeFileSync(path.join(dir, "data/articles", path.basename(f.file)), f.text);
}

describe("the compiler CLI under faults", { timeout: 120_000 }, () => {
  it("on any generated corpus exits 0 with a whole graph, or 1 with file:line messages and the last graph untouched", async () => {
    expect((await compile()).code).toBe(0);
    const good = readFileSync(out(), "utf8");
    await fc.assert(
      fc.asyncProperty(corpusArbitrary, async (files) => {
        writeArticles(files);
        const r = await compile();
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
        expect(leftovers()).toEqual([]);
        if (r.code === 0) {
          expect(isWholeGraph(readFileSync(out(), "utf8"))).toBe(true);
          writeFileSync(out(), good); // the next run starts from the shipped graph again
          return;
        }
        expect(r.code).toBe(1);
        const lines = r.stderr.trimEnd().split("\n");
        expect(lines.at(-1)).toBe(`compile: ${lines.length - 1} problem(s); ${OUT} left unchanged`);
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/^data\/articles\/gen-\d\.md:\d+: \S/);
        expect(readFileSync(out(), "utf8")).toBe(good);
      }),
      { numRuns: 4 },
    );
  });

  it("killed while writing, it leaves the old graph or the new one, whole", async () => {
    // A corpus large enough that the graph takes a moment to write.
    const shipped = shippedArticles();
    const copies = Array.from({ length: 120 }, (_, i) => {
      const a = shipped[i % shipped.length]!;
      return { file: `copy-${i}.md`, text: a.text.replace(/^id: (.*)$/m, `id: copy-${i}-$1`) };
    });
    writeArticles(copies);
    expect((await compile()).code).toBe(0);
    const before = readFileSync(out(), "utf8");
    writeArticles(copies.slice(1)); // the next compile would write another graph

    const watcher = watch(path.dirname(out()));
    const killed = await runCli(dir, ["--no-curation", "--out", OUT], (child) => {
      // Kill on the first sight of the temporary file: the process is writing the new graph.
      watcher.on("change", (_, name) => {
        if (String(name).endsWith(".tmp")) child.kill("SIGKILL");
      });
    });
    watcher.close();
    expect(killed.signal).toBe("SIGKILL");
    const leftAfterKill = readFileSync(out(), "utf8");

    const r = await compile();
    expect(r.code).toBe(0);
    const after = readFileSync(out(), "utf8");
    expect(after).not.toBe(before);
    expect(isWholeGraph(after)).toBe(true);
    expect([before, after]).toContain(leftAfterKill);
    expect(leftovers(), "a later compile clears the killed one's temporary file").toEqual([]);
  });

  it("two compiles of the same input at once both succeed and leave one whole graph", async () => {
    const [a, b] = await Promise.all([compile(), compile()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const first = readFileSync(out(), "utf8");
    expect(isWholeGraph(first)).toBe(true);
    expect(existsSync(out())).toBe(true);
    expect(leftovers()).toEqual([]);
    const again = await compile();
    expect(again.stdout).toContain(`unchanged ${OUT}`);
  });
});
