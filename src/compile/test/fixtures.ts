/** Test helpers: the shipped reference data and small hand-made articles. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { compileCorpus, loadReferenceData, type SourceFile } from "../compile-corpus";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const read = (rel: string): SourceFile => ({ file: rel, text: readFileSync(path.join(ROOT, rel), "utf8") });

export const ACTORS = read("data/actors.yaml");
export const CUES = read("data/cues.yaml");

/** The shipped corpus, as the CLI reads it. */
export function shippedArticles(): SourceFile[] {
  return readdirSync(path.join(ROOT, "data/articles"))
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => read(`data/articles/${n}`));
}

/** The gazetteer and lexicon, checked (throws if the shipped data is broken). */
export function reference() {
  const ref = loadReferenceData({ actors: ACTORS, cues: CUES });
  if (!ref.gazetteer || !ref.lexicon) throw new Error(ref.problems.map((p) => p.message).join("\n"));
  return { gazetteer: ref.gazetteer, lexicon: ref.lexicon };
}

/** A minimal valid article file around `body`. */
export function article(body: string, fields: Record<string, string> = {}): string {
  const fm = { id: "test-article", title: "A test", publisher: "Test Wire", published: "2018-08-28", ...fields };
  return `---\n${Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n")}\n---\n${body}`;
}

/** Compiles hand-made article bodies (one file each) with the shipped gazetteer and cues. */
export function compileBodies(...bodies: string[]) {
  const articles = bodies.map((b, i) => ({ file: `t/${i}.md`, text: article(b, { id: `t-${i}` }) }));
  return compileCorpus({ articles, actors: ACTORS, cues: CUES, curation: null });
}

/** "source>target:type" (or "a<>b:type" when mutual) for every tie of a compile. */
export function tieKeys(bodies: string[]): string[] {
  const { graph, problems } = compileBodies(...bodies);
  if (!graph) throw new Error(problems.map((p) => p.message).join("\n"));
  return graph.ties.map((t) => `${t.source}${t.direction === "directed" ? ">" : "<>"}${t.target}:${t.type}`);
}
