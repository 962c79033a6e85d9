/**
 * An editor's decisions, applied in the browser: the same judgement calls as `data/curation.yaml`
 * (confirm, reject, retype a piece of evidence by its id; add one from a passage), shown at once in
 * the graph, the panels and the counts. Pure. The application works per tie, on the tie, its evidence
 * list and the decisions, so it never needs every piece of evidence of the graph in memory at once:
 * what a decision moves to another tie (a retype) or makes (an add) carries its own passage.
 */
import { evidenceId } from "../compile/evidence-id";
import type { Evidence, FullTie, Graph, RelationType, Tie } from "./schema";
import { PUBLISHER_VOICE } from "./vocabulary";
import type { CurationEntry } from "./curation-entries";
import { articleIndex, isSingleSource, pairId, sourcesOf, strengthOf, weighPairs, type Denial } from "./weigh";
import type { Pair } from "./schema";

/** The passage a retype or an add puts into a tie: enough to make its evidence without the old tie. */
export interface DecidedPassage {
  articleId: string;
  published: string;
  year: number;
  quote: string;
  start: number;
  end: number;
  /** Who acts on whom as decided; `mutual` when neither. */
  source: string;
  target: string;
  mutual: boolean;
}

/** One decision: a curation entry, when it was made, and for a retype or an add, its passage. */
export type Decision = {
  /** The evidence id the decision is about (for an add, the id its evidence gets). */
  evidenceId: string;
  /** Milliseconds since 1970: a later decision on the same evidence replaces an earlier one. */
  at: number;
  entry: CurationEntry;
  passage?: DecidedPassage;
  /** The candidate an add accepted (or a dismissal rejected), so the Review queue knows it is decided. */
  candidateId?: string;
  /**
   * A candidate rejected: it changes no tie and has no curation entry (candidates are not evidence);
   * kept in the browser so the queue does not ask again.
   */
  dismissed?: boolean;
};

/** The decisions in force: the last one for each evidence id (dismissed candidates change nothing). */
export function decisionsInForce(decisions: readonly Decision[]): Map<string, Decision> {
  const byId = new Map<string, Decision>();
  for (const d of [...decisions].sort((a, b) => a.at - b.at)) if (!d.dismissed) byId.set(d.evidenceId, d);
  return byId;
}

/** The evidence id of an added passage, exactly as the compiler makes it. */
export function addedEvidenceId(p: Pick<DecidedPassage, "articleId" | "start" | "end" | "source" | "target">, type: string): string {
  return evidenceId(p, p.source, p.target, type);
}

