import type { Coverage } from "../graph/schema";
import { coverageSentence } from "../graph/weigh-labels";
import "./coverage-note.css";

/**
 * What the corpus holds in each of `years`: "The corpus has 4 articles from 4 publishers in 2018",
 * or "No coverage in 2020: …" with a mark, so an empty year is never mistaken for a year with no ties.
 */
export function CoverageNote({ coverage, years }: { coverage: readonly Coverage[]; years: readonly number[] }) {
  if (!years.length) return null;
  return (
    <ul className="tg-coverage" aria-label="Coverage">
      {years.map((year) => {
        const covered = coverage.some((c) => c.year === year);
        return (
          <li key={year} className={covered ? "tg-coverage__year" : "tg-coverage__year tg-coverage__year--none"}>
            {covered ? null : <span aria-hidden="true">∅ </span>}
            {coverageSentence(coverage, year)}
          </li>
        );
      })}
    </ul>
  );
}
