/**
 * Everything between two actors at once: every tie between them (each relation type with its
 * direction), a strip of the corpus's years with how much the pair is quoted in each and how much
 * the corpus holds then, and their weighed pair (tone, contests). Pure: the pair view, the actor
 * panel's partner groups and the search all read it.
 */
import { timeLabel } from "./dates";
import { QUAD_CLASSES } from "./vocabulary";
import { passesTypeFilters, quotesOf, tieInYear, tieInYears } from "./filters";
import type { CoMention, Coverage, Graph, Pair, QuadClass, RelationType, Tie } from "./schema";
import { pairActors } from "./view-state";
import type { ViewState } from "./view-state";
import { pairId as weighedPairId } from "./weigh";

/** One year of the pair: quotes by quad class, relation types quoted, and what the corpus holds then. */
export interface PairYear {
  year: number;
  quotes: number;
  byQuad: Record<QuadClass, number>;
  /** Relation types with a quote this year, in the lexicon's order. */
  types: string[];
  /** Articles (and publishers) the corpus has from this year; 0 is 'no coverage', not 'no ties'. */
  articles: number;
  publishers: number;
  /**
   * The period the year stands for, when all its quotes are about one earlier period the corpus has
   * no articles from ("the 1980s", filed under its last year, 1989); null for a year of its own.
   */
  period: string | null;
}

export interface PairSummary {
  /** The two actor ids, alphabetical. */
  actors: readonly [string, string];
  /** Every tie between them, untrimmed, in the lexicon's order of relation types. */
  ties: Tie[];
  /** The ties as the current view shows them (year, compare, type and quad filters), same order. */
  tiesInView: Tie[];
  /** The sentences naming both without a relation cue, if any. */
  coMention: CoMention | undefined;
  /** Every year of the corpus, ascending, plus any year the pair is quoted in that the corpus lacks. */
  years: PairYear[];
  /** Tone per year and contests, as weighed at compile time. */
  weighed: Pair | undefined;
}

const emptyByQuad = (): Record<QuadClass, number> => Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0])) as Record<QuadClass, number>;

/** The lexicon's order of relation types: alliance before threat, as the legend and filters list them. */
function typeOrder(types: readonly RelationType[]): (a: Tie, b: Tie) => number {
  const order = new Map(types.map((t, i) => [t.id, i]));
  return (a, b) => (order.get(a.type) ?? 999) - (order.get(b.type) ?? 999) || a.type.localeCompare(b.type) || a.source.localeCompare(b.source);
}

/** Trims a tie as the view does: its type and quad class allowed, its evidence in the view's year(s). */
function inView(tie: Tie, state: Pick<ViewState, "types" | "quads" | "year" | "compare">): Tie | null {
  if (!passesTypeFilters(tie, state)) return null;
  const compare = state.compare;
  return compare ? tieInYears(tie, (y) => compare.includes(y)) : tieInYear(tie, state.year);
}

/** The summary of the pair `pairId` ("iran--syria"); undefined when it is not a pair of two actors. */
export function pairSummary(graph: Graph, pairId: string, state: Pick<ViewState, "types" | "quads" | "year" | "compare">): PairSummary | undefined {
  const actors = pairActors(pairId);
  if (!actors) return undefined;
  const [a, b] = actors;
  const between = (t: { source: string; target: string }) => (t.source === a && t.target === b) || (t.source === b && t.target === a);
  const ties = graph.ties.filter(between).sort(typeOrder(graph.relationTypes));
  const tiesInView = ties.map((t) => inView(t, state)).filter((t): t is Tie => t !== null);
  const coMention = graph.coMentions.find(between);

  const coverageByYear = new Map<number, Coverage>(graph.coverage.map((c) => [c.year, c]));
  const yearSet = new Set<number>(graph.coverage.map((c) => c.year));
  for (const t of ties) for (const y of t.years) yearSet.add(y);
  const years = [...yearSet]
    .sort((x, y) => x - y)
    .map((year): PairYear => {
      const byQuad = emptyByQuad();
      const types: string[] = [];
      let quotes = 0;
      const periods = new Set<string>();
      for (const t of ties) {
        const n = t.strength.byYear[String(year)]?.quotes ?? 0;
        if (!n) continue;
        // the period a recalled year's passages state, once they are in hand
        for (const e of t.evidence ?? []) if (e.year === year) periods.add(timeLabel(e.time, e.published));
        quotes += n;
        byQuad[t.quadClass] += n;
        if (!types.includes(t.type)) types.push(t.type);
      }
      const coverage = coverageByYear.get(year);
      const articles = coverage?.articles ?? 0;
      const [only] = periods;
      const period = articles === 0 && periods.size === 1 && only !== undefined && only !== String(year) ? only : null;
      return { year, quotes, byQuad, types, articles, publishers: coverage?.publishers.length ?? 0, period };
    });
  const weighed = graph.pairs.find((p) => p.id === weighedPairId(a, b));
  return { actors, ties, tiesInView, coMention, years, weighed };
}

/** For one actor, its partners (the other end of each tie) with that pair's ties, most quoted pair first. */
export function tiesByPartner(ties: readonly Tie[], actorId: string, types: readonly RelationType[]): { partnerId: string; ties: Tie[]; quotes: number }[] {
  const byPartner = new Map<string, Tie[]>();
  for (const t of ties) {
    if (t.source !== actorId && t.target !== actorId) continue;
    const other = t.source === actorId ? t.target : t.source;
    byPartner.set(other, [...(byPartner.get(other) ?? []), t]);
  }
  const order = typeOrder(types);
  return [...byPartner]
    .map(([partnerId, group]) => ({ partnerId, ties: group.sort(order), quotes: group.reduce((n, t) => n + quotesOf(t), 0) }))
    .sort((x, y) => y.quotes - x.quotes || x.partnerId.localeCompare(y.partnerId));
}
