/**
 * What an export contains: the actors and ties of the current view (the same filters as the network
 * and the table), and a file name that says which filters were on, so a file on disk tells what it
 * holds. Pure.
 */
import { visibleActors, visibleCoMentions, visibleTies } from "../filters";
import type { Actor, CoMention, Graph, Tie } from "../schema";
import type { ViewState } from "../view-state";

/** The slice of the graph an export writes. */
export interface ExportScope {
  graph: Graph;
  actors: Actor[];
  ties: readonly Tie[];
  coMentions: CoMention[];
  /** In words, for file metadata: "2018 · relation types: Alliance, Threat · core actors". */
  description: string;
  /** For file names: "2018_types-alliance+threat_core-actors". */
  slug: string;
}

type ScopeState = Pick<ViewState, "others" | "types" | "quads" | "year" | "compare" | "coMentions">;

/** The actors and ties the view shows, trimmed to its years, with a name for the filters. */
export function exportScope(graph: Graph, state: ScopeState): ExportScope {
  const actors = visibleActors(graph, state);
  const ties = visibleTies(graph, state);
  const coMentions = state.coMentions ? visibleCoMentions(graph, state) : [];
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
  return { graph, actors, ties, coMentions, description: words.join(" · "), slug: slugParts.join("_") };
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

/** How many pieces of evidence of a tie fall in each year, ascending. */
export function evidenceByYear(tie: Pick<Tie, "evidence">): [number, number][] {
  const counts = new Map<number, number>();
  for (const e of tie.evidence) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b);
}
