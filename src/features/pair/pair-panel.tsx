import { useId, useMemo } from "react";
import { orderEvidence } from "../../graph/evidence-lookup";
import { quotesOf } from "../../graph/filters";
import { pairSummary, type PairYear } from "../../graph/pair-summary";
import { pairActors } from "../../graph/view-state";
import type { Actor, QuadClass, Tie } from "../../graph/schema";
import { actorName, directionArrow, directionSentence, formatYears, quoteCount } from "../../graph/tie-labels";
import { QUAD_CLASSES, QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import { viewYears } from "../../graph/weigh-labels";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { useGraphWithEvidence } from "../../store/link-evidence";
import { LoadNote } from "../../ui/load-note";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { CoverageNote } from "../../ui/coverage-note";
import { EvidenceOrderControls } from "../../ui/evidence-order-controls";
import { PassageList } from "../../ui/passage-list";
import { QuadBadge } from "../../ui/quad-badge";
import { ToneTrajectory } from "../../ui/tone-trajectory";
import "../../ui/theme.css";
import "./pair-panel.css";

/** "Iran → Syria", "Syria → Iran" or "Iran ↔ Syria": a tie's ends in the order it points. */
function ends(tie: Tie, actorsById: ReadonlyMap<string, Actor>): string {
  return `${actorName(actorsById, tie.source)} ${directionArrow(tie.direction)} ${actorName(actorsById, tie.target)}`;
}

/**
 * Everything between two actors (`#/pair/iran--syria`): every relation type with its direction and
 * quotes, a strip of the corpus's years (the pair's quotes by quad class next to the articles the
 * corpus has then), the tone per year across all their relation types, then every quote grouped by
 * relation type, ordered and filtered with the same controls as a tie's evidence.
 */
export function PairPanel() {
  const loadedGraph = useAppStore(selectGraph);
  const ownArticleIds = useAppStore(selectOwnArticleIds);
  const hoverTie = useAppStore((s) => s.hoverTie);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const headingId = useId();
  // Every tie of the pair, with its evidence fetched when it is in files of its own.
  const pairTies = useMemo(() => {
    const actors = pairActors(state.pairId);
    return actors ? loadedGraph.ties.filter((t) => actors.includes(t.source) && actors.includes(t.target)).map((t) => t.id) : [];
  }, [loadedGraph, state.pairId]);
  const { graph, state: evidenceState, retry } = useGraphWithEvidence(loadedGraph, pairTies);
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const articlesById = useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
  const publisherOf = useMemo(() => new Map(graph.articles.map((a) => [a.id, a.publisher])), [graph]);
  const summary = useMemo(() => (state.pairId ? pairSummary(graph, state.pairId, state) : undefined), [graph, state]);
  const typeById = useMemo(() => new Map(graph.relationTypes.map((t) => [t.id, t])), [graph]);

  if (!summary) return null;
  const [a, b] = summary.actors;
  const nameA = actorName(actorsById, a);
  const nameB = actorName(actorsById, b);
  const pairName = `${nameA} and ${nameB}`;
  const totalQuotes = summary.ties.reduce((n, t) => n + quotesOf(t), 0);
  const allYears = [...new Set(summary.ties.flatMap((t) => t.years))];
  const years = viewYears(state);
  const limited = summary.tiesInView.length > 0;
  // When the filters hide every tie of the pair, its quotes are all shown, and the note says so.
  const listed = limited ? summary.tiesInView : summary.ties;
  const filtered = state.year !== null || state.compare !== null || state.types !== null || state.quads !== null;
  const maxQuotes = Math.max(1, ...summary.years.map((y) => y.quotes));
  const close = () => setView({ pairId: null });

  return (
    <section className="tg-view tg-pair" aria-labelledby={headingId}>
      <nav className="tg-pair__nav" aria-label="The two actors">
        <a href={href({ pairId: null, tieId: null, actorId: a })}>See {nameA}</a>
        <a href={href({ pairId: null, tieId: null, actorId: b })}>See {nameB}</a>
      </nav>
      <header className="tg-pair__head">
        <h2 className="tg-pair__title" id={headingId}>
          {nameA} <span aria-hidden="true">–</span>
          <span className="tg-sr-only">and</span> {nameB}
        </h2>
        <button type="button" className="tg-pair__close" aria-label={`Close ${pairName}`} title="Close" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
        <p className="tg-pair__meta">
          {summary.ties.length
            ? `${summary.ties.length} ${summary.ties.length === 1 ? "relation type" : "relation types"} · ${quoteCount(totalQuotes)} · ${formatYears(allYears)}`
            : "No tie between them in the corpus"}
          {summary.coMention ? ` · named together without a relation in ${summary.coMention.passages.total} ${summary.coMention.passages.total === 1 ? "sentence" : "sentences"}` : ""}
        </p>
        <CoverageNote coverage={graph.coverage} years={years} />
      </header>

      {summary.ties.length ? (
        <section className="tg-pair__section" aria-labelledby={`${headingId}-types`}>
          <h3 className="tg-pair__subhead" id={`${headingId}-types`}>
            Every relation between them
          </h3>
          <ul className="tg-pair__types">
            {summary.ties.map((tie) => {
              const shown = summary.tiesInView.find((t) => t.id === tie.id);
              return (
                <li key={tie.id}>
                  <a
                    className={`tg-pair__type${shown || !limited ? "" : " is-hidden"}`}
                    href={href({ tieId: tie.id, pairId: null, actorId: null })}
                    onMouseEnter={() => hoverTie(tie.id)}
                    onMouseLeave={() => hoverTie(null)}
                    onFocus={() => hoverTie(tie.id)}
                    onBlur={() => hoverTie(null)}
                  >
                    <span className="tg-pair__type-name">{typeById.get(tie.type)?.label ?? tie.type}</span>
                    <span className="tg-pair__ends">
                      <span aria-hidden="true">{ends(tie, actorsById)}</span>
                      <span className="tg-sr-only">
                        {directionSentence(tie.direction, actorName(actorsById, tie.source), actorName(actorsById, tie.target))}
                      </span>
                    </span>
                    <QuadBadge quadClass={tie.quadClass} />
                    <span className="tg-pair__count">
                      {quoteCount(quotesOf(tie))} · {formatYears(tie.years)}
                      {shown && quotesOf(shown) < quotesOf(tie) ? ` (${quotesOf(shown)} in this view)` : ""}
                      {limited && !shown ? " (hidden by the filters)" : ""}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="tg-pair__note">
          The articles never state a relation between {pairName}.
          {summary.coMention ? (
            <>
              {" "}
              <a href={href({ tieId: summary.coMention.id, pairId: null, actorId: null })}>Read the sentences naming both</a>.
            </>
          ) : null}
        </p>
      )}

      {summary.ties.length ? (
        <section className="tg-pair__section" aria-labelledby={`${headingId}-years`}>
          <h3 className="tg-pair__subhead" id={`${headingId}-years`}>
            Year by year
          </h3>
          <table className="tg-pair__years">
            <caption className="tg-sr-only">Quotes on {pairName} per year, by quad class, and the articles the corpus has from each year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Quotes</th>
                <th scope="col">Types</th>
                <th scope="col">Corpus</th>
              </tr>
            </thead>
            <tbody>
              {summary.years.map((y) => (
                <YearRow key={y.year} y={y} max={maxQuotes} selected={years.includes(y.year)} yearHref={href({ year: y.year, compare: null })} typeLabel={(id) => typeById.get(id)?.label ?? id} />
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {summary.weighed && summary.weighed.tone.length ? (
        <section className="tg-pair__section" aria-labelledby={`${headingId}-tone`}>
          <h3 className="tg-pair__subhead" id={`${headingId}-tone`}>
            Tone per year
          </h3>
          <p className="tg-pair__hint">Across every relation type between them: the mean over their quotes, from −10 (material conflict) to +10 (material cooperation).</p>
          <ToneTrajectory tone={summary.weighed.tone} coverage={graph.coverage} title={`Tone of ${pairName} per year, all relation types`} />
          {summary.weighed.contested.length ? (
            <p className="tg-pair__note">
              <span className="tg-badge">≠ Contested</span> in {formatYears(summary.weighed.contested.map((c) => c.year))}: open a relation to read the two passages side by side.
            </p>
          ) : null}
        </section>
      ) : null}

      {summary.ties.length ? (
        <section className="tg-pair__section" aria-labelledby={`${headingId}-evidence`}>
          <h3 className="tg-pair__subhead" id={`${headingId}-evidence`}>
            The quotes, by relation
          </h3>
          {!limited && filtered ? (
            <p className="tg-pair__note">
              The current filters hide every tie between them, so all their quotes are shown.{" "}
              <button type="button" className="tg-link-button" onClick={() => setView({ year: null, compare: null, types: null, quads: null })}>
                Clear filters
              </button>
            </p>
          ) : filtered && listed.reduce((n, t) => n + quotesOf(t), 0) < totalQuotes ? (
            <p className="tg-pair__note">
              Showing the quotes the current year and filters keep.{" "}
              <button type="button" className="tg-link-button" onClick={() => setView({ year: null, compare: null, types: null, quads: null })}>
                Show all {totalQuotes}
              </button>
            </p>
          ) : null}
          <EvidenceOrderControls order={state.evidenceOrder} publisherVoiceOnly={state.publisherVoiceOnly} onChange={(patch) => setView(patch, { replace: true })} />
          {evidenceState.status !== "ready" ? (
            <LoadNote state={evidenceState} className="tg-pair__note" loading={`Loading the evidence of ${pairName}…`} failed="The evidence could not be shown" retry={retry} />
          ) : null}
          {listed.map((tie) => {
            if (!tie.evidence) return null;
            const quotes = orderEvidence(tie.evidence, state.evidenceOrder, publisherOf, state.publisherVoiceOnly);
            const label = typeById.get(tie.type)?.label ?? tie.type;
            return (
              <section key={tie.id} className="tg-pair__group" aria-labelledby={`${headingId}-${tie.id}`}>
                <h4 className="tg-pair__group-head" id={`${headingId}-${tie.id}`}>
                  <span>
                    {label} <span className="tg-pair__group-ends">· {ends(tie, actorsById)}</span>
                  </span>
                  <QuadBadge quadClass={tie.quadClass} />
                </h4>
                {quotes.length === 0 ? (
                  <p className="tg-pair__hint">None of its {quoteCount(quotesOf(tie))} is in the publisher’s own voice.</p>
                ) : (
                  <PassageList
                    key={`${tie.id}|${state.evidenceOrder}|${state.publisherVoiceOnly}`}
                    className="tg-pair__quotes"
                    evidence={quotes}
                    label={(n) => `${label}: ${quoteCount(n)}`}
                    articlesById={articlesById}
                    actorsById={actorsById}
                    publisherOf={publisherOf}
                    ownArticleIds={ownArticleIds}
                    readHref={(e) => href({ view: "reader", articleId: e.articleId, evidenceId: e.id, tieId: tie.id, actorId: null, pairId: null })}
                  />
                )}
              </section>
            );
          })}
        </section>
      ) : null}
    </section>
  );
}

const QUAD_SHORT: Record<QuadClass, string> = {
  "material-cooperation": "mc",
  "verbal-cooperation": "vc",
  "verbal-conflict": "vk",
  "material-conflict": "mk",
};

/** One year of the strip: a link to the year, its quotes as a bar by quad class (and in words), its relation types and coverage. */
function YearRow({ y, max, selected, yearHref, typeLabel }: { y: PairYear; max: number; selected: boolean; yearHref: string; typeLabel: (id: string) => string }) {
  const byQuad = QUAD_CLASSES.filter((q) => y.byQuad[q] > 0);
  return (
    <tr className={`${selected ? "is-selected" : ""}${y.articles === 0 ? " is-uncovered" : ""}`} aria-current={selected ? "true" : undefined}>
      <th scope="row">
        <a href={yearHref} aria-label={y.period ? `Show ${y.period} only (filed under ${y.year})` : `Show ${y.year} only`}>
          {y.period ?? y.year}
        </a>
      </th>
      <td>
        <span className="tg-pair__bar" aria-hidden="true">
          {byQuad.map((q) => (
            <span key={q} className={`tg-pair__bar-part tg-quad--${q} tg-pair__bar-part--${QUAD_SHORT[q]}`} style={{ width: `${(y.byQuad[q] / max) * 100}%` }} />
          ))}
        </span>
        <span className="tg-pair__bar-words">
          {y.quotes === 0 ? "none" : y.quotes}
          {byQuad.length ? <span className="tg-sr-only">: {byQuad.map((q) => `${y.byQuad[q]} ${QUAD_CLASS_LABELS[q].toLowerCase()}`).join(", ")}</span> : null}
        </span>
      </td>
      <td className="tg-pair__year-types" title={y.types.map(typeLabel).join(", ")}>
        {y.types.length ? (
          <>
            <span aria-hidden="true">{y.types.length}</span>
            <span className="tg-sr-only">{y.types.map(typeLabel).join(", ")}</span>
          </>
        ) : (
          "—"
        )}
      </td>
      <td className="tg-pair__coverage">
        {y.articles === 0 ? (
          <span>
            <span aria-hidden="true">∅ </span>no coverage
          </span>
        ) : (
          `${y.articles} ${y.articles === 1 ? "article" : "articles"}, ${y.publishers} ${y.publishers === 1 ? "publisher" : "publishers"}`
        )}
      </td>
    </tr>
  );
}
