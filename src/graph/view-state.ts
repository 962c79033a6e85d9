/**
 * The URL is the state of every view that can be shared: pure converters between a location
 * (path + query, as the hash router gives them) and a typed `ViewState`, and `cleanViewState`, which
 * checks the ids against the graph so an unknown id becomes a not-found message instead of a crash.
 *
 * Paths: /  ·  /actor/:actorId  ·  /tie/:tieId  ·  /pair/:a--:b  ·  /read/:articleId  ·  /sources  ·  /table  ·  /review
 * Query: year=2018 | compare=2018,2024 · types=alliance,threat · quads=material-conflict ·
 *        others=1 (show non-core actors) · comentions=1 · evidence=<evidence id> (in the reader) ·
 *        tie=<tie id> (reader: the tie whose evidence next/previous walk through; table: selected row) ·
 *        pair=<a--b> (table: only the ties of that pair) ·
 *        order=publisher|claimant (the evidence list; date when absent) · voice=publisher (only quotes
 *        in the publisher's own voice) · earlier=exclude|only (evidence about a period before the
 *        corpus's first year: left out of all years, or shown alone; included when absent) ·
 *        min=<n> (compare: articles needed in each year to call a change; 2 when absent) ·
 *        review: queue=stated (stated evidence instead of candidates) · article=<id> · pair=<a--b> ·
 *        types=<type> · year=<y> (its filters) · item=<evidence or candidate id> (the one shown) ·
 *        reading=compiler (every view: the compiler's reading only, no editor's decisions)
 *
 * A year is not an id: a year the corpus has no articles from is kept, so the views can say
 * 'no coverage' instead of showing an empty result.
 */
import { QUAD_CLASSES } from "./vocabulary";
import type { Graph, QuadClass } from "./schema";

export type ViewName = "graph" | "table" | "sources" | "reader" | "review";

/** The Review view's queues: the compiler's candidate readings, or the stated evidence (unchecked first). */
export const REVIEW_QUEUES = ["candidates", "stated"] as const;
export type ReviewQueue = (typeof REVIEW_QUEUES)[number];

/** How the evidence list is ordered. */
export const EVIDENCE_ORDERS = ["date", "publisher", "claimant"] as const;
export type EvidenceOrder = (typeof EVIDENCE_ORDERS)[number];

/** What to do, over all years, with evidence about a period before the corpus's first year. */
export const EARLIER_MODES = ["include", "exclude", "only"] as const;
export type EarlierMode = (typeof EARLIER_MODES)[number];

/** How many articles each compared year needs on a pair before the comparison calls it changed. */
export const DEFAULT_MIN_ARTICLES = 2;
const MAX_MIN_ARTICLES = 99;

export interface ViewState {
  view: ViewName;
  /** The selected actor (graph or table view). */
  actorId: string | null;
  /** The selected tie (or co-mention) whose evidence is open. */
  tieId: string | null;
  /** The selected pair of actors, "iran--syria" (ids in alphabetical order): every tie between them. */
  pairId: string | null;
  /** The article open in the reader, and the passage in it. */
  articleId: string | null;
  evidenceId: string | null;
  /** One year, or null for all years. Ignored while comparing. */
  year: number | null;
  /** Two years compared, the earlier first. */
  compare: readonly [number, number] | null;
  /** Over all years: evidence about earlier periods included, excluded, or shown alone. Ignored for one year or a comparison. */
  earlier: EarlierMode;
  /** Compare: articles needed in each year on a pair before a change between cooperation and conflict is called. */
  minArticles: number;
  /** Relation types shown; null means all. */
  types: readonly string[] | null;
  /** Quad classes shown; null means all. */
  quads: readonly QuadClass[] | null;
  /** Show actors that are not core. */
  others: boolean;
  /** Show untyped co-mentions as faint links. */
  coMentions: boolean;
  /** The order of the evidence list. */
  evidenceOrder: EvidenceOrder;
  /** List only the quotes the publisher states in its own voice. */
  publisherVoiceOnly: boolean;
  /** Review: which queue is shown (its filters are articleId, pairId, types, year; its item evidenceId). */
  reviewQueue: ReviewQueue;
  /** Show the compiler's reading only: no editor's decisions, from the file or this browser. */
  compilerOnly: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  view: "graph",
  actorId: null,
  tieId: null,
  pairId: null,
  articleId: null,
  evidenceId: null,
  year: null,
  compare: null,
  earlier: "include",
  minArticles: DEFAULT_MIN_ARTICLES,
  types: null,
  quads: null,
  others: false,
  coMentions: false,
  evidenceOrder: "date",
  publisherVoiceOnly: false,
  reviewQueue: "candidates",
  compilerOnly: false,
};

