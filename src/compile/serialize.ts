import { packArticleText, type FullGraph, type Graph } from "../graph/schema";
import { stableHash } from "./hash";
import { packEvidence } from "../graph/evidence-file";
import { packCandidates, type Candidate } from "../graph/candidates";

/**
 * The graph as the bytes written to disk: keys in schema order, no whitespace, one trailing newline,
 * so the same input always gives a byte-identical file.
 */
export function serializeGraph(graph: Graph | FullGraph): string {
  return `${JSON.stringify(graph)}\n`;
}

/** A file beside graph.json that it names (an article's text, a tie's evidence, a co-mention's sentences): where it goes, and its bytes. */
export interface SideFile {
  /** Relative to graph.json's folder: articles/, evidence/ or co-mentions/<id>.<content hash>.json. */
  file: string;
  json: string;
}

/** The folders of side files, each cleared of the files no graph written names. */
export const SIDE_FOLDERS = ["articles", "evidence", "co-mentions"] as const;

/**
 * The graph loaded first and the files beside it: each article's text and mentions, each tie's
 * evidence and each co-mention's sentences (the graph keeps their counts and sources), so the first
 * load does not grow with the evidence. A side file is named by its content, so a new compile never
 * overwrites a file the graph on disk still names: until the new graph.json replaces the old one, the
 * old one stays whole.
 */
export function splitGraph(graph: FullGraph): { graph: Graph; files: SideFile[] } {
  const texts = graph.articles.map((a) => {
    const json = `${JSON.stringify(packArticleText({ id: a.id, body: a.body, mentions: a.mentions }))}\n`;
    return { file: `articles/${a.id}.${stableHash(json)}.json`, json };
  });
  const articles = graph.articles.map(({ body: _body, mentions: _mentions, ...meta }, i) => ({ ...meta, textFile: texts[i]!.file }));
  const facts = new Map(graph.articles.map((a) => [a.id, a]));
  const passages: SideFile[] = [];
  const apart = (folder: "evidence" | "co-mentions", link: Parameters<typeof packEvidence>[0]) => {
    const json = `${JSON.stringify(packEvidence(link, facts))}\n`;
    const file = `${folder}/${link.id}.${stableHash(json)}.json`;
    passages.push({ file, json });
    return file;
  };
  const ties = graph.ties.map((withEvidence) => {
    const { evidence: _evidence, evidenceFile: _file, ...tie } = withEvidence;
    return { ...tie, evidenceFile: apart("evidence", withEvidence) };
  });
  const coMentions = graph.coMentions.map((withSentences) => {
    const { evidence: _evidence, evidenceFile: _file, ...link } = withSentences;
    return { ...link, evidenceFile: apart("co-mentions", withSentences) };
  });
  return { graph: { ...graph, articles, ties, coMentions }, files: [...texts, ...passages] };
}

/** The candidates' file: one sentence, then one candidate, a line, so a diff of two compiles reads candidate by candidate. */
export function serializeCandidates(candidates: readonly Candidate[]): string {
  const file = packCandidates(candidates);
  const lines = (rows: readonly unknown[]) => (rows.length ? `\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n` : "");
  return `{"version":${file.version},"sentences":[${lines(file.sentences)}],"candidates":[${lines(file.candidates)}]}\n`;
}
