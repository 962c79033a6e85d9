/**
 * What a view shows, derived from the graph and the view state: pure functions shared by the network,
 * the panels and the table, so every view counts the same ties and the same evidence.
 */
import type { Actor, CoMention, Evidence, Graph, QuadClass, Tie } from "./schema";
import type { ViewState } from "./view-state";

/** Every year that has at least one article, ascending (never hard-coded). */
export function yearsOf(graph: Graph): number[] {
  return [...new Set(graph.articles.map((a) => a.year))].sort((a, b) => a - b);
}

/** The tie with only the evidence of `year` (all evidence when null); null when none is left. */
export function tieInYear<T extends Tie | CoMention>(tie: T, year: number | null): T | null {
  if (year === null) return tie;
  const evidence = tie.evidence.filter((e: Evidence) => e.year === year);
  return evidence.length ? { ...tie, evidence, years: [year] } : null;
}

/** Actors the view shows: core ones, plus the others when asked. */
export function visibleActors(graph: Graph, state: Pick<ViewState, "others">): Actor[] {
  return graph.actors.filter((a) => a.core || state.others);
}

/** Whether a tie passes the type and quad-class filters. */
export function passesTypeFilters(tie: Pick<Tie, "type" | "quadClass">, state: Pick<ViewState, "types" | "quads">): boolean {
  return (!state.types || state.types.includes(tie.type)) && (!state.quads || state.quads.includes(tie.quadClass as QuadClass));
}

type TieFilters = Pick<ViewState, "others" | "types" | "quads" | "year" | "compare">;

/** The last few answers of `visibleTies` per graph, by filters: every panel asks the same question on each change of the view. */
const recentTies = new WeakMap<Graph, { key: string; ties: readonly Tie[] }[]>();
const RECENT = 4;

/**
 * Ties the view shows: both actors visible, type and quad class allowed, and trimmed to the year's
 * evidence. In compare mode, evidence of either compared year is kept. The same filters on the same
 * graph give the same (shared, read-only) array, so selecting an actor does not filter every tie again.
 */
export function visibleTies(graph: Graph, state: TieFilters): readonly Tie[] {
  const key = JSON.stringify([state.others, state.types, state.quads, state.year, state.compare]);
  const recent = recentTies.get(graph) ?? [];
  const hit = recent.find((r) => r.key === key);
  if (hit) return hit.ties;
  const ties = filterTies(graph, state);
  recentTies.set(graph, [{ key, ties }, ...recent].slice(0, RECENT));
  return ties;
}

function filterTies(graph: Graph, state: TieFilters): Tie[] {
  const shown = new Set(visibleActors(graph, state).map((a) => a.id));
  const out: Tie[] = [];
  for (const tie of graph.ties) {
    if (!shown.has(tie.source) || !shown.has(tie.target) || !passesTypeFilters(tie, state)) continue;
    const trimmed = state.compare ? inYears(tie, state.compare) : tieInYear(tie, state.year);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** Co-mentions between visible actors, trimmed like ties. */
export function visibleCoMentions(graph: Graph, state: Pick<ViewState, "others" | "year" | "compare">): CoMention[] {
  const shown = new Set(visibleActors(graph, state).map((a) => a.id));
  const out: CoMention[] = [];
  for (const link of graph.coMentions) {
    if (!shown.has(link.source) || !shown.has(link.target)) continue;
    const trimmed = state.compare ? inYears(link, state.compare) : tieInYear(link, state.year);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

function inYears<T extends Tie | CoMention>(tie: T, years: readonly number[]): T | null {
  const evidence = tie.evidence.filter((e) => years.includes(e.year));
  return evidence.length ? { ...tie, evidence, years: [...new Set(evidence.map((e) => e.year))].sort((a, b) => a - b) } : null;
}

/** How often an actor is mentioned in the year (all years when null). */
export function mentionsIn(actor: Actor, year: number | null): number {
  return year === null ? actor.mentionCount : (actor.mentionsByYear[String(year)] ?? 0);
}

/** The ties of one actor, either end. */
export function tiesOf(ties: readonly Tie[], actorId: string): Tie[] {
  return ties.filter((t) => t.source === actorId || t.target === actorId);
}

export type CompareStatus = "only-first" | "only-second" | "both" | "changed";

export interface PairComparison {
  /** Unordered pair key "a|b" (alphabetical). */
  pair: string;
  source: string;
  target: string;
  status: CompareStatus;
  /** Quad classes found for the pair in each year. */
  first: QuadClass[];
  second: QuadClass[];
  /** The ties of the pair (trimmed to the two years) that the status rests on. */
  ties: Tie[];
}

const COOPERATION = new Set<QuadClass>(["verbal-cooperation", "material-cooperation"]);

/**
 * Compares two years pair by pair: ties found only in the first year, only in the second, in both
 * with the same character, or changed (cooperation in one year and conflict in the other, where the
 * pair's dominant sign flips).
 */
export function compareYears(ties: readonly Tie[], [first, second]: readonly [number, number]): PairComparison[] {
  const byPair = new Map<string, Tie[]>();
  for (const t of ties) {
    const key = t.source < t.target ? `${t.source}|${t.target}` : `${t.target}|${t.source}`;
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  const result: PairComparison[] = [];
  for (const [pair, group] of byPair) {
    const quadsIn = (year: number) => [...new Set(group.filter((t) => t.evidence.some((e) => e.year === year)).map((t) => t.quadClass))].sort();
    const a = quadsIn(first);
    const b = quadsIn(second);
    if (!a.length && !b.length) continue;
    const sign = (qs: QuadClass[]) => {
      const coop = qs.filter((q) => COOPERATION.has(q)).length;
      const conflict = qs.length - coop;
      return coop && !conflict ? 1 : conflict && !coop ? -1 : 0;
    };
    let status: CompareStatus;
    if (!b.length) status = "only-first";
    else if (!a.length) status = "only-second";
    else status = sign(a) !== sign(b) ? "changed" : "both";
    const [source, target] = pair.split("|") as [string, string];
    result.push({ pair, source, target, status, first: a, second: b, ties: group });
  }
  return result.sort((x, y) => x.pair.localeCompare(y.pair));
}
