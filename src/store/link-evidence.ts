/**
 * The passages of a link (a tie's evidence, a co-mention's sentences), for whoever reads them (the
 * evidence panel, the pair view, the reader, the review, the exports): in hand when the graph was
 * compiled in memory (an import in the browser), else fetched once from the link's own file beside
 * graph.json, checked with the shared schema and unpacked. The graph.json a big corpus opens with
 * holds the links' counts and none of their passages.
 */
import { useEffect, useMemo, useState } from "react";
import { unpackEvidence } from "../graph/evidence-file";
import { isTie, type Link } from "../graph/evidence-lookup";
import { withEvidence } from "../graph/in-hand";
import { pairId } from "../graph/weigh";
import { EvidenceFileSchema, EvidenceSchema, type Evidence, type Graph } from "../graph/schema";
import { useAppStore } from "./app-store";
import { loadSideFile, REBUILD } from "./side-file";


/** What a link's file is called in messages. */
const what = (link: Link, file: string) => (isTie(link) ? `the file of the tie's evidence (${file})` : `the file of the sentences naming both (${file})`);

/** The passages of `link` (a tie or co-mention of `graph`), fetched once; a failed load is forgotten so that a retry fetches again. */
export function loadLinkEvidence(graph: Pick<Graph, "articles">, link: Link, fetcher: typeof fetch = fetch): Promise<Evidence[]> {
  if (link.evidence) return Promise.resolve(link.evidence);
  const file = link.evidenceFile;
  if (!file) return Promise.reject(new Error(`the graph names no file for the passages of '${link.id}'; ${REBUILD}`));
  const named = what(link, file);
  return loadSideFile(
    file,
    named,
    (json) => {
      const checked = EvidenceFileSchema.safeParse(json);
      if (!checked.success || checked.data.id !== link.id) throw new Error(`${named} does not hold the passages of '${link.id}'; ${REBUILD}`);
      const facts = { id: link.id, source: link.source, target: link.target, ...(isTie(link) ? { type: link.type, direction: link.direction } : {}) };
      const evidence = unpackEvidence(checked.data, facts, new Map(graph.articles.map((a) => [a.id, a])), file);
      const valid = EvidenceSchema.array().safeParse(evidence);
      if (!valid.success) throw new Error(`${named} holds a passage that is not valid evidence (${valid.error.issues[0]?.message ?? "unknown"}); ${REBUILD}`);
      return valid.data;
    },
    fetcher,
  );
}

/** How many files are fetched at once when many are needed (an export, the review of a whole corpus). */
const AT_ONCE = 8;

/** What fetching many links' files gave: the passages by file, and the first failure (the rest were not asked for after it). */
interface ManyFetched {
  byFile: Map<string, Evidence[]>;
  failure: Error | null;
}

/**
 * Fetches the files of `links` (those not in hand), a few at a time: stops asking for more at the
 * first failure or once `live` says the requester has gone, and `onProgress` hears how many are in
 * until then.
 */
async function fetchMany(graph: Pick<Graph, "articles">, links: readonly Link[], onProgress?: (done: number, of: number) => void, live: () => boolean = () => true): Promise<ManyFetched> {
  const wanted = links.filter((l) => !l.evidence);
  const out: ManyFetched = { byFile: new Map(), failure: null };
  let next = 0;
  const worker = async () => {
    while (next < wanted.length && !out.failure && live()) {
      const link = wanted[next++]!;
      try {
        out.byFile.set(link.evidenceFile ?? link.id, await loadLinkEvidence(graph, link));
      } catch (err) {
        out.failure ??= err as Error;
        return;
      }
      if (!out.failure && live()) onProgress?.(out.byFile.size, wanted.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, wanted.length) }, worker));
  return out;
}

/**
 * `graph` with the passages of `links` (all its links when omitted) in hand, fetching those it lacks,
 * a few files at a time; `onProgress` hears how many of the files are in. Rejects with the first
 * failure, after which no more files are asked for and no more progress is told.
 */
