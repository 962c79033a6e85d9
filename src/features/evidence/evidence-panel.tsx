import { useMemo } from "react";
import { evidenceAtPassage, findLink, isTie, linkInView, orderEvidence } from "../../graph/evidence-lookup";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { Actor, Passage } from "../../graph/schema";
import { actorName, directionArrow, directionSentence, formatYears, quoteCount } from "../../graph/tie-labels";
import { pairOf } from "../../graph/view-state";
import { passageCount } from "../../graph/passages";
import { pairId } from "../../graph/weigh";
import { viewYears } from "../../graph/weigh-labels";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { useGraphWithEvidence } from "../../store/link-evidence";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { EvidenceOrderControls } from "../../ui/evidence-order-controls";
import { LoadNote } from "../../ui/load-note";
import { PassageList } from "../../ui/passage-list";
import { QuadBadge } from "../../ui/quad-badge";
import { ToneTrajectory } from "../../ui/tone-trajectory";
import { ContestedPassages } from "./contested-passages";
import { TieWeight } from "./tie-weight";
import { EvidenceDecision } from "./evidence-decision";
import "../../ui/theme.css";
import "./evidence-panel.css";

/**
 * The quotes behind the selected tie (or co-mention): heading "Iran → Syria · Military cooperation"
 * with its quad class; how strong it is (quotes, articles, publishers; single source); the pair's
 * tone per year and its contradictions side by side; then every supporting passage of the current
 * year(s), ordered by date, publisher or claimant (or only the publisher's own voice), each with who
 * claims it, its source, its citation and a link to read it in context; the same words in several
 * articles (syndicated copy) as one passage with its copies, and long lists a page at a time. When the filters hide the
 * tie, all its quotes are shown with a note saying so.
 */
