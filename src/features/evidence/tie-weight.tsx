import type { Strength, Tie } from "../../graph/schema";
import { strengthSentence } from "../../graph/weigh-labels";

const NONE: Strength = { quotes: 0, articles: 0, publishers: 0 };

/**
 * How much stands behind a tie: quotes, articles and publishers over all years and in the view's
 * year(s), a 'single source' badge when one article of one publisher is all there is, and a
 * 'contested' badge when passages on the pair disagree. Badges are words, not colour alone.
 */
export function TieWeight({ tie, years, contests }: { tie: Tie; years: readonly number[]; contests: number }) {
  return (
    <div className="tg-weight" role="group" aria-label="Strength">
      <p className="tg-weight__line">
        <span className="tg-weight__label">Supported by</span> {strengthSentence(tie.strength.total)}
        {years.length ? "" : " (all years)"}
      </p>
      {years.map((year) => (
        <p className="tg-weight__line" key={year}>
          <span className="tg-weight__label">In {year}:</span> {strengthSentence(tie.strength.byYear[String(year)] ?? NONE)}
        </p>
      ))}
      {tie.singleSource || contests > 0 ? (
        <p className="tg-weight__badges">
          {tie.singleSource ? (
            <span className="tg-badge tg-badge--single" title="All its quotes come from one article of one publisher: no other source confirms it">
              <span aria-hidden="true">①</span> Single source
            </span>
          ) : null}
          {contests > 0 ? (
            <span className="tg-badge tg-badge--contested" title="Passages on these two actors disagree: see them side by side below">
              <span aria-hidden="true">≠</span> Contested
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
