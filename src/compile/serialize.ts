import type { ArticleText, FullGraph, Graph } from "../graph/schema";
import { stableHash } from "./hash";
import { CANDIDATES_VERSION, type Candidate, type CandidatesFile } from "../graph/candidates";

/**
 * The graph as the bytes written to disk: keys in schema order, no whitespace, one trailing newline,
 * so the same input always gives a byte-identical file.
 */
export function serializeGraph(graph: Graph | FullGraph): string {
  return `${JSON.stringify(graph)}\n`;
}

/** One article's text file: where it goes beside graph.json, and its bytes. */
export interface ArticleTextFile {
  /** Relative to graph.json's folder: articles/<id>.<content hash>.json. */
  file: string;
  json: string;
}

/**
 * The graph loaded first (no article texts, each article naming its text file) and the text files.
 * A text file is named by its content, so a new compile never overwrites a file the graph on disk
 * still names: until the new graph.json replaces the old one, the old one stays whole.
 */
export function splitGraph(graph: FullGraph): { graph: Graph; texts: ArticleTextFile[] } {
  const texts = graph.articles.map((a) => {
    const json = `${JSON.stringify({ id: a.id, body: a.body, mentions: a.mentions } satisfies ArticleText)}\n`;
    return { file: `articles/${a.id}.${stableHash(json)}.json`, json };
  });
  const articles = graph.articles.map(({ body: _body, mentions: _mentions, ...meta }, i) => ({ ...meta, textFile: texts[i]!.file }));
  return { graph: { ...graph, articles }, texts };
}

/** The candidates' file: one candidate a line, so a diff of two compiles reads candidate by candidate. */
export function serializeCandidates(candidates: readonly Candidate[]): string {
  const file: CandidatesFile = { version: CANDIDATES_VERSION, candidates: [...candidates] };
  if (!candidates.length) return `${JSON.stringify(file)}\n`;
  return `{"version":${file.version},"candidates":[\n${candidates.map((c) => JSON.stringify(c)).join(",\n")}\n]}\n`;
}
