/**
 * The words and marks of a comparison between two years, shared by the compare list, the network's
 * marks and its legend, so every place says the same thing. Pure.
 */
import type { CompareStatus, YearEvidence } from "./filters";
import type { Coverage } from "./schema";
import { coverageIn } from "./weigh-labels";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The mark of each status, in the order the compare list groups them. */
export const COMPARE_MARKS: Record<CompareStatus, string> = {
  changed: "⇄",
  "too-little": "?",
  "only-second": "+",
  gone: "×",
  "only-first": "−",
  both: "=",
};

/** The statuses in the order they are listed. */
export const COMPARE_ORDER = Object.keys(COMPARE_MARKS) as CompareStatus[];

/** What each status means, for the two compared years `a` → `b`. */
export function compareTitle(status: CompareStatus, a: number, b: number): string {
  switch (status) {
    case "changed":
      return "Changed between cooperation and conflict";
    case "too-little":
      return "Too little evidence to compare";
    case "only-second":
      return `Reported in ${b}, not reported in ${a}`;
    case "gone":
      return `Gone: ${b}’s articles deny it`;
    case "only-first":
      return `Reported in ${a}, not reported in ${b}`;
    case "both":
      return `Reported in both, same character`;
  }
}

/** "4 articles, 4 publishers" for one year of the corpus (by publication), or "no articles". */
export function coverageWords(coverage: readonly Coverage[], year: number): string {
  const c = coverageIn(coverage, year);
  return c.articles ? `${plural(c.articles, "article", "articles")}, ${plural(c.publishers.length, "publisher", "publishers")}` : "no articles";
}

/** "2018: 4 articles, 4 publishers · 2024: 1 article, 1 publisher". */
export function coverageLine(coverage: readonly Coverage[], years: readonly number[]): string {
  return years.map((y) => `${y}: ${coverageWords(coverage, y)}`).join(" · ");
}

/** "6 quotes in 3 articles", or "none". */
export function yearEvidenceWords(e: Pick<YearEvidence, "quotes" | "articles">): string {
  return e.quotes ? `${plural(e.quotes, "quote", "quotes")} in ${plural(e.articles, "article", "articles")}` : "none";
}

/** "a change needs 2 articles in each year". */
export function thresholdWords(minArticles: number): string {
  return `a change between cooperation and conflict needs ${plural(minArticles, "article", "articles")} on the pair in each year`;
}
