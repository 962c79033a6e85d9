/**
 * What the printed report of a selected actor or tie says: its ties in the current view, each tie's
 * evidence, and the articles cited, numbered in order of first citation. Pure.
 */
import { formatPublished } from "../../graph/dates";
import { groupPassages } from "../../graph/passages";
import { visibleTies } from "../../graph/filters";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { Article, Evidence, FullTie, Graph, QuadClass, Tie } from "../../graph/schema";
import { directionSentence } from "../../graph/tie-labels";
import { claimantLabel } from "../../graph/weigh-labels";
import type { ViewState } from "../../graph/view-state";

export interface ReportTie {
  tie: Tie;
  /** "Iran and Syria: Alliance (Verbal cooperation)". */
  heading: string;
  /** "Mutual" / "Iran acts on Syria"-style sentence. */
  direction: string;
  /**
   * One entry per passage: the same words in several articles (syndicated copy) are printed once,
   * `evidence` the first copy, with every copy's article cited (`citations`; `citation` the first),
   * and who says so ("According to Alinejad", "In the publisher’s voice").
   */
  evidence: { evidence: Evidence; citation: number; citations: number[]; claimant: string }[];
}

export interface Report {
  title: string;
  /** The view the report follows: years and filters. */
  scope: string;
  ties: ReportTie[];
  citations: { number: number; article: Article; date: string }[];
}

/** The ties a report of the view lists (the selected tie, or else the selected actor's, most quoted first) and its title; null when nothing is selected. */
export function reportSelection(graph: Graph, state: ViewState): { ties: Tie[]; title: string } | null {
  const shown = visibleTies(graph, state);
  const name = new Map(graph.actors.map((a) => [a.id, a.name]));
  const typeLabel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const nameOf = (id: string) => name.get(id) ?? id;
  if (state.tieId) {
    const tie = shown.find((t) => t.id === state.tieId) ?? graph.ties.find((t) => t.id === state.tieId);
    if (!tie) return null;
    return { ties: [tie], title: `${nameOf(tie.source)} and ${nameOf(tie.target)}: ${typeLabel.get(tie.type) ?? tie.type}` };
  }
  if (state.actorId && name.has(state.actorId)) {
    const id = state.actorId;
    const ties = shown.filter((t) => t.source === id || t.target === id).sort((a, b) => b.strength.total.quotes - a.strength.total.quotes || a.id.localeCompare(b.id));
    return { ties, title: `${nameOf(id)}: its ties` };
  }
  return null;
}

/**
 * The report of the view's selected tie, or else its selected actor; null when nothing is selected.
 * The ties' evidence must be in hand (see `reportSelection` for which ties): throws when it is not.
 */
export function buildReport(graph: Graph, state: ViewState): Report | null {
  const selection = reportSelection(graph, state);
  if (!selection) return null;
  const { title } = selection;
  const ties = selection.ties.map((t) => {
    if (!t.evidence) throw new Error(`the evidence of '${t.id}' is not loaded`);
    return t as FullTie;
  });
  const name = new Map(graph.actors.map((a) => [a.id, a.name]));
  const typeLabel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const nameOf = (id: string) => name.get(id) ?? id;
  const actorsById = new Map(graph.actors.map((a) => [a.id, a]));
  const articles = new Map(graph.articles.map((a) => [a.id, a]));
  const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));
  const numbers = new Map<string, number>();
  const cite = (articleId: string) => {
    if (!numbers.has(articleId)) numbers.set(articleId, numbers.size + 1);
    return numbers.get(articleId)!;
  };
  const reportTies = ties.map((tie) => ({
    tie,
    heading: `${nameOf(tie.source)} and ${nameOf(tie.target)}: ${typeLabel.get(tie.type) ?? tie.type} (${QUAD_CLASS_LABELS[tie.quadClass as QuadClass]})`,
    direction: directionSentence(tie.direction, nameOf(tie.source), nameOf(tie.target)),
    evidence: groupPassages(tie.evidence, publisherOf).map((g) => {
      const citations = [...new Set(g.copies.map((e) => cite(e.articleId)))];
      return { evidence: g.copies[0]!, citation: citations[0]!, citations, claimant: claimantLabel(g.copies[0]!.claimant, actorsById) };
    }),
  }));
  const citations = [...numbers].flatMap(([articleId, number]) => {
    const article = articles.get(articleId);
    return article ? [{ number, article, date: formatPublished(article.published, article.precision) }] : [];
  });
  const years = state.compare ? `${state.compare[0]} and ${state.compare[1]}` : state.year !== null ? String(state.year) : "all years";
  const filters = [state.types ? `relation types: ${state.types.map((t) => typeLabel.get(t) ?? t).join(", ")}` : null, state.quads ? `quad classes: ${state.quads.map((q) => QUAD_CLASS_LABELS[q]).join(", ")}` : null].filter(Boolean);
  return { title, scope: [years, ...filters].join(" · "), ties: reportTies, citations };
}
