/**
 * CSV for spreadsheets: one row per piece of evidence (RFC 4180: comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break), starting with a byte-order mark so
 * spreadsheet programs read it as UTF-8.
 *
 * Safe to open: a text cell that begins with `=`, `+`, `-`, `@`, a tab, a carriage return or a NUL
 * would be run as a formula by Excel, LibreOffice or Google Sheets, so it is written with an
 * apostrophe in front (OWASP's CSV-injection guidance). A cell that already begins with apostrophes
 * before one of those characters gets one more, so `csvCellText` gives back the exact words of any
 * cell; the graph JSON export holds them untouched. Numbers are never prefixed. Pure.
 */
import type { Tie } from "../schema";
import type { FullScope } from "./export-scope";
import { tieFactsOf } from "./tie-facts";

/** The header row, in column order. */
export const CSV_COLUMNS = [
  "source",
  "target",
  "type",
  "quad class",
  "year",
  "publisher",
  "article",
  "quote",
  "published",
  "article id",
  "tie id",
  "evidence id",
  "direction",
  "quote direction",
  "claimant kind",
  "claimant",
  "claimant actor",
  "historical",
  "historical period",
  "single source",
  "contested",
  "date precision",
] as const;

const FORMULA_START = /^'*[=+\-@\t\r\0]/;

/** A text cell as written: with an apostrophe in front when a spreadsheet would read it as a formula. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The exact text of a cell the CSV export wrote (undoes `guardCell`). */
export function csvCellText(cell: string): string {
  return /^'+[=+\-@\t\r\0]/.test(cell) ? cell.slice(1) : cell;
}

function field(value: string | number | boolean): string {
  const s = typeof value === "string" ? guardCell(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every piece of evidence of the scope's ties, one row each, ties in scope order. */
export function writeEvidenceCsv(scope: FullScope): string {
  const actorName = new Map(scope.graph.actors.map((a) => [a.id, a.name]));
  const articles = new Map(scope.graph.articles.map((a) => [a.id, a]));
  const factsOf = tieFactsOf(scope);
  const name = (id: string) => actorName.get(id) ?? id;
  const rows: string[] = [CSV_COLUMNS.join(",")];
  const quoteDirection = (t: Tie, d: string) => (d === "mutual" ? "mutual" : d === "source-to-target" ? `${name(t.source)} → ${name(t.target)}` : `${name(t.target)} → ${name(t.source)}`);
  for (const t of scope.ties) {
    const facts = factsOf(t);
    for (const e of t.evidence) {
      const article = articles.get(e.articleId);
      const row: (string | number | boolean)[] = [
        name(t.source),
        name(t.target),
        facts.typeLabel,
        facts.quadClassLabel,
        e.year,
        article?.publisher ?? "",
        article?.title ?? e.articleId,
        e.quote,
        e.published,
        e.articleId,
        t.id,
        e.id,
        t.direction,
        quoteDirection(t, e.direction),
        e.claimant.kind,
        e.claimant.text ?? "",
        e.claimant.actorId ? name(e.claimant.actorId) : "",
        e.historical !== null,
        e.historical?.period ?? "",
        facts.singleSource,
        facts.contested,
        article?.precision ?? "",
      ];
      rows.push(row.map(field).join(","));
    }
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
