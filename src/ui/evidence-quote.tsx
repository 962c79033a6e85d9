import type { Article, Evidence } from "../graph/schema";
import { isAboutAnotherTime, timeBadge, timeLabel } from "../graph/dates";
import { httpUrl } from "../graph/safe-url";
import { CopyCitationButton } from "./copy-citation";
import { DateLabel } from "./date-label";
import { OwnBadge } from "./own-badge";
import "./theme.css";
import "./evidence-quote.css";

/** The quote split around its cue: text before, the cue, text after (no cue: all in `before`). */
export function splitAtCue(evidence: Pick<Evidence, "quote" | "start" | "cue">): { before: string; cue: string | null; after: string } {
  const { quote, cue } = evidence;
  if (!cue) return { before: quote, cue: null, after: "" };
  const from = cue.start - evidence.start;
  const to = cue.end - evidence.start;
  if (from < 0 || to > quote.length || from >= to) return { before: quote, cue: null, after: "" };
  return { before: quote.slice(0, from), cue: quote.slice(from, to), after: quote.slice(to) };
}

/** The words on the historical badge: "about the 1980s", or "historical" when the period is unknown. */
export function historicalLabel(historical: NonNullable<Evidence["historical"]>): string {
  return historical.period ? `about ${historical.period}` : "historical";
}

/** What can be done with a quote: copy its citation (when its article is known) and read it in context. */
export function QuoteActions({ quote, article, articleId, readHref }: { quote: string; article: Article | undefined; articleId: string; readHref: string }) {
  return (
    <span className="tg-quote__actions">
      {article ? <CopyCitationButton quote={quote} article={article} /> : null}
      <a className="tg-quote__read" href={readHref}>
        Read in context<span className="tg-sr-only">: {article?.title ?? articleId}</span>
        <span aria-hidden="true"> →</span>
      </a>
    </span>
  );
}

/**
 * One supporting quote: the passage with its cue marked, where it comes from (article, publisher,
 * date as precise as known), badges for historical and curated evidence, and a link to read it in
 * context (`readHref`) and one to copy its citation. `own` marks a passage from one of the user's
 * imported articles; `claimant` says who makes the claim ("According to …").
 */
export function EvidenceQuote({
  evidence,
  article,
  readHref,
  own = false,
  claimant,
}: {
  evidence: Evidence;
  article: Article | undefined;
  readHref: string;
  own?: boolean;
  claimant?: string;
}) {
  const parts = splitAtCue(evidence);
  return (
    <figure className="tg-quote" data-evidence-id={evidence.id}>
      {claimant ? <p className="tg-quote__claimant">{claimant}</p> : null}
      <blockquote className="tg-quote__text" cite={httpUrl(article?.url) ?? undefined}>
        {parts.before}
        {parts.cue !== null ? (
          <mark className="tg-quote__cue" title={`Cue: ${evidence.cue?.text ?? ""}`}>
            {parts.cue}
          </mark>
        ) : null}
        {parts.after}
      </blockquote>
      <figcaption className="tg-quote__source">
        <cite className="tg-quote__title">{article?.title ?? evidence.articleId}</cite>
        {article ? (
          <span className="tg-quote__where">
            {article.publisher}
            <span className="tg-quote__sep" aria-hidden="true">
              {" · "}
            </span>
            <span className="tg-sr-only">, </span>
            <DateLabel published={article.published} precision={article.precision} />
          </span>
        ) : null}
      </figcaption>
      {evidence.note ? (
        <p className="tg-quote__note">
          <span className="tg-quote__note-label">Editor’s note:</span> {evidence.note}
        </p>
      ) : null}
      <div className="tg-quote__footer">
        <div className="tg-quote__badges">
          {own ? <OwnBadge /> : null}
          {isAboutAnotherTime(evidence.time, evidence.published) ? (
            <span className="tg-badge tg-badge--historical" title={`The passage is about ${timeLabel(evidence.time, evidence.published)}, as its words “${evidence.time.words}” say; it is counted there, not under its article’s date`}>
              <span aria-hidden="true">⟲</span> {timeBadge(evidence.time, evidence.published)}
            </span>
          ) : evidence.historical ? (
            <span className="tg-badge tg-badge--historical" title="The passage is about an earlier period">
              <span aria-hidden="true">⟲</span> {historicalLabel(evidence.historical)}
            </span>
          ) : null}
          <ProvenanceBadge evidence={evidence} />
        </div>
        <QuoteActions quote={evidence.quote} article={article} articleId={evidence.articleId} readHref={readHref} />
      </div>
    </figure>
  );
}

/**
 * Who stands behind a piece of evidence: *read by the compiler* (unchecked), *checked by an editor*
 * (confirmed or retyped), or *added by an editor*: in words and a symbol, never colour alone.
 */
export function ProvenanceBadge({ evidence }: { evidence: Pick<Evidence, "curation"> }) {
  if (evidence.curation === "added") {
    return (
      <span className="tg-badge tg-badge--curated" title="An editor added this passage: the compiler did not read it">
        <span aria-hidden="true">+</span> added by an editor
      </span>
    );
  }
  if (evidence.curation === "confirmed" || evidence.curation === "retyped") {
    return (
      <span className="tg-badge tg-badge--curated" title={evidence.curation === "retyped" ? "The compiler read it; an editor checked it and changed its relation type" : "The compiler read it; an editor checked it"}>
        <span aria-hidden="true">✓</span> checked by an editor{evidence.curation === "retyped" ? " (retyped)" : ""}
      </span>
    );
  }
  return (
    <span className="tg-badge tg-badge--compiler" title="Read by the compiler; no editor has checked it yet">
      <span aria-hidden="true">○</span> read by the compiler
    </span>
  );
}
