/**
 * What the network draws, derived from the graph and the view state: nodes with their size and
 * counts, one edge per tie (and per co-mention when shown) with its slot among parallel arcs, and
 * the compare status of each tie and pair. Pure: shared by the SVG, the legend and the tests.
 */
import { compareYears, mentionsIn, quotesOf, visibleActors, visibleCoMentions, visibleTies, type CompareStatus } from "../../graph/filters";
import type { Actor, ActorKind, Graph, QuadClass } from "../../graph/schema";
import type { ViewState } from "../../graph/view-state";
import { nodeRadius } from "./edge-style";

/** An actor as drawn. */
export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  color: string;
  core: boolean;
  /** Mentions in the selected year (all years when none). */
  mentions: number;
  /** Ties the view shows at this actor. */
  tieCount: number;
  r: number;
}

/** A tie or co-mention as drawn. */
export interface NetworkEdge {
  id: string;
  kind: "tie" | "co-mention";
  source: string;
  target: string;
  /** Alphabetical pair key "a|b", shared by every edge between the same two actors. */
  pair: string;
  directed: boolean;
  quadClass: QuadClass | null;
  typeLabel: string;
  evidenceCount: number;
  years: number[];
  /** Position among the pair's parallel edges, and how many there are. */
  slot: number;
  slots: number;
  /** In compare mode: whether this tie has evidence in the first year, the second, or both. */
  compare: CompareStatus | null;
}

/** The compare mark of a pair of actors, drawn at the middle of their edges. */
export interface PairMark {
  pair: string;
  source: string;
  target: string;
  status: CompareStatus;
}

/** Everything the network view draws. */
export interface NetworkModel {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  marks: PairMark[];
}

type NetworkViewState = Pick<ViewState, "others" | "types" | "quads" | "year" | "compare" | "coMentions"> & Partial<Pick<ViewState, "earlier" | "minArticles">>;

/** Alphabetical key of an unordered pair of actor ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Builds the network for a view. Core actors are always drawn; other actors (when shown) only if the
 * view has a tie, co-mention or mention for them, so empty names do not clutter the picture.
 */
