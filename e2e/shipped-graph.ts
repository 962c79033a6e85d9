/**
 * The shipped graph as the app loads it (public/graph.json, built by `npm run compile`), with each
 * tie's evidence read from the file it names beside it: what the stories check the real numbers
 * and words against.
 */
import { readFileSync } from "node:fs";
import { unpackEvidence } from "../src/graph/evidence-file";
import { EvidenceFileSchema, type Graph, type GraphWithEvidence } from "../src/graph/schema";

const PUBLIC = new URL("../public/", import.meta.url);

/** public/graph.json with every tie's evidence (and every co-mention's sentences) in hand. */
export function shippedGraph(): GraphWithEvidence {
  const graph = JSON.parse(readFileSync(new URL("graph.json", PUBLIC), "utf8")) as Graph;
  const articles = new Map(graph.articles.map((a) => [a.id, a]));
  const read = <T extends Graph["ties"][number] | Graph["coMentions"][number]>(link: T) =>
    link.evidence ? link.evidence : unpackEvidence(EvidenceFileSchema.parse(JSON.parse(readFileSync(new URL(link.evidenceFile!, PUBLIC), "utf8"))), link, articles);
  return { ...graph, ties: graph.ties.map((t) => ({ ...t, evidence: read(t) })), coMentions: graph.coMentions.map((c) => ({ ...c, evidence: read(c) })) };
}