/** The tie id a pair and type belong to, as the compiler names it. */
export function tieIdOf(a: string, b: string, type: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${type}--${x}--${y}`;
}

/** What one tie keeps after the decisions, and the passages it gives to other ties (retyped). */
export interface TieAfterDecisions {
  /** The tie's evidence an editor did not reject or move, marked as checked where confirmed. */
  kept: Evidence[];
  /** Retyped pieces: they belong to the tie of their new type. */
  moved: { type: string; evidence: Evidence; passage: DecidedPassage }[];
}

/** Applies the decisions to one tie's evidence (its own list: a page of it, or all of it). */
export function applyDecisionsToTie(tie: Pick<Tie, "source" | "target">, evidence: readonly Evidence[], decisions: ReadonlyMap<string, Decision>): TieAfterDecisions {
  const kept: Evidence[] = [];
  const moved: TieAfterDecisions["moved"] = [];
  for (const e of evidence) {
    const d = decisions.get(e.id);
    if (!d) {
      kept.push(e);
      continue;
    }
    const { entry } = d;
    const note = entry.note ? { note: entry.note } : {};
    if (entry.action === "reject") continue;
    if (entry.action === "confirm") kept.push({ ...e, curation: e.curation ?? "confirmed", ...note });
    else if (entry.action === "retype" && entry.type) {
      const [agent, target] = e.direction === "target-to-source" ? [tie.target, tie.source] : [tie.source, tie.target];
      const passage: DecidedPassage = { articleId: e.articleId, published: e.published, year: e.year, quote: e.quote, start: e.start, end: e.end, source: agent, target, mutual: e.direction === "mutual" };
      moved.push({ type: entry.type, passage, evidence: { ...e, curation: "retyped", ...note } });
    } else kept.push(e);
  }
  return { kept, moved };
}

/** Evidence for an added passage, as the compiler writes it (publisher's voice, the publication's time). */
export function addedEvidence(passage: DecidedPassage, type: string, note: string | undefined, precision: Evidence["time"]["precision"]): Evidence {
  return {
    id: addedEvidenceId(passage, type),
    articleId: passage.articleId,
    published: passage.published,
    year: passage.year,
    time: { from: passage.published, to: passage.published, precision, approximate: false, words: null, start: null, end: null },
    quote: passage.quote,
    start: passage.start,
    end: passage.end,
    cue: { text: passage.quote, start: passage.start, end: passage.end, pattern: "curated" },
    direction: "mutual",
    origin: "curated",
    curation: "added",
    historical: null,
    claimant: PUBLISHER_VOICE,
    ...(note ? { note } : {}),
  };
}

const byEvidenceOrder = (a: Evidence, b: Evidence) =>
  (a.published < b.published ? -1 : a.published > b.published ? 1 : 0) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A tie made (again) from its pieces, each with who acts in it: source, direction, years and strength
 * as the compiler's aggregate sets them. Null when no piece is left: a tie whose evidence is all
 * rejected disappears.
 */
export function tieFromPieces(
  type: RelationType,
  pair: readonly [string, string],
  pieces: readonly { evidence: Evidence; agent: string | null }[],
  publisherOf: ReadonlyMap<string, string>,
  indexOf: ReadonlyMap<string, number>,
): FullTie | null {
  if (!pieces.length) return null;
  const [a, b] = pair[0] < pair[1] ? [pair[0], pair[1]] : [pair[1], pair[0]];
  const acts = new Map<string, number>();
  for (const p of pieces) if (p.agent) acts.set(p.agent, (acts.get(p.agent) ?? 0) + 1);
  const source = type.directed && (acts.get(b) ?? 0) > (acts.get(a) ?? 0) ? b : a;
  const target = source === a ? b : a;
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const p of pieces) {
    if (seen.has(p.evidence.id)) continue;
    seen.add(p.evidence.id);
    const direction = !type.directed || !p.agent ? "mutual" : p.agent === source ? "source-to-target" : "target-to-source";
    evidence.push({ ...p.evidence, direction });
  }
  evidence.sort(byEvidenceOrder);
  const strength = strengthOf(evidence, publisherOf);
  return {
    id: tieIdOf(a, b, type.id),
    source,
    target,
    type: type.id,
    quadClass: type.quadClass,
    direction: type.directed && acts.size === 1 && acts.has(source) ? "directed" : "mutual",
    years: [...new Set(evidence.map((e) => e.year))].sort((x, y) => x - y),
    evidence,
    strength,
    sources: sourcesOf(evidence, indexOf),
    singleSource: isSingleSource(strength),
  };
}

/**
 * The pairs the decisions are about ("pair--a--b"): applying them needs the evidence of every tie of
 * these pairs in hand (a pair is weighed again on all its ties), and of no other.
 */
export function pairsDecidedOn(decisions: readonly Decision[]): Set<string> | "all" {
  const pairs = new Set<string>();
  for (const d of decisions) {
    if (d.dismissed) continue;
    const pair = decidedPair(d);
    if (!pair) return "all";
    pairs.add(pair);
  }
  return pairs;
}

/** The pair a decision is about, from its passage (every decision the app makes has one); null when it has none. */
const decidedPair = (d: Decision): string | null => (d.passage ? pairId(d.passage.source, d.passage.target) : null);

/** The pairs with a tie whose evidence is not in hand. */
const pairsLacking = (graph: Pick<Graph, "ties">): Set<string> => new Set(graph.ties.filter((t) => !t.evidence).map((t) => pairId(t.source, t.target)));

/** Whether a decision's pair lacks evidence (a decision of no known pair, while any pair does). */
const lacksEvidence = (d: Decision, lacking: ReadonlySet<string>): boolean => {
  const pair = decidedPair(d);
  return pair ? lacking.has(pair) : lacking.size > 0;
};

/** Who acts in a piece of a tie, by its direction. */
function agentOf(tie: Pick<Tie, "source" | "target">, e: Evidence): string | null {
  return e.direction === "mutual" ? null : e.direction === "source-to-target" ? tie.source : tie.target;
}

/**
 * The graph with the decisions applied: rejected pieces gone (and ties left with none), confirmed
 * ones marked, retyped ones moved to the tie of their type, added ones in the tie of their pair and
 * type. Returns the same graph object when no decision changes anything. Only the pairs whose ties
 * all have their evidence in hand are decided on (see `pairsDecidedOn`): the others are left as they
 * are until it is fetched.
 */
export function applyDecisions(graph: Graph, decisions: readonly Decision[]): Graph {
  if (!decisions.length) return graph;
  const lacking = pairsLacking(graph);
  const inForce = new Map([...decisionsInForce(decisions)].filter(([, d]) => !lacksEvidence(d, lacking)));
  if (!inForce.size) return graph;
  const typeById = new Map(graph.relationTypes.map((t) => [t.id, t]));
  const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));
  const precisionOf = new Map(graph.articles.map((a) => [a.id, a.precision]));
  const indexOf = articleIndex(graph.articles);
  const extra = new Map<string, { type: RelationType; pair: [string, string]; pieces: { evidence: Evidence; agent: string | null }[] }>();
  const give = (typeId: string, passage: DecidedPassage, evidence: Evidence) => {
    const type = typeById.get(typeId);
    if (!type) return;
    const id = tieIdOf(passage.source, passage.target, typeId);
    const slot = extra.get(id) ?? { type, pair: [passage.source, passage.target], pieces: [] };
    slot.pieces.push({ evidence, agent: passage.mutual || !type.directed ? null : passage.source });
    extra.set(id, slot);
  };
  const ties: Tie[] = [];
  let changed = false;
  const touched = new Set<string>();
  for (const tie of graph.ties) {
    if (!tie.evidence?.some((e) => inForce.has(e.id))) {
      ties.push(tie);
      continue;
    }
    changed = true;
    touched.add(tie.id);
    const { kept, moved } = applyDecisionsToTie(tie, tie.evidence, inForce);
    for (const m of moved) give(m.type, m.passage, { ...m.evidence, id: addedEvidenceId(m.passage, m.type) });
    const type = typeById.get(tie.type);
    const again = type ? tieFromPieces(type, [tie.source, tie.target], kept.map((e) => ({ evidence: e, agent: agentOf(tie, e) })), publisherOf, indexOf) : null;
    if (again) ties.push(again);
  }
  const present = new Set(graph.ties.flatMap((t) => (t.evidence ?? []).map((e) => e.id)));
  for (const d of inForce.values()) {
    if (d.entry.action !== "add" || !d.passage || present.has(d.evidenceId)) continue;
    const precision = precisionOf.get(d.passage.articleId);
    if (!precision) continue;
    changed = true;
    give(d.entry.type, d.passage, addedEvidence(d.passage, d.entry.type, d.entry.note, precision));
  }
  if (!changed) return graph;
  // merge what was moved or added into the ties of its pair and type (in hand: decided pairs are)
  const out: Tie[] = [];
  for (const tie of ties) {
    const more = extra.get(tie.id);
    if (!more) {
      out.push(tie);
      continue;
    }
    extra.delete(tie.id);
    touched.add(tie.id);
    const type = typeById.get(tie.type)!;
    const merged = tieFromPieces(type, [tie.source, tie.target], [...(tie.evidence ?? []).map((e) => ({ evidence: e, agent: agentOf(tie, e) })), ...more.pieces], publisherOf, indexOf);
    if (merged) out.push(merged);
  }
  for (const slot of extra.values()) {
    const made = tieFromPieces(slot.type, slot.pair, slot.pieces, publisherOf, indexOf);
    if (made) out.push(made);
  }
  out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const tiesByType: Record<string, number> = {};
  for (const t of graph.relationTypes) tiesByType[t.id] = out.filter((tie) => tie.type === t.id).length;
  // the pairs whose ties changed are weighed again (tone, contests), the others kept as they are
  const before = new Set(graph.ties.map((t) => t.id));
  const touchedPairs = new Set([...graph.ties.filter((t) => touched.has(t.id)), ...out.filter((t) => !before.has(t.id))].map((t) => pairId(t.source, t.target)));
  return {
    ...graph,
    ties: out,
    pairs: reweighPairs(graph, out, touchedPairs, publisherOf),
    stats: { ...graph.stats, ties: out.length, evidence: graph.stats.evidence + out.reduce((s, t) => s + (t.evidence?.length ?? 0), 0) - graph.ties.reduce((s, t) => s + (t.evidence?.length ?? 0), 0), tiesByType },
  };
}

/**
 * `graph.pairs` with the pairs in `touched` weighed again on `ties`, as the compiler weighs them: tone,
 * contests (with the pairs' own denying sentences) and strength; a pair left without ties dropped.
 */
export function reweighPairs(graph: Pick<Graph, "pairs" | "relationTypes" | "ties">, ties: readonly Tie[], touched: ReadonlySet<string>, publisherOf: ReadonlyMap<string, string>): Pair[] {
  if (!touched.size) return graph.pairs;
  const touchedTies = ties.filter((t): t is FullTie => touched.has(pairId(t.source, t.target)) && t.evidence !== undefined);
  // The denying sentences are the pairs' own (no decision touches them); who acts in each is not kept
  // in the graph, so it is taken from the passage it contested, else either actor may (a denial of
  // "Y supports X" met by "X supports Y" is then contested here and not by the compiler: rare).
  const agentOfEvidence = new Map<string, string>();
  for (const t of graph.ties) for (const e of t.evidence ?? []) if (e.direction !== "mutual") agentOfEvidence.set(e.id, e.direction === "source-to-target" ? t.source : t.target);
  const denials: Denial[] = [];
  for (const p of graph.pairs) {
    if (!touched.has(p.id)) continue;
    for (const d of p.denials) {
      const contest = p.contested.find((c) => c.kind === "negation" && c.b.articleId === d.passage.articleId && c.b.start === d.passage.start);
      const known = contest?.a.evidenceId ? agentOfEvidence.get(contest.a.evidenceId) : undefined;
      // unknown: either way (weighPairs keeps one denial and one contest per sentence)
      for (const agent of known ? [known] : [p.source, p.target]) {
        const target = agent === p.source ? p.target : p.source;
        denials.push({ articleId: d.passage.articleId, published: d.passage.published, year: d.year, quote: d.passage.quote, start: d.passage.start, end: d.passage.end, reading: { agent, target, typeId: d.passage.type } });
      }
    }
  }
  const out = graph.pairs.filter((p) => !touched.has(p.id));
  out.push(...weighPairs(touchedTies, denials, graph.relationTypes, publisherOf));
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Decisions whose evidence the graph (and the candidates) no longer have: the extractor changed. */
export function staleDecisions(decisions: readonly Decision[], graph: Graph, candidateIds: ReadonlySet<string>): Decision[] {
  const present = new Set(graph.ties.flatMap((t) => (t.evidence ?? []).map((e) => e.id)));
  // a decision on a pair whose evidence is not in hand cannot be told stale yet
  const lacking = pairsLacking(graph);
  const articles = new Set(graph.articles.map((a) => a.id));
  return [...decisionsInForce(decisions).values()].filter((d) =>
    d.dismissed ? false : d.entry.action === "add" ? !articles.has(d.entry.article) : !lacksEvidence(d, lacking) && !present.has(d.evidenceId) && !candidateIds.has(d.evidenceId),
  );
}

/** The curation entries of the decisions in force, in the order they were made. */
export function curationEntries(decisions: readonly Decision[]): CurationEntry[] {
  return [...decisionsInForce(decisions).values()].filter((d) => !d.dismissed).sort((a, b) => a.at - b.at).map((d) => d.entry);
}

/** Every id a decision settles: its evidence and the candidate it came from (accepted or dismissed). */
export function decidedIds(decisions: readonly Decision[]): Set<string> {
  const ids = new Set<string>();
  for (const d of decisions) {
    ids.add(d.evidenceId);
    if (d.candidateId) ids.add(d.candidateId);
  }
  return ids;
}
