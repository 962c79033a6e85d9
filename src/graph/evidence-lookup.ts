/**
 * Finding ties, co-mentions and single pieces of evidence by id, and the order in which a tie's
 * evidence is read. Shared by the evidence panel, the reader, the table and the sources list so
 * they agree on what "the next quote" is. Pure.
 */
import { visibleCoMentions, visibleTies } from "./filters";
import type { CoMention, Evidence, Graph, Passage, Tie } from "./schema";
import type { EvidenceOrder, ViewState } from "./view-state";

/** A typed tie or an untyped co-mention: both carry evidence between two actors. */
export type Link = Tie | CoMention;

/** Co-mention ids start with "co--"; everything else is a tie. */
export function isCoMentionId(id: string): boolean {
  return id.startsWith("co--");
}

/** Whether a link is a typed tie (not a co-mention). */
export function isTie(link: Link): link is Tie {
  return "type" in link;
}

/** The tie or co-mention with this id, untrimmed; undefined when the graph has none. */
export function findLink(graph: Graph, id: string): Link | undefined {
  return isCoMentionId(id) ? graph.coMentions.find((c) => c.id === id) : graph.ties.find((t) => t.id === id);
}

/**
 * The link as the current view shows it (evidence trimmed to the year or compared years and the
 * filters); `trimmed: false` with the full link when the view would hide it entirely.
 */
export function linkInView(
  graph: Graph,
  state: Pick<ViewState, "others" | "types" | "quads" | "year" | "compare">,
  id: string,
): { link: Link; inView: boolean } | undefined {
  const full = findLink(graph, id);
  if (!full) return undefined;
  // The selected link stays visible even when its actors are not core, so others are let in here.
  const view = { ...state, others: true };
  const shown = isCoMentionId(id) ? visibleCoMentions(graph, view).find((c) => c.id === id) : visibleTies(graph, view).find((t) => t.id === id);
  return shown ? { link: shown, inView: true } : { link: full, inView: false };
}

/** Where a piece of evidence sits: the link it supports (first found) and the evidence itself. */
export function findEvidence(graph: Graph, evidenceId: string, preferLinkId?: string | null): { link: Link; evidence: Evidence } | undefined {
  if (preferLinkId) {
    const link = findLink(graph, preferLinkId);
    const evidence = link?.evidence?.find((e) => e.id === evidenceId);
    if (link && evidence) return { link, evidence };
  }
  // A link whose passages are in their own file has none in hand until fetched: see store/link-evidence.ts.
  for (const link of [...graph.ties, ...graph.coMentions]) {
    const evidence = link.evidence?.find((e) => e.id === evidenceId);
    if (evidence) return { link, evidence };
  }
  return undefined;
}

/** Evidence in reading order: by publication date, then article, then position in the article. */
export function inReadingOrder(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(
    (a, b) => a.published.localeCompare(b.published) || a.articleId.localeCompare(b.articleId) || a.start - b.start,
  );
}

/** What the ties say about one article: how many ties cite it, and their relation types (sorted). */
export interface ArticleTieSummary {
  ties: number;
  types: string[];
}

/** For every article id, the ties that have evidence in it (articles without any are absent), from the ties' sources. */
export function tiesByArticle(graph: Graph): Map<string, ArticleTieSummary> {
  const byArticle = new Map<number, { ties: number; types: Set<string> }>();
  for (const tie of graph.ties) {
    for (const k of new Set(Object.values(tie.sources).flat())) {
      const entry = byArticle.get(k) ?? { ties: 0, types: new Set() };
      entry.ties += 1;
      entry.types.add(tie.type);
      byArticle.set(k, entry);
    }
  }
  return new Map(
    [...byArticle].flatMap(([k, e]) => {
      const article = graph.articles[k];
      return article ? [[article.id, { ties: e.ties, types: [...e.types].sort() }] as const] : [];
    }),
  );
}

/**
 * Evidence in the order the reader chose: by date (reading order), by publisher, or by claimant
 * (the publisher's own voice first, then the claimants' words alphabetically); each then by date.
 * With `publisherVoiceOnly`, only quotes the article states in its own voice.
 */
export function orderEvidence(
  evidence: readonly Evidence[],
  order: EvidenceOrder,
  publisherOf: ReadonlyMap<string, string>,
  publisherVoiceOnly = false,
): Evidence[] {
  const kept = publisherVoiceOnly ? evidence.filter((e) => e.claimant.kind === "publisher") : evidence;
  const byDate = inReadingOrder(kept);
  if (order === "date") return byDate;
  const key = (e: Evidence) =>
    order === "publisher" ? (publisherOf.get(e.articleId) ?? e.articleId) : e.claimant.kind === "publisher" ? "" : (e.claimant.text ?? "");
  // Array.prototype.sort is stable, so quotes with the same key stay in reading order.
  return byDate.sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * The evidence at exactly a passage's place (a denial has no evidence id of its own but may be the
 * words of a co-mention), so the reader can highlight it; undefined when none is.
 */
export function evidenceAtPassage(graph: Graph, passage: Pick<Passage, "articleId" | "start" | "end" | "evidenceId" | "tieId">): { link: Link; evidence: Evidence } | undefined {
  if (passage.evidenceId) return findEvidence(graph, passage.evidenceId, passage.tieId);
  for (const link of [...graph.ties, ...graph.coMentions]) {
    const evidence = link.evidence?.find((e) => e.articleId === passage.articleId && e.start === passage.start && e.end === passage.end);
    if (evidence) return { link, evidence };
  }
  return undefined;
}