export async function withLinkEvidence(graph: Graph, links?: readonly Link[], onProgress?: (done: number, of: number) => void, live?: () => boolean): Promise<Graph> {
  const { byFile, failure } = await fetchMany(graph, links ?? [...graph.ties, ...graph.coMentions], onProgress, live);
  if (failure) throw failure;
  return withEvidence(graph, byFile);
}

type Fetched = { needed: readonly Link[]; graph?: Graph; error?: string; done?: number };

/** Fetches the passages of `needed` into `graph` and stores the outcome and the progress, unless the requester has gone (`live` false, which also stops the fetching). */
function fetchInto(graph: Graph, needed: readonly Link[], store: (value: Fetched) => void, live: () => boolean): void {
  withLinkEvidence(graph, needed, (done) => live() && needed.length > AT_ONCE && store({ needed, done }), live).then(
    (hydrated) => live() && store({ needed, graph: hydrated }),
    (err: unknown) => live() && store({ needed, error: (err as Error).message }),
  );
}

/** Whether the passages asked for are in hand; while they load, how many of how many files are in (when there are many). */
export type EvidenceState = { status: "ready" } | { status: "loading"; done?: number; of?: number } | { status: "error"; message: string };

/**
 * The graph with the passages of the links `linkIds` in hand (those that name their file are
 * fetched): `state` says whether they have come. Links already in hand, or not in the graph, leave it
 * as it is.
 */
export function useGraphWithEvidence(graph: Graph, linkIds: readonly (string | null)[]): { graph: Graph; state: EvidenceState; retry: () => void } {
  const key = linkIds.filter(Boolean).join(" ");
  const needed = useMemo(() => {
    const ids = new Set(key.split(" "));
    return [...graph.ties, ...graph.coMentions].filter((l) => ids.has(l.id) && !l.evidence);
  }, [graph, key]);
  const [result, setResult] = useState<Fetched | null>(null);
  useEffect(() => {
    if (!needed.length) return;
    let live = true;
    fetchInto(graph, needed, setResult, () => live);
    return () => {
      live = false;
    };
  }, [graph, needed]);
  const mine = needed.length && result?.needed === needed ? result : null;
  const state: EvidenceState =
    !needed.length || mine?.graph ? { status: "ready" } : mine?.error ? { status: "error", message: mine.error } : mine?.done !== undefined ? { status: "loading", done: mine.done, of: needed.length } : { status: "loading" };
  const retry = () => {
    setResult(null);
    fetchInto(graph, needed, setResult, () => true);
  };
  return { graph: needed.length ? (mine?.graph ?? graph) : graph, state, retry };
}

/**
 * Keeps the passages of every tie the editor's decisions are about in the store (fetched when they
 * are in files of their own), so that the decisions can be applied: at start-up for the decisions
 * restored, and after each new one. Returns the unsubscribe.
 */
export function keepDecidedEvidenceInHand(store: typeof useAppStore = useAppStore): () => void {
  let running: Promise<void> = Promise.resolve();
  const fetchMissing = async () => {
    const s = store.getState();
    if (s.loaded.status !== "ready" || !s.decisions.length) return;
    const graph = s.loaded.graph;
    const { pairsDecidedOn } = await import("../graph/decisions");
    const pairs = pairsDecidedOn(s.decisions);
    const missing = graph.ties.filter((t) => !t.evidence && t.evidenceFile && !s.decidedEvidence.has(t.evidenceFile) && (pairs === "all" || pairs.has(pairId(t.source, t.target))));
    if (!missing.length) return;
    // what came is kept even when a file failed; the rest is asked for again on the next change
    const { byFile, failure } = await fetchMany(graph, missing);
    if (byFile.size) store.getState().addDecidedEvidence(byFile);
    if (failure) throw failure;
  };
  // a failed file is asked for again a little later, a few times (and on every new decision)
  let retries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    running = running.then(fetchMissing).then(
      () => void (retries = 0),
      (err: Error) => {
        console.warn(`the evidence of a decision could not be loaded: ${err.message}`);
        if (retries++ < 3) timer = setTimeout(check, 2000 * retries);
      },
    );
  };
  check();
  const unsubscribe = store.subscribe((s, before) => {
    if (s.decisions !== before.decisions || s.loaded !== before.loaded) check();
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
