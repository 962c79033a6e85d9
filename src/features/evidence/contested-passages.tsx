import type { Article, Contest, Passage, RelationType } from "../../graph/schema";
import { CONTEST_KIND_LABELS } from "../../graph/weigh-labels";
import { DateLabel } from "../../ui/date-label";
import { QuoteActions } from "../../ui/evidence-quote";

/** What a side of a contest says: "States: Material support", "Denies: …", "Conflict: Threat". */
function sideLabel(passage: Passage, kind: Contest["kind"], types: readonly RelationType[]): string {
  const type = types.find((t) => t.id === passage.type)?.label ?? passage.type;
  if (kind === "negation") return `${passage.negated ? "Denies" : "States"}: ${type}`;
  return `${passage.quadClass.endsWith("cooperation") ? "Cooperation" : "Conflict"}: ${type}`;
}

interface ContestedPassagesProps {
  contests: readonly Contest[];
  pairName: string;
  types: readonly RelationType[];
  articlesById: ReadonlyMap<string, Article>;
  /** The reader link for a passage. */
  readHref: (passage: Passage) => string;
}

/**
 * Every contradiction on the pair, the two passages side by side: each with its words, its source,
 * a link to the passage in the reader and its citation.
 */
export function ContestedPassages({ contests, pairName, types, articlesById, readHref }: ContestedPassagesProps) {
  if (!contests.length) return null;
  return (
    <section className="tg-contests" aria-label="Contested">
      <h3 className="tg-evidence__subhead">
        <span aria-hidden="true">≠ </span>Contested: {pairName}, all relation types
      </h3>
      {contests.map((contest) => (
        <section className="tg-contest" key={`${contest.year}-${contest.kind}-${contest.b.articleId}-${contest.b.start}`} aria-label={`Contested in ${contest.year}`}>
          <p className="tg-contest__what">
            {contest.year} · {CONTEST_KIND_LABELS[contest.kind]}
          </p>
          <div className="tg-contest__sides">
            {[contest.a, contest.b].map((passage) => {
              const article = articlesById.get(passage.articleId);
              return (
                <figure className="tg-contest__side" key={`${passage.articleId}-${passage.start}`}>
                  <p className="tg-contest__label">{sideLabel(passage, contest.kind, types)}</p>
                  <blockquote className="tg-quote__text">{passage.quote}</blockquote>
                  <figcaption className="tg-quote__source">
                    <cite className="tg-quote__title">{article?.title ?? passage.articleId}</cite>
                    {article ? (
                      <span>
                        {article.publisher}, <DateLabel published={article.published} precision={article.precision} />
                      </span>
                    ) : null}
                  </figcaption>
                  <QuoteActions quote={passage.quote} article={article} articleId={passage.articleId} readHref={readHref(passage)} />
                </figure>
              );
            })}
          </div>
        </section>
      ))}
    </section>
  );
}
