/**
 * The Review view's queue, pure: what an editor decides, one item at a time. Candidates (the
 * compiler's refused readings) by score, highest first; or the stated evidence, unchecked first. Both
 * filtered by article, pair, type and year (the stated evidence of the ties in hand: see `tiesToReview`).
 * Decided items stay in the queue (j/k walk back to them);
 * the next item to decide is the first undecided one after the current.
 */
import type { Candidate } from "./candidates";
import { byScore } from "./candidates";
import { decidedIds, type Decision } from "./decisions";
import type { Evidence, Graph, Tie } from "./schema";
import type { ReviewQueue } from "./view-state";

export type ReviewItem =
  | { kind: "candidate"; id: string; candidate: Candidate }
  | { kind: "stated"; id: string; tie: Tie; evidence: Evidence };

export interface ReviewFilter {
  articleId: string | null;
  pairId: string | null;
  types: readonly string[] | null;
  year: number | null;
}

const pairIdOf = (a: string, b: string) => (a < b ? `${a}--${b}` : `${b}--${a}`);

/** The ties whose evidence the stated queue lists under `filter`: those it needs in hand (see store/link-evidence.ts). */
export function tiesToReview(graph: Graph, filter: ReviewFilter): Tie[] {
  const article = filter.articleId === null ? null : graph.articles.findIndex((a) => a.id === filter.articleId);
  return graph.ties.filter(
    (t) =>
      (filter.pairId === null || filter.pairId === pairIdOf(t.source, t.target)) &&
      (filter.types === null || filter.types.includes(t.type)) &&
      (filter.year === null || t.years.includes(filter.year)) &&
      (article === null || Object.values(t.sources).some((list) => list.includes(article))),
  );
}

/** The queue's items, in order, before any decision (decided items are kept, see `nextUndecided`). */
export function reviewItems(queue: ReviewQueue, graph: Graph, candidates: readonly Candidate[], filter: ReviewFilter, decisions: readonly Decision[]): ReviewItem[] {
  const keep = (articleId: string, a: string, b: string, type: string, year: number) =>
    (filter.articleId === null || filter.articleId === articleId) &&
    (filter.pairId === null || filter.pairId === pairIdOf(a, b)) &&
    (filter.types === null || filter.types.includes(type)) &&
    (filter.year === null || filter.year === year);
  if (queue === "candidates") {
    // a candidate the graph already states (an editor added it, in the file or here) is decided
    const stated = new Set(graph.ties.flatMap((t) => (t.evidence ?? []).map((e) => e.id)));
    const decided = decidedIds(decisions);
    return [...candidates]
      .filter((c) => keep(c.articleId, c.source, c.target, c.type, c.year) && (!stated.has(c.id) || decided.has(c.id)))
      .sort(byScore)
      .map((c) => ({ kind: "candidate", id: c.id, candidate: c }));
  }
  const items: (ReviewItem & { kind: "stated" })[] = [];
  for (const tie of graph.ties) {
    for (const e of tie.evidence ?? []) if (keep(e.articleId, tie.source, tie.target, tie.type, e.year)) items.push({ kind: "stated", id: e.id, tie, evidence: e });
  }
  // unchecked first (neither in curation.yaml nor decided here), then by article and place
  const checked = (i: (typeof items)[number]) => (i.evidence.curation !== null ? 1 : 0);
  return items.sort(
    (x, y) => checked(x) - checked(y) || (x.evidence.articleId < y.evidence.articleId ? -1 : x.evidence.articleId > y.evidence.articleId ? 1 : 0) || x.evidence.start - y.evidence.start || (x.id < y.id ? -1 : 1),
  );
}

/** The index of the first undecided item after `from` (wrapping round), or -1 when all are decided. */
export function nextUndecided(items: readonly ReviewItem[], decided: ReadonlySet<string>, from: number): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (from + k) % items.length;
    if (!decided.has(items[i]!.id)) return i;
  }
  return -1;
}
