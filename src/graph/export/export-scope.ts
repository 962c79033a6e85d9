/**
 * What an export contains: the actors and ties of the current view (the same filters as the network
 * and the table), and a file name that says which filters were on, so a file on disk tells what it
 * holds. Pure.
 */
import { visibleActors, visibleCoMentions, visibleTies } from "../filters";
import type { Actor, CoMention, FullTie, Graph, GraphWithEvidence, Tie } from "../schema";
import type { ViewState } from "../view-state";

/** The slice of the graph an export writes. */
export interface ExportScope {
  graph: Graph;
  actors: Actor[];
  ties: readonly Tie[];
  coMentions: CoMention[];
  /** The years the view is limited to (one, or the two compared); null for all years. */
  years: readonly number[] | null;
  /** In words, for file metadata: "2018 · relation types: Alliance, Threat · core actors". */
  description: string;
  /** For file names: "2018_types-alliance+threat_core-actors". */
  slug: string;
}

/** A scope whose ties have their evidence in hand: what the files are written from. */
export type FullScope = Omit<ExportScope, "ties"> & { ties: readonly FullTie[] };

/** The scope, once its ties' evidence is in hand (see store/link-evidence.ts); throws, naming a tie, when some is not. */
export function withTieEvidence(scope: ExportScope): FullScope {
  const missing = scope.ties.filter((t) => !t.evidence);
  if (missing.length) throw new Error(`the evidence of ${missing.length} tie(s) is not loaded (${missing[0]!.id} first)`);
  return scope as FullScope;
}

type ScopeState = Pick<ViewState, "others" | "types" | "quads" | "year" | "compare" | "coMentions">;

/** Choices that belong to the export, not to the view. */
export interface ExportOptions {
  /**
   * Keep the actors the scope's articles never name. Left out by default: a gazetteer entry nobody
   * mentions is an isolated node that skews degree and centrality in the tools the files are for.
   */
  keepUnmentioned?: boolean;
}

/** How often the actor is named in `years` (all years when null). */
export function mentionsInYears(actor: Pick<Actor, "mentionCount" | "mentionsByYear">, years: readonly number[] | null): number {
  return years === null ? actor.mentionCount : years.reduce((sum, y) => sum + (actor.mentionsByYear[String(y)] ?? 0), 0);
}

/**
 * The actors and ties the view shows, trimmed to its years, with a name for the filters. Actors with
 * no mention in those years are left out unless asked for, but never one at the end of an exported
 * tie or co-mention (a relation read through a reference back, "the kingdom", names no one).
 */
export function exportScope(graph: GraphWithEvidence, state: ScopeState, options?: ExportOptions): FullScope;
export function exportScope(graph: Graph, state: ScopeState, options?: ExportOptions): ExportScope;
export function exportScope(graph: Graph, state: ScopeState, options: ExportOptions = {}): ExportScope {
  const ties = visibleTies(graph, state);
  const coMentions = state.coMentions ? visibleCoMentions(graph, state) : [];
  const scopeYears = state.compare ? [...state.compare] : state.year !== null ? [state.year] : null;
  const linked = new Set([...ties, ...coMentions].flatMap((t) => [t.source, t.target]));
  const actors = visibleActors(graph, state).filter((a) => options.keepUnmentioned || linked.has(a.id) || mentionsInYears(a, scopeYears) > 0);
  const years = state.compare ? `${state.compare[0]}-vs-${state.compare[1]}` : state.year !== null ? String(state.year) : "all-years";
  const typeLabel = new Map(graph.relationTypes.map((t) => [t.id, t.label]));
  const slugParts = [years];
  const words = [state.compare ? `${state.compare[0]} and ${state.compare[1]}` : state.year !== null ? String(state.year) : "all years"];
  if (state.types) {
    slugParts.push(`types-${state.types.join("+") || "none"}`);
    words.push(`relation types: ${state.types.map((t) => typeLabel.get(t) ?? t).join(", ") || "none"}`);
  }
  if (state.quads) {
    slugParts.push(`quads-${state.quads.join("+") || "none"}`);
    words.push(`quad classes: ${state.quads.join(", ") || "none"}`);
  }
  slugParts.push(state.others ? "all-actors" : "core-actors");
  words.push(state.others ? "all actors" : "core actors");
  if (state.coMentions) {
    slugParts.push("with-co-mentions");
    words.push("with co-mentions");
  }
  if (options.keepUnmentioned) {
    slugParts.push("with-unmentioned");
    words.push("with actors not mentioned");
  }
  return { graph, actors, ties, coMentions, years: scopeYears, description: words.join(" · "), slug: slugParts.join("_") };
}

/** `tiegraph_<filters>.<extension>`, e.g. `tiegraph_2018_core-actors.gexf`. */
export function exportFileName(scope: Pick<ExportScope, "slug">, extension: string): string {
  return `tiegraph_${scope.slug}.${extension}`;
}

/** Escapes text for an XML attribute or element (also drops characters XML 1.0 forbids). */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `#1f77b4` as the three channels GEXF's viz:color wants. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