export function EvidencePanel() {
  const loadedGraph = useAppStore(selectGraph);
  const ownArticleIds = useAppStore(selectOwnArticleIds);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const tieId = state.tieId;
  // A link's passages are in their own file until someone reads them.
  const { graph, state: sentences, retry } = useGraphWithEvidence(loadedGraph, [tieId]);
  const shown = useMemo(() => (tieId ? linkInView(graph, state, tieId) : undefined), [graph, state, tieId]);
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const articlesById = useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
  const publisherOf = useMemo(() => new Map(graph.articles.map((a) => [a.id, a.publisher])), [graph]);
  const evidence = useMemo(
    () => (shown?.link.evidence ? orderEvidence(shown.link.evidence, state.evidenceOrder, publisherOf, state.publisherVoiceOnly) : []),
    [shown, state.evidenceOrder, state.publisherVoiceOnly, publisherOf],
  );
  const pair = useMemo(() => (shown ? graph.pairs.find((p) => p.id === pairId(shown.link.source, shown.link.target)) : undefined), [graph, shown]);

  if (!tieId || !shown) {
    return (
      <section className="tg-view tg-evidence" role="region" aria-label="Evidence">
        <p className="tg-evidence__note">Select a tie in the network or the table to read the quotes behind it.</p>
      </section>
    );
  }

  const { link, inView } = shown;
  if (!link.evidence) {
    return (
      <section className="tg-view tg-evidence" role="region" aria-label="Evidence" aria-busy={sentences.status === "loading"}>
        <LoadNote
          state={sentences.status === "error" ? sentences : { status: "loading" }}
          className="tg-evidence__note"
          loading={isTie(link) ? `Loading the evidence of ${actorName(actorsById, link.source)} and ${actorName(actorsById, link.target)}…` : `Loading the sentences naming ${actorName(actorsById, link.source)} and ${actorName(actorsById, link.target)}…`}
          failed={isTie(link) ? "The evidence could not be shown" : "The sentences could not be shown"}
          retry={retry}
        />
      </section>
    );
  }
  // The same words in several articles are one passage (see passages.ts).
  const passages = passageCount(link.evidence);
  const total = findLink(graph, link.id)?.evidence?.length ?? link.evidence.length;
  const source = actorName(actorsById, link.source);
  const target = actorName(actorsById, link.target);
  const tie = isTie(link) ? link : null;
  const type = tie ? graph.relationTypes.find((t) => t.id === tie.type) : undefined;
  const direction = tie?.direction ?? "mutual";
  const limitedTo = state.compare ? state.compare.join(" and ") : state.year !== null ? String(state.year) : null;
  const years = viewYears(state);
  const contests = (pair?.contested ?? []).filter((c) => !years.length || years.includes(c.year));
  const pairName = `${source} and ${target}`;
  const passageHref = (passage: Passage) => {
    // a tie's passage names its evidence (whose file the reader fetches); a denial's words may be those of a link in hand
    if (passage.evidenceId && passage.tieId) return href({ view: "reader", articleId: passage.articleId, evidenceId: passage.evidenceId, tieId: passage.tieId, actorId: null });
    const at = evidenceAtPassage(graph, passage);
    return href({ view: "reader", articleId: passage.articleId, evidenceId: at?.evidence.id ?? null, tieId: at?.link.id ?? link.id, actorId: null });
  };

  return (
    <section className="tg-view tg-evidence" role="region" aria-label="Evidence">
      <nav className="tg-evidence__nav" aria-label="Actors of this tie">
        <a href={href({ tieId: null, actorId: link.source })}>See {source}</a>
        <a href={href({ tieId: null, actorId: link.target })}>See {target}</a>
        <a href={href({ tieId: null, actorId: null, pairId: pairOf(link.source, link.target) })}>
          {pair && pair.tieIds.length > 1 ? `All ${pair.tieIds.length} ties between them` : "The pair"}
          <span className="tg-sr-only">: {source} and {target}</span>
        </a>
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
            {quoteCount(passages)}
            {passages < link.evidence.length ? ` (${link.evidence.length} copies)` : ""} · {formatYears(link.years)}
          </span>
        </div>
        {tie ? <span className="tg-sr-only">Quad class: {QUAD_CLASS_LABELS[tie.quadClass]}</span> : null}
        {tie ? <TieWeight tie={tie} years={years} contests={contests.length} /> : null}
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
      {tie && pair ? (
        <section className="tg-evidence__tone" aria-label="Tone per year">
          <h3 className="tg-evidence__subhead">Tone of {pairName} per year</h3>
          <p className="tg-evidence__hint">
            Across all {pair.tieIds.length === 1 ? "their relation types" : `${pair.tieIds.length} relation types between them`}, not only this
            tie: the mean over their quotes, from −10 (material conflict) to +10 (material cooperation).
          </p>
          <ToneTrajectory tone={pair.tone} coverage={graph.coverage} title={`Tone of ${pairName} per year, all relation types`} />
        </section>
      ) : null}
      <ContestedPassages contests={contests} pairName={pairName} types={graph.relationTypes} articlesById={articlesById} readHref={passageHref} />
      <EvidenceOrderControls order={state.evidenceOrder} publisherVoiceOnly={state.publisherVoiceOnly} onChange={(patch) => setView(patch, { replace: true })} />
      {state.publisherVoiceOnly && evidence.length === 0 ? <p className="tg-evidence__note">Every quote here is attributed to someone; none is in the publisher’s own voice.</p> : null}
      <PassageList
        key={`${link.id}|${state.evidenceOrder}|${state.publisherVoiceOnly}`}
        className="tg-evidence__list"
        evidence={evidence}
        label={quoteCount}
        articlesById={articlesById}
        actorsById={actorsById}
        publisherOf={publisherOf}
        ownArticleIds={ownArticleIds}
        readHref={(e) => href({ view: "reader", articleId: e.articleId, evidenceId: e.id, tieId: link.id, actorId: null })}
        actions={tie ? (e) => <EvidenceDecision tie={tie} evidence={e} /> : undefined}
      />
    </section>
  );
}
