/**
 * A co-mention's sentences, for whoever reads them (the evidence panel, the reader, the exports): in
 * hand when the graph was compiled in memory (an import in the browser), else fetched once from the
 * co-mention's own file beside graph.json, checked with the shared schema and unpacked. The graph.json
 * a big corpus opens with counts co-mention sentences and holds none of them.
 */
import { useEffect, useMemo, useState } from "react";
import { unpackCoMention } from "../graph/co-mention-file";
import { isCoMentionId } from "../graph/evidence-lookup";
import { CoMentionFileSchema, EvidenceSchema, type CoMention, type Evidence, type Graph } from "../graph/schema";
import { loadSideFile, REBUILD } from "./side-file";

/** The sentences of `link` (a co-mention of `graph`), fetched once; a failed load is forgotten so that a retry fetches again. */
export function loadCoMentionSentences(graph: Pick<Graph, "articles">, link: CoMention, fetcher: typeof fetch = fetch): Promise<Evidence[]> {
  if (link.evidence) return Promise.resolve(link.evidence);
  const file = link.evidenceFile;
  if (!file) return Promise.reject(new Error(`the graph names no file for the sentences of '${link.id}'; ${REBUILD}`));
  const what = `the file of the sentences naming both (${file})`;
  return loadSideFile(
    file,
    what,
    (json) => {
      const checked = CoMentionFileSchema.safeParse(json);
      if (!checked.success || checked.data.id !== link.id) throw new Error(`${what} does not hold the sentences of '${link.id}'; ${REBUILD}`);
      const evidence = unpackCoMention(checked.data, link, new Map(graph.articles.map((a) => [a.id, a])), file);
      const valid = EvidenceSchema.array().safeParse(evidence);
      if (!valid.success) throw new Error(`${what} holds a sentence that is not valid evidence (${valid.error.issues[0]?.message ?? "unknown"}); ${REBUILD}`);
      return valid.data;
    },
    fetcher,
  );
}

/** `graph` with the sentences of the co-mentions in `ids` in hand (the same graph when all already are). */
export function withSentences(graph: Graph, sentences: ReadonlyMap<string, Evidence[]>): Graph {
  if (!graph.coMentions.some((c) => !c.evidence && sentences.has(c.id))) return graph;
  return { ...graph, coMentions: graph.coMentions.map((c) => (c.evidence ? c : sentences.has(c.id) ? { ...c, evidence: sentences.get(c.id)! } : c)) };
}

export type SentencesState = { status: "ready" } | { status: "loading" } | { status: "error"; message: string };

/**
 * The graph with the sentences of link `linkId` in hand, when it is a co-mention whose sentences are
 * in their own file: `status` says whether they have come. Any other link leaves the graph as it is.
 */
export function useGraphWithSentences(graph: Graph, linkId: string | null): { graph: Graph; state: SentencesState; retry: () => void } {
  const link = useMemo(() => (linkId && isCoMentionId(linkId) ? graph.coMentions.find((c) => c.id === linkId) : undefined), [graph, linkId]);
  const needed = link && !link.evidence ? link : undefined;
  const [result, setResult] = useState<{ link: CoMention; evidence?: Evidence[]; error?: string } | null>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    fetchInto(graph, needed, setResult, () => live);
    return () => {
      live = false;
    };
  }, [graph, needed]);
  const mine = needed && result?.link === needed ? result : null;
  const hydrated = useMemo(() => (needed && mine?.evidence ? withSentences(graph, new Map([[needed.id, mine.evidence]])) : graph), [graph, needed, mine]);
  const state: SentencesState = !needed || mine?.evidence ? { status: "ready" } : mine?.error ? { status: "error", message: mine.error } : { status: "loading" };
  const retry = () => {
    if (!needed) return;
    setResult(null);
    fetchInto(graph, needed, setResult, () => true);
  };
  return { graph: hydrated, state, retry };
}

/** Loads `link`'s sentences and stores the outcome, unless the requester has gone (`live` false). */
function fetchInto(graph: Graph, link: CoMention, store: (value: { link: CoMention; evidence?: Evidence[]; error?: string }) => void, live: () => boolean): void {
  loadCoMentionSentences(graph, link).then(
    (evidence) => live() && store({ link, evidence }),
    (err: unknown) => live() && store({ link, error: (err as Error).message }),
  );
}
