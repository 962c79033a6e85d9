/**
 * The measures of weight in words: who claims a quote, how strong a tie is, a tone score, a contest
 * and what the corpus covers in a year. Pure, so the panels, the reader and the tests agree.
 */
import type { Actor, Claimant, Contest, Coverage, Strength } from "./schema";

/**
 * "In the publisher’s voice", "According to Iran’s Minister of Defense Amir Hatami (Iran)", or
 * "According to an unnamed source (“observers”)".
 */
export function claimantLabel(claimant: Claimant, actorsById: ReadonlyMap<string, Actor>): string {
  if (claimant.kind === "publisher" || claimant.text === null) return "In the publisher’s voice";
  const actor = claimant.actorId ? actorsById.get(claimant.actorId) : undefined;
  const speaksFor = actor && actor.name !== claimant.text ? ` (${actor.name})` : "";
  // Unnamed sources keep their exact words, quoted, after saying they are unnamed.
  if (claimant.kind === "unnamed") return `According to an unnamed source (“${claimant.text}”)${speaksFor}`;
  return `According to ${claimant.text}${speaksFor}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "10 quotes in 4 articles from 4 publishers". */
export function strengthSentence(s: Strength): string {
  return `${plural(s.quotes, "quote", "quotes")} in ${plural(s.articles, "article", "articles")} from ${plural(s.publishers, "publisher", "publishers")}`;
}

/** "+5.2", "−3.0" or "0.0": a tone score with its sign, one decimal. */
export function toneLabel(score: number): string {
  const fixed = Math.abs(score).toFixed(1);
  return score > 0 ? `+${fixed}` : score < 0 ? `−${fixed}` : fixed;
}

/** What a contest means, in a sentence. */
export const CONTEST_KIND_LABELS: Record<Contest["kind"], string> = {
  negation: "One passage denies what the other states",
  "opposite-quad-classes": "One passage states cooperation, the other conflict",
};

/** The years a view is limited to: none (all years), the chosen year, or the two compared. */
export function viewYears(state: { year: number | null; compare: readonly [number, number] | null }): number[] {
  return state.compare ? [...state.compare] : state.year !== null ? [state.year] : [];
}

/** The corpus in one year: its coverage, or zero articles when it has none. */
export function coverageIn(coverage: readonly Coverage[], year: number): Coverage | { year: number; articles: 0; publishers: [] } {
  return coverage.find((c) => c.year === year) ?? { year, articles: 0, publishers: [] };
}

/** Of `years`, those the corpus has no articles from. */
export function yearsWithoutCoverage(coverage: readonly Coverage[], years: readonly number[]): number[] {
  return years.filter((y) => coverageIn(coverage, y).articles === 0);
}

/** "No coverage in 2020: the corpus has no articles from that year" (or "2020 and 2021 … those years"). */
export function noCoverageSentence(years: readonly number[]): string {
  return `No coverage in ${years.join(" and ")}: the corpus has no articles from ${years.length === 1 ? "that year" : "those years"}`;
}

/** "The corpus has 4 articles from 4 publishers in 2018", or the no-coverage sentence. */
export function coverageSentence(coverage: readonly Coverage[], year: number): string {
  const c = coverageIn(coverage, year);
  if (c.articles === 0) return noCoverageSentence([year]);
  return `The corpus has ${plural(c.articles, "article", "articles")} from ${plural(c.publishers.length, "publisher", "publishers")} in ${year}`;
}
