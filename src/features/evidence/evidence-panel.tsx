import { useMemo } from "react";
import { findLink, inReadingOrder, isTie, linkInView } from "../../graph/evidence-lookup";
import { QUAD_CLASS_LABELS, type Actor } from "../../graph/schema";
import { actorName, directionArrow, directionSentence, formatYears, quoteCount } from "../../graph/tie-labels";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { EvidenceQuote } from "../../ui/evidence-quote";
import { QuadBadge } from "../../ui/quad-badge";
import "../../ui/theme.css";
import "./evidence-panel.css";

/**
 * The quotes behind the selected tie (or co-mention): heading "Iran → Syria · Military cooperation"
 * with its quad class, then every supporting passage of the current year(s) in reading order, each
 * with its source and a link to read it in context. When the filters hide the tie, all its quotes
 * are shown with a note saying so.
 */
export function EvidencePanel() {
  const graph = useAppStore(selectGraph);
  const ownArticleIds = useAppStore(selectOwnArticleIds);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const tieId = state.tieId;
  const shown = useMemo(() => (tieId ? linkInView(graph, state, tieId) : undefined), [graph, state, tieId]);
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const articlesById = useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
  const evidence = useMemo(() => (shown ? inReadingOrder(shown.link.evidence) : []), [shown]);

  if (!tieId || !shown) {
    return (
      <section className="tg-view tg-evidence" role="region" aria-label="Evidence">
        <p className="tg-evidence__note">Select a tie in the network or the table to read the quotes behind it.</p>
      </section>
    );
  }

  const { link, inView } = shown;
  const total = findLink(graph, link.id)?.evidence.length ?? link.evidence.length;
  const source = actorName(actorsById, link.source);
  const target = actorName(actorsById, link.target);
  const tie = isTie(link) ? link : null;
  const type = tie ? graph.relationTypes.find((t) => t.id === tie.type) : undefined;
  const direction = tie?.direction ?? "mutual";
  const limitedTo = state.compare ? state.compare.join(" and ") : state.year !== null ? String(state.year) : null;

  return (
    <section className="tg-view tg-evidence" role="region" aria-label="Evidence">
      <nav className="tg-evidence__nav" aria-label="Actors of this tie">
        <a href={href({ tieId: null, actorId: link.source })}>
          <span aria-hidden="true">← </span>Back to {source}
        </a>
        <a href={href({ tieId: null, actorId: link.target })}>See {target}</a>
      </nav>
      <header className="tg-evidence__head">
        <h2 className="tg-evidence__title">
          {source}
          <span className="tg-evidence__arrow" aria-hidden="true">
            {" "}
            {tie ? directionArrow(direction) : "–"}{" "}
          </span>
          <span className="tg-sr-only"> {tie ? (direction === "directed" ? "acts on" : "and") : "and"} </span>
          {target}
          <span className="tg-evidence__type"> · {type?.label ?? tie?.type ?? "Named together"}</span>
        </h2>
        <div className="tg-evidence__meta">
          {tie ? <QuadBadge quadClass={tie.quadClass} /> : <span>Co-mention, no relation cue</span>}
          <span>{direction === "directed" ? `Directed: ${directionSentence(direction, source, target)}` : "Mutual"}</span>
          <span>
            {quoteCount(link.evidence.length)} · {formatYears(link.years)}
          </span>
        </div>
        {tie ? <span className="tg-sr-only">Quad class: {QUAD_CLASS_LABELS[tie.quadClass]}</span> : null}
      </header>
      {!inView ? (
        <p className="tg-evidence__note">
          The current filters hide this tie, so all its quotes are shown.{" "}
          <button type="button" className="tg-link-button" onClick={() => setView({ year: null, compare: null, types: null, quads: null, others: true })}>
            Clear filters
          </button>
        </p>
      ) : link.evidence.length < total && limitedTo ? (
        <p className="tg-evidence__note">
          Showing {link.evidence.length} of {total} quotes, from {limitedTo}.{" "}
          <button type="button" className="tg-link-button" onClick={() => setView({ year: null, compare: null })}>
            Show all years
          </button>
        </p>
      ) : null}
      {!tie ? <p className="tg-evidence__note">{source} and {target} are named in the same sentence, with no words that say how they relate.</p> : null}
      <ol className="tg-evidence__list" aria-label={`${quoteCount(evidence.length)}`}>
        {evidence.map((e) => (
          <li key={e.id}>
            <EvidenceQuote
              evidence={e}
              article={articlesById.get(e.articleId)}
              own={ownArticleIds.has(e.articleId)}
              readHref={href({ view: "reader", articleId: e.articleId, evidenceId: e.id, tieId: link.id, actorId: null })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