const MAX_PARAM = 200;
const YEAR = /^\d{4}$/;

function decode(segment: string | undefined): string | null {
  if (!segment) return null;
  try {
    const s = decodeURIComponent(segment);
    return s.length > MAX_PARAM ? null : s;
  } catch {
    return null;
  }
}

function list(value: string | null): string[] | null {
  if (value === null) return null;
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  return items.length ? [...new Set(items)].sort() : [];
}

/** Reads a location. Never throws: junk yields the default for that field. */
export function parseViewState(pathname: string, search: string): ViewState {
  const parts = pathname.split("/").filter(Boolean);
  const q = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_VIEW };
  const [head, id] = parts;
  if (head === "actor") state.actorId = decode(id) ?? "";
  else if (head === "tie") state.tieId = decode(id) ?? "";
  else if (head === "pair") state.pairId = canonicalPair(decode(id)) ?? "";
  else if (head === "read") {
    state.view = "reader";
    state.articleId = decode(id) ?? "";
    state.evidenceId = decode(q.get("evidence") ?? undefined);
    state.tieId = decode(q.get("tie") ?? undefined);
  } else if (head === "sources") state.view = "sources";
  else if (head === "review") {
    state.view = "review";
    state.articleId = decode(q.get("article") ?? undefined);
    state.evidenceId = decode(q.get("item") ?? undefined);
    const pair = decode(q.get("pair") ?? undefined);
    state.pairId = pair === null ? null : (canonicalPair(pair) ?? "");
    if (q.get("queue") === "stated") state.reviewQueue = "stated";
  }
  else if (head === "table") {
    state.view = "table";
    state.actorId = decode(q.get("actor") ?? undefined);
    state.tieId = decode(q.get("tie") ?? undefined);
    const pair = decode(q.get("pair") ?? undefined);
    state.pairId = pair === null ? null : (canonicalPair(pair) ?? "");
  } else if (head !== undefined) {
    state.view = "graph";
    state.actorId = ""; // an unknown path: reported as not found by cleanViewState
  }
  const year = q.get("year");
  if (year && YEAR.test(year)) state.year = Number(year);
  const compare = (q.get("compare") ?? "").split(",");
  if (compare.length === 2 && compare.every((y) => YEAR.test(y)) && compare[0] !== compare[1]) {
    const [a, b] = compare.map(Number).sort((x, y) => x - y) as [number, number];
    state.compare = [a, b];
  }
  const earlier = q.get("earlier");
  if (earlier === "exclude" || earlier === "only") state.earlier = earlier;
  const min = q.get("min");
  if (min && /^\d{1,2}$/.test(min) && Number(min) >= 1) state.minArticles = Math.min(Number(min), MAX_MIN_ARTICLES);
  state.types = list(q.get("types"));
  const quads = list(q.get("quads"));
  state.quads = quads ? quads.filter((x): x is QuadClass => (QUAD_CLASSES as readonly string[]).includes(x)) : null;
  state.others = q.get("others") === "1";
  state.coMentions = q.get("comentions") === "1";
  const order = q.get("order");
  state.evidenceOrder = (EVIDENCE_ORDERS as readonly string[]).includes(order ?? "") ? (order as EvidenceOrder) : "date";
  state.publisherVoiceOnly = q.get("voice") === "publisher";
  state.compilerOnly = q.get("reading") === "compiler";
  return state;
}

/** The location (path + query) of a view; `parseViewState(toLocation(s))` gives `s` back. */
export function toLocation(state: ViewState): string {
  let path = "/";
  const q = new URLSearchParams();
  if (state.view === "reader" && state.articleId !== null) {
    path = `/read/${encodeURIComponent(state.articleId)}`;
    if (state.evidenceId) q.set("evidence", state.evidenceId);
    if (state.tieId) q.set("tie", state.tieId);
  } else if (state.view === "sources") path = "/sources";
  else if (state.view === "review") {
    path = "/review";
    if (state.reviewQueue !== "candidates") q.set("queue", state.reviewQueue);
    if (state.articleId) q.set("article", state.articleId);
    if (state.pairId) q.set("pair", state.pairId);
    if (state.evidenceId) q.set("item", state.evidenceId);
  } else if (state.view === "table") {
    path = "/table";
    if (state.actorId) q.set("actor", state.actorId);
    if (state.tieId) q.set("tie", state.tieId);
    if (state.pairId) q.set("pair", state.pairId);
  } else if (state.tieId !== null) path = `/tie/${encodeURIComponent(state.tieId)}`;
  else if (state.pairId !== null) path = `/pair/${encodeURIComponent(state.pairId)}`;
  else if (state.actorId !== null) path = `/actor/${encodeURIComponent(state.actorId)}`;
  if (state.compare) q.set("compare", state.compare.join(","));
  else if (state.year !== null) q.set("year", String(state.year));
  else if (state.earlier !== "include") q.set("earlier", state.earlier);
  if (state.compare && state.minArticles !== DEFAULT_MIN_ARTICLES) q.set("min", String(state.minArticles));
  if (state.types) q.set("types", [...state.types].sort().join(","));
  if (state.quads) q.set("quads", [...state.quads].sort().join(","));
  if (state.others) q.set("others", "1");
  if (state.coMentions) q.set("comentions", "1");
  if (state.evidenceOrder !== "date") q.set("order", state.evidenceOrder);
  if (state.publisherVoiceOnly) q.set("voice", "publisher");
  if (state.compilerOnly) q.set("reading", "compiler");
  const query = q.toString().replace(/%2C/g, ",");
  return query ? `${path}?${query}` : path;
}

