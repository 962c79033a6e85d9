/**
 * What a view shows, derived from the graph and the view state: pure functions shared by the network,
 * the panels and the table, so every view counts the same ties and the same evidence.
 */
import type { Actor, Article, CoMention, Evidence, Graph, Pair, QuadClass, Strength, Tie } from "./schema";
import { passageKeyOf } from "./passages";
import { DEFAULT_MIN_ARTICLES, type EarlierMode, type ViewState } from "./view-state";

/** Every year that has at least one article, ascending (never hard-coded). */
export function yearsOf(graph: Graph): number[] {
  return [...new Set(graph.articles.map((a) => a.year))].sort((a, b) => a - b);
}

/**
 * The first year the corpus has articles from: evidence about a time before it is "earlier", shown
 * apart from the years (its period named), never counted as its article's year.
 */
export function firstYearOf(graph: Pick<Graph, "articles">): number | null {
  let first: number | null = null;
  for (const a of graph.articles) if (first === null || a.year < first) first = a.year;
  return first;
}

/** Whether a piece of evidence is about a time before `firstYear`, the corpus's first. */
export function isEarlier(e: Pick<Evidence, "year">, firstYear: number | null): boolean {
  return firstYear !== null && e.year < firstYear;
}

/**
 * Years no article was published in that evidence is nevertheless about (a 2024 article recalling May
 * 2022), from the corpus's first year on: they can be chosen, and say they have no articles of their own.
 */
