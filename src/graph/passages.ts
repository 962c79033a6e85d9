/**
 * Syndication: the same words in several articles (a wire story reprinted by many outlets) are one
 * passage, with its list of copies, articles and publishers. Strength and tone count passages, not
 * copies; the evidence panel shows each passage once with its copies, and the reader opens any copy.
 * Pure.
 */
import type { Evidence } from "./schema";

/**
 * The words of a quote as compared across articles: spaces collapsed, typographic quotation marks,
 * apostrophes and dashes alike (outlets retype them); otherwise exact, case included.
 */
export function passageKey(quote: string): string {
  // Most quotes need none of it: one test instead of four replacements.
  if (!NEEDS_NORMALIZING.test(quote)) return quote;
  return quote
    .replace(/\s+/g, " ")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚`´′]/g, "'")
    .replace(/[–—‒−]/g, "-")
    .trim();
}

const keys = new WeakMap<Evidence, string>();

/** The passage key of a piece of evidence, computed once per object (views count passages on every change). */
export function passageKeyOf(e: Evidence): string {
  let key = keys.get(e);
  if (key === undefined) keys.set(e, (key = passageKey(e.quote)));
  return key;
}

/** How many passages `evidence` holds: the same words in several articles count once. */
export function passageCount(evidence: readonly Evidence[]): number {
  if (evidence.length < 2) return evidence.length;
  let n = counts.get(evidence);
  if (n === undefined) {
    const seen = new Set<string>();
    for (const e of evidence) seen.add(passageKeyOf(e));
    counts.set(evidence, (n = seen.size));
  }
  return n;
}
/** Per evidence list: a tie's list is the same array from one view to the next, so the panels and the network count it once. */
const counts = new WeakMap<readonly Evidence[], number>();

const NEEDS_NORMALIZING = /\s{2,}|[^\S ]|^\s|\s$|[“”„«»″‘’‚`´′–—‒−]/;

/** One passage: its words as first found, and every copy of them (one piece of evidence per article). */
export interface PassageGroup {
  key: string;
  /** The copies in the order they were given; the first stands for the passage. */
  copies: Evidence[];
  /** Distinct articles and publishers the words appear in. */
  articles: number;
  publishers: string[];
}

/**
 * Groups evidence (already in the order to show) into passages, each placed where its first copy
 * was: so ordering by date, publisher or claimant orders passages the same way.
 */
export function groupPassages(evidence: readonly Evidence[], publisherOf: ReadonlyMap<string, string>): PassageGroup[] {
  const groups = new Map<string, { copies: Evidence[]; articles: Set<string>; publishers: Set<string> }>();
  for (const e of evidence) {
    const key = passageKeyOf(e);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { copies: [], articles: new Set(), publishers: new Set() }));
    group.copies.push(e);
    group.articles.add(e.articleId);
    group.publishers.add(publisherOf.get(e.articleId) ?? e.articleId);
  }
  return [...groups].map(([key, g]) => ({ key, copies: g.copies, articles: g.articles.size, publishers: [...g.publishers].sort((a, b) => a.localeCompare(b)) }));
}

/** "the same words in 14 articles from 9 publishers"; null for a passage found in one article. */
export function copiesSentence(group: Pick<PassageGroup, "articles" | "publishers">): string | null {
  if (group.articles < 2) return null;
  const publishers = group.publishers.length;
  return `the same words in ${group.articles} articles from ${publishers} ${publishers === 1 ? "publisher" : "publishers"}`;
}
