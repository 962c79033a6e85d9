/**
 * CSV for spreadsheets: one row per piece of evidence (RFC 4180: comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break), starting with a byte-order mark so
 * spreadsheet programs read it as UTF-8. Pure.
 */
import { QUAD_CLASS_LABELS } from "../vocabulary";
import type { QuadClass } from "../schema";
import type { ExportScope } from "./export-scope";

/** The header row, in column order. */
export const CSV_COLUMNS = ["source", "target", "type", "quad class", "year", "publisher", "article", "quote", "published", "article id", "tie id", "evidence id"] as const;

function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every piece of evidence of the scope's ties, one row each, ties in scope order. */
export function writeEvidenceCsv(scope: ExportScope): string {
  const actorName = new Map(scope.graph.actors.map((a) => [a.id, a.name]));
  const typeLabel = new Map(scope.graph.relationTypes.map((t) => [t.id, t.label]));
  const articles = new Map(scope.graph.articles.map((a) => [a.id, a]));
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const t of scope.ties) {
    for (const e of t.evidence) {
      const article = articles.get(e.articleId);
      rows.push(
        [
          actorName.get(t.source) ?? t.source,
          actorName.get(t.target) ?? t.target,
          typeLabel.get(t.type) ?? t.type,
          QUAD_CLASS_LABELS[t.quadClass as QuadClass],
          e.year,
          article?.publisher ?? "",
          article?.title ?? e.articleId,
          e.quote,
          e.published,
          e.articleId,
          t.id,
          e.id,
        ]
          .map(field)
          .join(","),
      );
    }
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
