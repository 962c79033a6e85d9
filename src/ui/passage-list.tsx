import { useMemo, useState, type ReactNode } from "react";
import type { Actor, Article, Evidence } from "../graph/schema";
import { copiesSentence, groupPassages, type PassageGroup } from "../graph/passages";
import { claimantLabel } from "../graph/weigh-labels";
import { DateLabel } from "./date-label";
import { EvidenceQuote } from "./evidence-quote";
import "./theme.css";
import "./passage-list.css";

/** Passages shown at first, and added by each "Show more": a tie can have thousands. */
export const PASSAGE_PAGE = 50;

export interface PassageListProps {
  /** The evidence, already in the order chosen (see orderEvidence). */
  evidence: readonly Evidence[];
  /** The list's accessible name from its number of passages, e.g. "12 quotes". */
  label: (passages: number) => string;
  articlesById: ReadonlyMap<string, Article>;
  actorsById: ReadonlyMap<string, Actor>;
  publisherOf: ReadonlyMap<string, string>;
  ownArticleIds: ReadonlySet<string>;
  /** Where "Read in context" goes for one copy of a passage. */
  readHref: (e: Evidence) => string;
  /** What else can be done with one piece of evidence (a copy), shown under it: the per-piece slot. */
  actions?: (e: Evidence) => ReactNode;
  className?: string;
}

/**
 * A link's evidence as passages: the same words in several articles (syndicated copy) shown once,
 * saying "the same words in 14 articles from 9 publishers", with every copy listed to open in the
 * reader. The first PASSAGE_PAGE passages at once, more on demand, in the order given.
 */
export function PassageList({ evidence, label, articlesById, actorsById, publisherOf, ownArticleIds, readHref, actions, className }: PassageListProps) {
  const groups = useMemo(() => groupPassages(evidence, publisherOf), [evidence, publisherOf]);
  const [shown, setShown] = useState(PASSAGE_PAGE);
  const page = groups.length > shown ? groups.slice(0, shown) : groups;
  const left = groups.length - page.length;
  return (
    <>
      <ol className={className ? `tg-passages ${className}` : "tg-passages"} aria-label={label(groups.length)}>
        {page.map((g) => {
          const first = g.copies[0]!;
          return (
            <li key={first.id} data-passage-copies={g.articles}>
              <EvidenceQuote
                evidence={first}
                article={articlesById.get(first.articleId)}
                own={ownArticleIds.has(first.articleId)}
                claimant={claimantLabel(first.claimant, actorsById)}
                readHref={readHref(first)}
              />
              {actions ? actions(first) : null}
              <PassageCopies group={g} articlesById={articlesById} readHref={readHref} actions={actions} />
            </li>
          );
        })}
      </ol>
      {left > 0 ? (
        <p className="tg-passages__more">
          <span>
            Showing {page.length} of {groups.length} passages.
          </span>{" "}
          <button type="button" className="tg-link-button" onClick={() => setShown((n) => n + PASSAGE_PAGE)}>
            Show {Math.min(PASSAGE_PAGE, left)} more
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The copies of a syndicated passage beyond the first: each article, its publisher and date, to read in context. */
function PassageCopies({ group, articlesById, readHref, actions }: { group: PassageGroup; articlesById: ReadonlyMap<string, Article>; readHref: (e: Evidence) => string; actions?: (e: Evidence) => ReactNode }) {
  const sentence = copiesSentence(group);
  if (!sentence) return null;
  const others = group.copies.slice(1);
  return (
    <details className="tg-passages__copies">
      <summary>
        <span className="tg-passages__syndicated">{sentence.charAt(0).toUpperCase() + sentence.slice(1)}</span>
        <span className="tg-sr-only">: list the other {others.length === 1 ? "copy" : `${others.length} copies`}</span>
      </summary>
      <ul aria-label="Other copies of these words">
        {others.map((e) => {
          const article = articlesById.get(e.articleId);
          return (
            <li key={e.id}>
              <a href={readHref(e)}>
                {article?.publisher ?? e.articleId}
                <span className="tg-sr-only">, {article?.title ?? ""}</span>
              </a>
              {article ? (
                <span className="tg-passages__date">
                  {" · "}
                  <DateLabel published={article.published} precision={article.precision} />
                </span>
              ) : null}
              {actions ? actions(e) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
