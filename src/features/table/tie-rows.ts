/**
 * The rows of the ties table: one per tie, with every column as a sortable value, plus sorting and
 * the free-text filter. Pure.
 */
import { sourcesOfTies } from "../../graph/filters";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { Actor, QuadClass, RelationType, Tie } from "../../graph/schema";
import { actorName } from "../../graph/tie-labels";

/** One tie as the table shows it. */
export interface TieRow {
  tie: Tie;
  source: string;
  target: string;
  relation: string;
  quadClass: QuadClass;
  quad: string;
  direction: string;
  quotes: number;
  /** Sorts by the earliest year, then by the count of years. */
  years: readonly number[];
  articles: number;
}

export const COLUMNS = ["source", "target", "relation", "quad", "direction", "quotes", "years", "articles"] as const;
export type ColumnKey = (typeof COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

/** Numeric columns sort most first on the first click; text columns A to Z. */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnKey> = new Set(["quotes", "articles"]);

/** Builds the rows for `ties`, naming actors and types from the graph. */
export function tieRows(ties: readonly Tie[], actorsById: ReadonlyMap<string, Actor>, types: readonly RelationType[]): TieRow[] {
  const labels = new Map(types.map((t) => [t.id, t.label]));
  return ties.map((tie) => ({
    tie,
    source: actorName(actorsById, tie.source),
    target: actorName(actorsById, tie.target),
    relation: labels.get(tie.type) ?? tie.type,
    quadClass: tie.quadClass,
    quad: QUAD_CLASS_LABELS[tie.quadClass],
    direction: tie.direction === "directed" ? "Directed" : "Mutual",
    quotes: tie.strength.total.quotes,
    years: [...tie.years].sort((a, b) => a - b),
    articles: sourcesOfTies([tie]).size,
  }));
}

function compare(a: TieRow, b: TieRow, key: ColumnKey): number {
  switch (key) {
    case "quotes":
    case "articles":
      return a[key] - b[key];
    case "years":
      return (a.years[0] ?? 0) - (b.years[0] ?? 0) || a.years.length - b.years.length;
    default:
      return a[key].localeCompare(b[key]);
  }
}

/** Rows sorted by `key`; ties broken by source, target and relation so the order is stable. */
export function sortRows(rows: readonly TieRow[], key: ColumnKey, direction: SortDirection): TieRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b, key) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.relation.localeCompare(b.relation),
  );
}

/** Rows whose actors, relation or quad class contain every word of `query` (case-insensitive). */
export function filterRows(rows: readonly TieRow[], query: string): TieRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((row) => {
    const text = `${row.source} ${row.target} ${row.relation} ${row.tie.type} ${row.quad}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