export function recalledYears(graph: Graph): number[] {
  const published = new Set(yearsOf(graph));
  const first = firstYearOf(graph);
  const years = new Set<number>();
  for (const tie of graph.ties) for (const y of tie.years) if (!published.has(y) && first !== null && y >= first) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * The tie trimmed to the years `keep` accepts, on its counts per year (and its evidence too, when in
 * hand); null when none is left. Over several years a count adds the years' (the same words or
 * article in two years' passages count in each), exactly as the co-mentions do.
 */
export function tieInYears<T extends Tie>(tie: T, keep: (year: number) => boolean): T | null {
  const years = tie.years.filter(keep);
  if (years.length === tie.years.length) return tie;
  if (!years.length) return null;
  const byYear = Object.fromEntries(Object.entries(tie.strength.byYear).filter(([y]) => keep(Number(y))));
  const sources = Object.fromEntries(Object.entries(tie.sources).filter(([y]) => keep(Number(y))));
  const total = years.length === 1 ? byYear[String(years[0])]! : sumStrength(Object.values(byYear));
  const evidence = tie.evidence?.filter((e) => keep(e.year));
  return { ...tie, years, strength: { total, byYear }, sources, ...(evidence ? { evidence } : {}) };
}

const sumStrength = (list: readonly Strength[]): Strength =>
  list.reduce((s, x) => ({ quotes: s.quotes + x.quotes, articles: s.articles + x.articles, publishers: s.publishers + x.publishers }), { quotes: 0, articles: 0, publishers: 0 });

/** The tie with only the evidence of `year` (all evidence when null); null when none is left. */
export function tieInYear<T extends Tie>(tie: T, year: number | null): T | null {
  return year === null ? tie : tieInYears(tie, (y) => y === year);
}

/** The tie with its evidence about earlier periods included, left out, or alone (over all years); null when none is left. */
export function tieWithEarlier<T extends Tie>(tie: T, mode: EarlierMode, firstYear: number | null): T | null {
  if (mode === "include" || firstYear === null) return tie;
  return tieInYears(tie, mode === "only" ? (y) => y < firstYear : (y) => y >= firstYear);
}

/** How many passages a tie shows: its distinct quotes in the view's time (see `tieInYears`). */
export const quotesOf = (tie: Pick<Tie, "strength">): number => tie.strength.total.quotes;

/** The articles the ties' passages come from (indexes into the graph's articles), in all their years. */
export function sourcesOfTies(ties: readonly Pick<Tie, "sources">[]): Set<number> {
  const out = new Set<number>();
  for (const t of ties) for (const list of Object.values(t.sources)) for (const k of list) out.add(k);
  return out;
}

/** Actors the view shows: core ones, plus the others when asked. */
export function visibleActors(graph: Graph, state: Pick<ViewState, "others">): Actor[] {
  return graph.actors.filter((a) => a.core || state.others);
}

/** Whether a tie passes the type and quad-class filters. */
export function passesTypeFilters(tie: Pick<Tie, "type" | "quadClass">, state: Pick<ViewState, "types" | "quads">): boolean {
  return (!state.types || state.types.includes(tie.type)) && (!state.quads || state.quads.includes(tie.quadClass as QuadClass));
}

type TieFilters = Pick<ViewState, "others" | "types" | "quads" | "year" | "compare"> & Partial<Pick<ViewState, "earlier">>;

/** The last few answers of `visibleTies` per graph, by filters: every panel asks the same question on each change of the view. */
const recentTies = new WeakMap<Graph, { key: string; ties: readonly Tie[] }[]>();
const RECENT = 4;

/**
 * Ties the view shows: both actors visible, type and quad class allowed, and trimmed to the year's
 * evidence. In compare mode, evidence of either compared year is kept. The same filters on the same
 * graph give the same (shared, read-only) array, so selecting an actor does not filter every tie again.
 */
export function visibleTies(graph: Graph, state: TieFilters): readonly Tie[] {
  const key = JSON.stringify([state.others, state.types, state.quads, state.year, state.compare, state.earlier ?? "include"]);
  const recent = recentTies.get(graph) ?? [];
  const hit = recent.find((r) => r.key === key);
  if (hit) return hit.ties;
  const ties = filterTies(graph, state);
  recentTies.set(graph, [{ key, ties }, ...recent].slice(0, RECENT));
  return ties;
}

function filterTies(graph: Graph, state: TieFilters): Tie[] {
  const shown = new Set(visibleActors(graph, state).map((a) => a.id));
  const first = firstYearOf(graph);
  const out: Tie[] = [];
  for (const tie of graph.ties) {
    if (!shown.has(tie.source) || !shown.has(tie.target) || !passesTypeFilters(tie, state)) continue;
    const trimmed = trimToTime(tie, state, first);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

type TimeFilters = Pick<ViewState, "year" | "compare"> & Partial<Pick<ViewState, "earlier">>;

/** A tie trimmed to the view's time: the compared years, the year, or all years with or without earlier periods. */
function trimToTime<T extends Tie>(tie: T, state: TimeFilters, first: number | null): T | null {
  if (state.compare) return inYears(tie, state.compare);
  if (state.year !== null) return tieInYear(tie, state.year);
  return tieWithEarlier(tie, state.earlier ?? "include", first);
}

/** The years of the view's time: the compared years, the year, or all (with or without earlier periods); null for all. */
function yearTest(state: TimeFilters, first: number | null): ((year: number) => boolean) | null {
  const compare = state.compare;
  if (compare) return (y) => compare.includes(y);
  if (state.year !== null) return (y) => y === state.year;
  const earlier = state.earlier ?? "include";
  if (earlier === "include" || first === null) return null;
  return earlier === "only" ? (y) => y < first : (y) => y >= first;
}

/**
 * A co-mention trimmed to the view's time by its counts per year (its sentences too, when in hand);
 * null when none is left. Over several years the count adds the years' (the same words in two years'
 * articles count in each).
 */
export function coMentionInTime(link: CoMention, state: TimeFilters, first: number | null): CoMention | null {
  const keep = yearTest(state, first);
  if (!keep) return link;
  const years = link.years.filter(keep);
  if (years.length === link.years.length) return link;
  if (!years.length) return null;
  const byYear = Object.fromEntries(Object.entries(link.passages.byYear).filter(([y]) => keep(Number(y))));
  const total = Object.values(byYear).reduce((a, b) => a + b, 0);
  const evidence = link.evidence?.filter((e) => keep(e.year));
  return { ...link, years, passages: { total, byYear }, ...(evidence ? { evidence } : {}) };
}

/** Co-mentions between visible actors, trimmed like ties. */
export function visibleCoMentions(graph: Graph, state: Pick<ViewState, "others" | "year" | "compare"> & Partial<Pick<ViewState, "earlier">>): CoMention[] {
  const shown = new Set(visibleActors(graph, state).map((a) => a.id));
  const first = firstYearOf(graph);
  const out: CoMention[] = [];
  for (const link of graph.coMentions) {
    if (!shown.has(link.source) || !shown.has(link.target)) continue;
    const trimmed = coMentionInTime(link, state, first);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

function inYears<T extends Tie>(tie: T, years: readonly number[]): T | null {
  return tieInYears(tie, (y) => years.includes(y));
}

/** How often an actor is mentioned in the year (all years when null). */
export function mentionsIn(actor: Actor, year: number | null): number {
  return year === null ? actor.mentionCount : (actor.mentionsByYear[String(year)] ?? 0);
}

/** The ties of one actor, either end. */
export function tiesOf(ties: readonly Tie[], actorId: string): Tie[] {
  return ties.filter((t) => t.source === actorId || t.target === actorId);
}

/**
 * How a pair stands between two compared years:
 * - "changed": cooperation in one year and conflict in the other, on enough articles in each;
 * - "too-little": it would be changed, but a year has fewer articles on the pair than the threshold;
 * - "both": reported in both years with the same character;
 * - "only-first" / "only-second": reported in one year and not in the other, which says nothing of
 *   the other year beyond what its articles cover;
 * - "gone": reported in the first year, and the second year's articles deny it.
 */
export type CompareStatus = "changed" | "too-little" | "only-second" | "gone" | "only-first" | "both";

/** What stands behind a pair in one compared year. */
export interface YearEvidence {
  quotes: number;
  articles: number;
  publishers: number;
  /** Quad classes found for the pair in that year. */
  quads: QuadClass[];
}

export interface PairComparison {
  /** Unordered pair key "a|b" (alphabetical). */
  pair: string;
  source: string;
  target: string;
  status: CompareStatus;
  /** Quad classes found for the pair in each year. */
  first: QuadClass[];
  second: QuadClass[];
  /** Distinct quotes, articles and publishers on the pair in each year. */
  firstEvidence: YearEvidence;
  secondEvidence: YearEvidence;
  /** The ties of the pair (trimmed to the two years) that the status rests on. */
  ties: Tie[];
}

export interface CompareOptions {
  /** Articles each year needs on the pair before a change between cooperation and conflict is called. */
  minArticles?: number;
  /** The graph's articles (a tie's `sources` index them), to count publishers; an article counts as its own publisher when absent. */
  articles?: readonly Pick<Article, "publisher">[];
  /** The graph's pairs, whose denials tell a tie that is gone from one merely not reported. */
  pairs?: readonly Pair[];
}

const COOPERATION = new Set<QuadClass>(["verbal-cooperation", "material-cooperation"]);

function yearEvidence(group: readonly Tie[], year: number, options: CompareOptions, pair: Pair | undefined): YearEvidence {
  const key = String(year);
  const articles = new Set<number>();
  const quads = new Set<QuadClass>();
  for (const t of group) {
    const sources = t.sources[key];
    if (!sources) continue;
    for (const k of sources) articles.add(k);
    quads.add(t.quadClass);
  }
  const publishers = new Set([...articles].map((k) => options.articles?.[k]?.publisher ?? `#${k}`));
  return { quotes: yearQuotes(group, year, pair), articles: articles.size, publishers: publishers.size, quads: [...quads].sort() };
}

/**
 * Distinct passages of a pair's ties in one year (the same words stating two relations count once):
 * the pair's own count when the view shows all its ties, else counted on the passages when all are in
 * hand, else the ties' counts added.
 */
function yearQuotes(group: readonly Tie[], year: number, pair: Pair | undefined): number {
  if (pair && pair.tieIds.length === group.length && group.every((t) => pair.tieIds.includes(t.id))) return pair.strength.byYear[String(year)]?.quotes ?? 0;
  if (group.every((t) => t.evidence)) {
    const quotes = new Set<string>();
    for (const t of group) for (const e of t.evidence!) if (e.year === year) quotes.add(passageKeyOf(e));
    return quotes.size;
  }
  return group.reduce((n, t) => n + (t.strength.byYear[String(year)]?.quotes ?? 0), 0);
}

/**
 * Compares two years pair by pair, on the years the evidence is about. A pair with evidence in one
 * year and none in the other is reported in one only (never "gone" for want of articles); it is gone
 * when the later year's articles deny a relation the first year reported. Cooperation in one year and
 * conflict in the other is a change only with at least `minArticles` articles on the pair in each year;
 * with fewer it is "too little evidence to compare".
 */
export function compareYears(ties: readonly Tie[], [first, second]: readonly [number, number], options: CompareOptions = {}): PairComparison[] {
  const minArticles = options.minArticles ?? DEFAULT_MIN_ARTICLES;
  const byPair = new Map<string, Tie[]>();
  for (const t of ties) {
    const key = t.source < t.target ? `${t.source}|${t.target}` : `${t.target}|${t.source}`;
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  const pairOf = new Map((options.pairs ?? []).map((p) => [`${p.source}|${p.target}`, p]));
  const result: PairComparison[] = [];
  for (const [pair, group] of byPair) {
    const a = yearEvidence(group, first, options, pairOf.get(pair));
    const b = yearEvidence(group, second, options, pairOf.get(pair));
    if (!a.quotes && !b.quotes) continue;
    const sign = (qs: QuadClass[]) => {
      const coop = qs.filter((q) => COOPERATION.has(q)).length;
      const conflict = qs.length - coop;
      return coop && !conflict ? 1 : conflict && !coop ? -1 : 0;
    };
    let status: CompareStatus;
    if (!b.quotes) {
      const firstTypes = new Set(group.filter((t) => t.years.includes(first)).map((t) => t.type));
      const denied = (pairOf.get(pair)?.denials ?? []).some((d) => d.year === second && firstTypes.has(d.passage.type));
      status = denied ? "gone" : "only-first";
    } else if (!a.quotes) status = "only-second";
    else if (sign(a.quads) === sign(b.quads)) status = "both";
    else status = a.articles >= minArticles && b.articles >= minArticles ? "changed" : "too-little";
    const [source, target] = pair.split("|") as [string, string];
    result.push({ pair, source, target, status, first: a.quads, second: b.quads, firstEvidence: a, secondEvidence: b, ties: group });
  }
  return result.sort((x, y) => x.pair.localeCompare(y.pair));
}