/** The two actor ids of a pair id ("iran--syria" → ["iran", "syria"]); null when it is not one. */
export function pairActors(pairId: string | null): readonly [string, string] | null {
  if (!pairId) return null;
  const parts = pairId.split("--");
  return parts.length === 2 && parts[0] && parts[1] && parts[0] !== parts[1] ? [parts[0], parts[1]] : null;
}

/** The pair id of two actors, in alphabetical order whichever comes first: "iran--syria". */
export function pairOf(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

/** A pair id read from a URL, put in alphabetical order ("syria--iran" → "iran--syria"); null when it is not a pair. */
function canonicalPair(id: string | null): string | null {
  const actors = pairActors(id);
  return actors ? pairOf(actors[0], actors[1]) : null;
}

export interface CleanResult {
  state: ViewState;
  /** What the URL named that the graph does not have, in the user's words ("actor 'narnia'"). */
  notFound: string[];
}

interface GraphIds {
  actorIds: ReadonlySet<string>;
  tieIds: ReadonlySet<string>;
  articleIds: ReadonlySet<string>;
  relationTypeIds: ReadonlySet<string>;
}

/** The ids of a graph, built once per graph (a graph is never changed once loaded). */
const idsByGraph = new WeakMap<Graph, GraphIds>();

function graphIds(graph: Graph): GraphIds {
  let ids = idsByGraph.get(graph);
  if (!ids) {
    ids = {
      actorIds: new Set(graph.actors.map((a) => a.id)),
      tieIds: new Set([...graph.ties.map((t) => t.id), ...graph.coMentions.map((c) => c.id)]),
      articleIds: new Set(graph.articles.map((a) => a.id)),
      relationTypeIds: new Set(graph.relationTypes.map((t) => t.id)),
    };
    idsByGraph.set(graph, ids);
  }
  return ids;
}

/**
 * Checks every id against the graph; unknown ids are dropped from the state and reported. Every view
 * calls this on every change of the location, so the graph's ids are looked up, not collected anew.
 */
export function cleanViewState(state: ViewState, graph: Graph): CleanResult {
  const notFound: string[] = [];
  const next: ViewState = { ...state };
  const { actorIds, tieIds, articleIds, relationTypeIds: known } = graphIds(graph);
  if (next.actorId !== null && !actorIds.has(next.actorId)) {
    notFound.push(next.actorId ? `actor '${next.actorId}'` : "that page");
    next.actorId = null;
  }
  if (next.tieId !== null && !tieIds.has(next.tieId)) {
    notFound.push(next.tieId ? `tie '${next.tieId}'` : "that tie");
    next.tieId = null;
  }
  if (next.pairId !== null) {
    const actors = pairActors(next.pairId);
    if (!actors || !actors.every((a) => actorIds.has(a))) {
      notFound.push(next.pairId ? `pair '${next.pairId}'` : "that pair");
      next.pairId = null;
    }
  }
  if (next.view === "reader" && (next.articleId === null || !articleIds.has(next.articleId))) {
    notFound.push(next.articleId ? `article '${next.articleId}'` : "that article");
    next.view = "graph";
    next.articleId = null;
    next.evidenceId = null;
  }
  if (next.view === "review" && next.articleId !== null && !articleIds.has(next.articleId)) {
    notFound.push(next.articleId ? `article '${next.articleId}'` : "that article");
    next.articleId = null;
  }
  if (next.types) {
    const unknown = next.types.filter((t) => !known.has(t));
    if (unknown.length) notFound.push(`relation type ${unknown.map((t) => `'${t}'`).join(", ")}`);
    next.types = next.types.filter((t) => known.has(t));
  }
  return { state: next, notFound };
}
