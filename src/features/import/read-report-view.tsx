import { useId } from "react";
import type { Actor } from "../../graph/schema";
import { actorName } from "../../graph/tie-labels";
import { QuadBadge } from "../../ui/quad-badge";
import type { ArticleRead, ReadRelation, SentenceRead } from "./read-report";
import { unreadSentences } from "./read-report";

interface ReadReportProps {
  report: ArticleRead;
  actorsById: ReadonlyMap<string, Actor>;
  /** Whether the graph shows the non-core actors ("Show other actors"). */
  othersShown: boolean;
  onShowOthers: () => void;
  /** The link to a view (the dialog closes when one is followed). */
  tieHref: (tieId: string) => string;
  readHref: (articleId: string, evidenceId: string | null) => string;
  /** The Review view on the article's candidates, for one pair when given. */
  reviewHref: (articleId: string, pairId: string | null) => string;
  onFollow: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function names(ids: readonly string[], actorsById: ReadonlyMap<string, Actor>): string {
  const list = ids.map((id) => actorName(actorsById, id));
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

function RelationLine({ r, actorsById, href, onFollow, denied = false }: { r: ReadRelation; actorsById: ReadonlyMap<string, Actor>; href: string | null; onFollow: () => void; denied?: boolean }) {
  const ends = r.mutual ? `${actorName(actorsById, r.source)} ↔ ${actorName(actorsById, r.target)}` : `${actorName(actorsById, r.source)} → ${actorName(actorsById, r.target)}`;
  const words = r.mutual ? `${actorName(actorsById, r.source)} and ${actorName(actorsById, r.target)}, both ways` : `${actorName(actorsById, r.source)} acts on ${actorName(actorsById, r.target)}`;
  return (
    <li className={`io-read__relation${denied ? " io-read__relation--denied" : ""}`}>
      <span className="io-read__type">
        {denied ? "Not: " : ""}
        {r.typeLabel}
      </span>{" "}
      <span aria-hidden="true">{ends}</span>
      <span className="tg-sr-only">{words}</span>
      {r.quadClass ? <QuadBadge quadClass={r.quadClass} /> : null}
      {href ? (
        <a href={href} onClick={onFollow}>
          Open the tie<span className="tg-sr-only">: {r.typeLabel}, {words}</span>
        </a>
      ) : null}
    </li>
  );
}

function SentenceItem({ s, report, actorsById, tieHref, readHref, reviewHref, onFollow }: { s: SentenceRead } & Omit<ReadReportProps, "othersShown" | "onShowOthers">) {
  const unread = s.named.length >= 2 && s.relations.length === 0 && s.denials.length === 0;
  const kind = s.relations.length || s.denials.length ? "read" : unread ? "unread" : "quiet";
  return (
    <li className={`io-read__sentence io-read__sentence--${kind}`}>
      <p className="io-read__text">{s.text}</p>
      {s.relations.length || s.denials.length ? (
        <ul className="io-read__relations" aria-label="Read in this sentence">
          {s.relations.map((r) => (
            <RelationLine key={`${r.typeId}|${r.source}|${r.target}`} r={r} actorsById={actorsById} href={r.tieId ? tieHref(r.tieId) : null} onFollow={onFollow} />
          ))}
          {s.denials.map((r) => (
            <RelationLine key={`not|${r.typeId}|${r.source}|${r.target}`} r={r} actorsById={actorsById} href={null} onFollow={onFollow} denied />
          ))}
        </ul>
      ) : unread ? (
        <p className="io-read__unread">
          <span aria-hidden="true">⚠ </span>Names {names(s.named, actorsById)}; no relation read.{" "}
          <a href={readHref(report.articleId, s.coMentionEvidenceId)} onClick={onFollow}>
            Read it in context
          </a>
          {" · "}
          <a href={reviewHref(report.articleId, s.named.length === 2 ? [...s.named].sort().join("--") : null)} onClick={onFollow}>
            Review what the compiler proposes
          </a>
        </p>
      ) : null}
    </li>
  );
}

/**
 * What the compiler read in one imported article: counts, a notice when its ties involve actors the
 * graph hides (with a button that shows them), then every sentence with the ties it produced, and
 * the sentences naming two or more actors where nothing was read marked, each linked to the reader.
 */
export function ReadReportView(props: ReadReportProps) {
  const { report, actorsById, othersShown, onShowOthers } = props;
  const headingId = useId();
  const unread = unreadSentences(report);
  const read = report.sentences.filter((s) => s.relations.length > 0).length;
  return (
    <section className="io-read" aria-labelledby={headingId}>
      <h3 id={headingId} className="io-read__title">
        What was read in “{report.title}”
      </h3>
      <p className="io-read__summary">
        {plural(report.sentences.length, "sentence")}: {plural(read, "sentence")} gave {plural(report.tieIds.length, "tie")}; {plural(unread.length, "sentence")} {unread.length === 1 ? "names" : "name"} two or more actors with no relation read.{" "}
        <a href={props.reviewHref(report.articleId, null)} onClick={props.onFollow}>
          Review this article
        </a>
      </p>
      {report.otherActorIds.length > 0 && !othersShown ? (
        <p className="io-read__hidden" role="note">
          Some of its ties involve actors the graph hides until “Show other actors” is on: {names(report.otherActorIds, actorsById)}.{" "}
          <button type="button" className="tg-button" onClick={onShowOthers}>
            Show them
          </button>
        </p>
      ) : null}
      <ol className="io-read__sentences" aria-label={`Sentences of “${report.title}”`}>
        {report.sentences.map((s) => (
          <SentenceItem key={s.start} s={s} {...props} />
        ))}
      </ol>
    </section>
  );
}
