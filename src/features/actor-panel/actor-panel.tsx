import { useId, useMemo, type CSSProperties } from "react";
import { pairOf } from "../../graph/view-state";
import { mentionsIn, quotesOf, tiesOf, visibleTies } from "../../graph/filters";
import { tiesByPartner } from "../../graph/pair-summary";
import type { Actor } from "../../graph/schema";
import { actorName, arrowFrom, directionSentence, formatYears, quoteCount } from "../../graph/tie-labels";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { OwnBadge } from "../../ui/own-badge";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { viewYears, yearsWithoutCoverage } from "../../graph/weigh-labels";
import { CoverageNote } from "../../ui/coverage-note";
import { QuadBadge } from "../../ui/quad-badge";
import "../../ui/theme.css";
import "./actor-panel.css";

const sentences = (n: number) => `${n} ${n === 1 ? "sentence" : "sentences"}`;

/** "in 2018", "in 2018 and 2024", or "over all years". */
function periodLabel(year: number | null, compare: readonly [number, number] | null): string {
  if (compare) return `in ${compare[0]} and ${compare[1]}`;
  return year === null ? "over all years" : `in ${year}`;
}

/**
 * The selected actor: name, kind and how often it is mentioned in the current year, then its ties
 * in the current view grouped by partner (most quoted first), then by relation type. Each partner
 * leads to the pair's view, each tie is a button that opens its evidence; an empty view says which
 * filter to loosen.
 */
export function ActorPanel() {
  const graph = useAppStore(selectGraph);
  const ownArticleIds = useAppStore(selectOwnArticleIds);
  const hoverTie = useAppStore((s) => s.hoverTie);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const headingId = useId();
  const actor = useMemo(() => graph.actors.find((a) => a.id === state.actorId), [graph, state.actorId]);
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const groups = useMemo(() => {
    if (!actor) return [];
    // The selected actor's own ties are listed even when it is not a core actor.
    const ties = tiesOf(visibleTies(graph, { ...state, others: state.others || !actor.core }), actor.id);
    return tiesByPartner(ties, actor.id, graph.relationTypes);
  }, [graph, state, actor]);
  const typeById = useMemo(() => new Map(graph.relationTypes.map((t) => [t.id, t])), [graph]);

  if (!actor) return null;
  const period = periodLabel(state.year, state.compare);
  const mentions = state.compare
    ? `${sentences(mentionsIn(actor, state.compare[0]))} in ${state.compare[0]}, ${mentionsIn(actor, state.compare[1])} in ${state.compare[1]}`
    : `${sentences(mentionsIn(actor, state.year))} ${period}`;
  const tieCount = groups.reduce((n, g) => n + g.ties.length, 0);
  const filtered = state.year !== null || state.compare !== null || state.types !== null || state.quads !== null;
  const years = viewYears(state);
  const noCoverage = years.length > 0 && yearsWithoutCoverage(graph.coverage, years).length === years.length;

  return (
    <section className="tg-view tg-actor" aria-labelledby={headingId} style={{ "--tg-actor-colour": actor.color } as CSSProperties}>
      <header className="tg-actor__head">
        <h2 className="tg-actor__name" id={headingId}>
          <span className="tg-actor__dot" aria-hidden="true" />
          {actor.name}
        </h2>
        <button type="button" className="tg-actor__close" aria-label={`Close ${actor.name}`} title="Close" onClick={() => setView({ actorId: null })}>
          <span aria-hidden="true">×</span>
        </button>
        <p className="tg-actor__meta">
          {actor.kind.charAt(0).toUpperCase() + actor.kind.slice(1)} · named in {mentions}
          {tieCount ? ` · ${tieCount} ${tieCount === 1 ? "tie" : "ties"}` : ""}
        </p>
        <CoverageNote coverage={graph.coverage} years={years} />
      </header>

      {groups.length === 0 ? (
        <div className="tg-actor__empty" role="status">
          <p style={{ margin: 0 }}>
            {noCoverage ? (
              <>Nothing can be said about {actor.name} {period}: the corpus has no articles from then. Try All years.</>
            ) : (
              <>
                No ties {period} for {actor.name}.{" "}
                {filtered ? "Try All years or clear the filters, or show other actors." : "Try showing other actors."}
              </>
            )}
          </p>
          <div className="tg-actor__empty-actions">
            {state.year !== null || state.compare !== null ? (
              <button type="button" className="tg-button" onClick={() => setView({ year: null, compare: null })}>
                All years
              </button>
            ) : null}
            {state.types !== null || state.quads !== null ? (
              <button type="button" className="tg-button" onClick={() => setView({ types: null, quads: null })}>
                Clear type filters
              </button>
            ) : null}
            {!state.others && !noCoverage ? (
              <button type="button" className="tg-button" onClick={() => setView({ others: true })}>
                Show other actors
              </button>
            ) : null}
          </div>
        </div>
      ) : (
        groups.map((group) => {
          const other = actorName(actorsById, group.partnerId);
          return (
            <section className="tg-actor__group" key={group.partnerId} aria-label={other}>
              <h3 className="tg-actor__group-head">
                <span>{other}</span>
                <a className="tg-actor__pair" href={href({ pairId: pairOf(actor.id, group.partnerId), actorId: null, tieId: null })}>
                  {group.ties.length > 1 ? `All ${group.ties.length} ties` : "The pair"}, {quoteCount(group.quotes)}
                  <span className="tg-sr-only">
                    {" "}
                    between {actor.name} and {other}
                  </span>
                  <span aria-hidden="true"> →</span>
                </a>
              </h3>
              <ul className="tg-actor__ties">
                {group.ties.map((tie) => {
                  const type = typeById.get(tie.type);
                  return (
                    <li key={tie.id}>
                      <button
                        type="button"
                        className="tg-actor__tie"
                        onClick={() => setView({ tieId: tie.id })}
                        onMouseEnter={() => hoverTie(tie.id)}
                        onMouseLeave={() => hoverTie(null)}
                        onFocus={() => hoverTie(tie.id)}
                        onBlur={() => hoverTie(null)}
                      >
                        <span className="tg-actor__arrow" aria-hidden="true">
                          {arrowFrom(tie, actor.id)}
                        </span>
                        <span className="tg-actor__other">
                          {type?.label ?? tie.type}
                          <span className="tg-sr-only">
                            {" "}
                            ({directionSentence(tie.direction, actorName(actorsById, tie.source), actorName(actorsById, tie.target))})
                          </span>
                        </span>
                        <span className="tg-actor__count">{quoteCount(quotesOf(tie))}</span>
                        <span className="tg-actor__years">{formatYears(tie.years)}</span>
                        <span className="tg-actor__quad">
                          <QuadBadge quadClass={tie.quadClass} />
                        </span>
                        {ownArticleIds.size && Object.values(tie.sources).some((list) => list.some((k) => ownArticleIds.has(graph.articles[k]?.id ?? ""))) ? <OwnBadge label="from your articles" /> : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