export function buildNetwork(graph: Graph, state: NetworkViewState): NetworkModel {
  const ties = visibleTies(graph, state);
  const coMentions = state.coMentions ? visibleCoMentions(graph, state) : [];
  const typeById = new Map(graph.relationTypes.map((t) => [t.id, t]));
  // While comparing, size by the mentions of the two compared years together.
  const mentionsOf = (a: Actor) =>
    state.compare ? state.compare.reduce((sum, y) => sum + (a.mentionsByYear[String(y)] ?? 0), 0) : mentionsIn(a, state.year);

  const tieCount = new Map<string, number>();
  const linked = new Set<string>();
  for (const t of ties) {
    tieCount.set(t.source, (tieCount.get(t.source) ?? 0) + 1);
    tieCount.set(t.target, (tieCount.get(t.target) ?? 0) + 1);
    linked.add(t.source).add(t.target);
  }
  for (const c of coMentions) linked.add(c.source).add(c.target);

  const nodes: NetworkNode[] = visibleActors(graph, state)
    .map((a) => {
      const mentions = mentionsOf(a);
      return { id: a.id, name: a.name, kind: a.kind, color: a.color, core: a.core, mentions, tieCount: tieCount.get(a.id) ?? 0, r: nodeRadius(mentions) };
    })
    .filter((n) => n.core || linked.has(n.id) || n.mentions > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = new Set(nodes.map((n) => n.id));

  const tieStatus = (years: readonly number[]): CompareStatus | null => {
    if (!state.compare) return null;
    const [first, second] = state.compare;
    const inFirst = years.includes(first);
    const inSecond = years.includes(second);
    return inFirst && inSecond ? "both" : inFirst ? "only-first" : "only-second";
  };

  const edges: NetworkEdge[] = [];
  for (const t of ties) {
    if (!shown.has(t.source) || !shown.has(t.target)) continue;
    const type = typeById.get(t.type);
    edges.push({
      id: t.id,
      kind: "tie",
      source: t.source,
      target: t.target,
      pair: pairKey(t.source, t.target),
      directed: t.direction === "directed",
      quadClass: t.quadClass,
      typeLabel: type?.label ?? t.type,
      evidenceCount: quotesOf(t),
      years: t.years,
      slot: 0,
      slots: 1,
      compare: tieStatus(t.years),
    });
  }
  for (const c of coMentions) {
    if (!shown.has(c.source) || !shown.has(c.target)) continue;
    edges.push({
      id: c.id,
      kind: "co-mention",
      source: c.source,
      target: c.target,
      pair: pairKey(c.source, c.target),
      directed: false,
      quadClass: null,
      typeLabel: "Named together",
      evidenceCount: c.passages.total,
      years: c.years,
      slot: 0,
      slots: 1,
      compare: tieStatus(c.years),
    });
  }
  assignSlots(edges);

  const marks: PairMark[] = state.compare
    ? compareYears(ties.filter((t) => shown.has(t.source) && shown.has(t.target)), state.compare, {
        minArticles: state.minArticles,
        articles: graph.articles,
        pairs: graph.pairs,
      }).map((p) => ({
        pair: p.pair,
        source: p.source,
        target: p.target,
        status: p.status,
      }))
    : [];
  return { nodes, edges, marks };
}

/**
 * Gives each edge its slot among the parallel edges of its pair: ties ordered by quad class then type
 * (so the same pair always fans out the same way), co-mentions in the middle-most free slot last.
 */
function assignSlots(edges: NetworkEdge[]): void {
  const byPair = new Map<string, NetworkEdge[]>();
  for (const e of edges) byPair.set(e.pair, [...(byPair.get(e.pair) ?? []), e]);
  for (const group of byPair.values()) {
    group.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
    group.forEach((e, i) => {
      e.slot = i;
      e.slots = group.length;
    });
  }
}

const QUAD_RANK: Record<QuadClass, number> = {
  "material-cooperation": 0,
  "verbal-cooperation": 1,
  "verbal-conflict": 2,
  "material-conflict": 3,
};

function rank(e: NetworkEdge): number {
  return e.quadClass ? QUAD_RANK[e.quadClass] : 4;
}

/** "Iran, state, named in 42 sentences, 9 ties": a node's accessible name, in the actor panel's words. */
export function nodeLabel(n: NetworkNode, pinned = false): string {
  return `${n.name}, ${n.kind}, named in ${plural(n.mentions, "sentence")}, ${plural(n.tieCount, "tie")}${pinned ? ", pinned" : ""}`;
}

const COMPARE_WORDS: Record<CompareStatus, (a: number, b: number) => string> = {
  "only-first": (a, b) => `reported in ${a}, not in ${b}`,
  "only-second": (a, b) => `reported in ${b}, not in ${a}`,
  gone: (_a, b) => `denied in ${b}`,
  "too-little": () => "too little evidence to compare",
  both: (a, b) => `in ${a} and ${b}`,
  changed: () => "changed between cooperation and conflict",
};

/** What a compare status means, in words, for the two compared years. */
export function compareWords(status: CompareStatus, years: readonly [number, number]): string {
  return COMPARE_WORDS[status](years[0], years[1]);
}

/** "Iran to Syria: Military cooperation, 5 quotes, 2018": an edge's accessible name. */
export function edgeLabel(e: NetworkEdge, nameOf: (id: string) => string, compare: readonly [number, number] | null = null): string {
  const ends = e.directed ? `${nameOf(e.source)} to ${nameOf(e.target)}` : `${nameOf(e.source)} and ${nameOf(e.target)}`;
  const what = e.kind === "co-mention" ? `named together, ${plural(e.evidenceCount, "sentence")}` : `${e.typeLabel}, ${plural(e.evidenceCount, "quote")}`;
  const status = compare && e.compare ? `, ${compareWords(e.compare, compare)}` : "";
  return `${ends}: ${what}, ${e.years.join(", ")}${status}`;
}

/** "1 tie", "9 ties". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The actors a selection highlights: both ends of the selected edge or pair ("a|b"), or the selected
 * actor and its neighbours; null when nothing is selected (nothing is dimmed).
 */
export function focusOf(model: NetworkModel, selectedActor: string | null, selectedEdge: NetworkEdge | null, selectedPair: string | null = null): Set<string> | null {
  if (selectedEdge) return new Set([selectedEdge.source, selectedEdge.target]);
  if (selectedPair) return new Set(selectedPair.split("|"));
  if (!selectedActor) return null;
  const set = new Set([selectedActor]);
  for (const e of model.edges) {
    if (e.source === selectedActor) set.add(e.target);
    if (e.target === selectedActor) set.add(e.source);
  }
  return set;
}

/** Above this many co-mention links, the weakest are left out of the picture until asked for. */
export const CO_MENTION_MAX = 50;

/**
 * The model with its co-mentions thinned by weight: when there are more than `max`, only those named
 * together in at least `floor` sentences are kept, `floor` the smallest that keeps at most `max`.
 * Ties are never thinned. Returns the model as is (floor 1) when there are few enough.
 */
export function thinCoMentions(model: NetworkModel, max = CO_MENTION_MAX): { model: NetworkModel; floor: number; hidden: number; total: number } {
  const co = model.edges.filter((e) => e.kind === "co-mention");
  if (co.length <= max) return { model, floor: 1, hidden: 0, total: co.length };
  let floor = 2;
  while (co.filter((e) => e.evidenceCount >= floor).length > max) floor++;
  // Copies: the slots are assigned anew, and the unthinned model keeps its own.
  const edges = model.edges.filter((e) => e.kind === "tie" || e.evidenceCount >= floor).map((e) => ({ ...e }));
  assignSlots(edges);
  return { model: { ...model, edges }, floor, hidden: model.edges.length - edges.length, total: co.length };
}
