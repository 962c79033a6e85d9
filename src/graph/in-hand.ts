/**
 * A graph whose links (ties, co-mentions) may hold their passages or only name the file that does:
 * putting fetched passages in. Pure.
 */
import type { Link } from "./evidence-lookup";
import type { Evidence, Graph } from "./schema";

/**
 * `graph` with the passages of its links put in from `byFile` (by the file each link names); the same
 * graph when none is new.
 */
export function withEvidence(graph: Graph, byFile: ReadonlyMap<string, Evidence[]>): Graph {
  if (!byFile.size) return graph;
  const fill = <T extends Link>(link: T): T => {
    const evidence = !link.evidence && link.evidenceFile ? byFile.get(link.evidenceFile) : undefined;
    return evidence ? { ...link, evidence } : link;
  };
  const ties = graph.ties.map(fill);
  const coMentions = graph.coMentions.map(fill);
  const same = ties.every((t, i) => t === graph.ties[i]) && coMentions.every((c, i) => c === graph.coMentions[i]);
  return same ? graph : { ...graph, ties, coMentions };
}
