/**
 * The Review view (`#/review`): the extractor proposes, an editor decides. One decision per screen:
 * the sentence in its paragraph with both actors and the cue marked, the proposal in words, the
 * reason it was not stated. Keys: a accept, x reject, t retype, d direction, s skip, u undo, j/k next
 * and previous; a button for each. Two queues: the compiler's candidates (by score) and the stated
 * evidence (unchecked first), filtered by article, pair, type and year.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { CANDIDATE_REASON_LABELS } from "../../graph/candidates";
import { applyDecisions, addedEvidenceId, curationEntries, decidedIds, staleDecisions, type DecidedPassage, type Decision } from "../../graph/decisions";
import { curationFile } from "../../graph/curation-entries";
import { nextUndecided, reviewItems, tiesToReview, type ReviewItem } from "../../graph/review-queue";
import type { Article, ArticleText, Graph, RelationType } from "../../graph/schema";
import { actorName } from "../../graph/tie-labels";
import { pairActors, pairOf, type ReviewQueue } from "../../graph/view-state";
import { withEvidence } from "../../graph/in-hand";
import { selectDecidedEvidence, selectDecisions, selectGraph, selectLoadedGraph, selectOwnCandidates, useAppStore } from "../../store/app-store";
import { useGraphWithEvidence } from "../../store/link-evidence";
import { useSetView, useView } from "../../store/use-view";
import { LoadNote } from "../../ui/load-note";
import "../../ui/theme.css";
import { useCandidates } from "./use-candidates";
import "./review.css";
import { RelationTypeOptions } from "../../ui/relation-type-options";
import { downloadText } from "../../ui/download";

type Direction = "as-proposed" | "flipped" | "mutual";

/** The proposal of an item, as the editor has adjusted it (type, direction). */
interface Proposal {
  source: string;
  target: string;
  mutual: boolean;
  type: string;
}

function proposalOf(item: ReviewItem, typeOverride: string | null, direction: Direction, types: ReadonlyMap<string, RelationType>): Proposal {
  const base =
    item.kind === "candidate"
      ? { source: item.candidate.source, target: item.candidate.target, mutual: item.candidate.mutual, type: item.candidate.type }
      : {
          source: item.evidence.direction === "target-to-source" ? item.tie.target : item.tie.source,
          target: item.evidence.direction === "target-to-source" ? item.tie.source : item.tie.target,
          mutual: item.evidence.direction === "mutual",
          type: item.tie.type,
        };
  const type = typeOverride ?? base.type;
  const directed = types.get(type)?.directed ?? true;
  if (!directed) return { ...base, type, mutual: true };
  if (direction === "flipped") return { source: base.target, target: base.source, mutual: false, type };
  if (direction === "mutual") return { ...base, mutual: true, type };
  return { ...base, type };
}

/** "Iran → Syria · Material support · 2018" */
function proposalWords(p: Proposal, graph: Graph, types: ReadonlyMap<string, RelationType>, year: number, actorsById: ReadonlyMap<string, Graph["actors"][number]>): string {
  return `${actorName(actorsById, p.source)} ${p.mutual ? "↔" : "→"} ${actorName(actorsById, p.target)} · ${types.get(p.type)?.label ?? p.type} · ${year}`;
}

/** When a decision is made (a later one on the same evidence replaces it). */
const decisionTime = () => Date.now();

const isTyping = (el: Element | null) => !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || (el as HTMLElement).isContentEditable);

/** The Review view. `loadArticleText` fetches an article's text (the reader's loader, lent by the app). */
export function ReviewView({ loadArticleText }: { loadArticleText: (article: Article) => Promise<ArticleText> }) {
  const graph = useAppStore(selectGraph);
  const loaded = useAppStore(selectLoadedGraph);
  const decisions = useAppStore(selectDecisions);
  const ownCandidates = useAppStore(selectOwnCandidates);
  const { state } = useView();
  const setView = useSetView();
  const shipped = useCandidates();
  const candidates = useMemo(() => [...(shipped.status === "ready" ? shipped.candidates : []), ...ownCandidates], [shipped, ownCandidates]);
  const types = useMemo(() => new Map(graph.relationTypes.map((t) => [t.id, t])), [graph]);
  const actorsById = useMemo(() => new Map(graph.actors.map((a) => [a.id, a])), [graph]);
  const articlesById = useMemo(() => new Map(graph.articles.map((a) => [a.id, a])), [graph]);
  const queue = state.reviewQueue;
  const filter = { articleId: state.articleId, pairId: state.pairId, types: state.types, year: state.year };
  // The queue is built from the graph as loaded (with its own curation), so a decision here does not
  // move items around under the editor's hands; each item shows what was decided on it.
  // The stated queue needs the evidence of the ties it lists, fetched when it is in files of its own.
  const toReview = useMemo(
    () => (queue === "stated" ? tiesToReview(loaded ?? graph, filter).map((t) => t.id) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queue, loaded, graph, state.articleId, state.pairId, state.types, state.year],
  );
  const { graph: base, state: evidenceState, retry: retryEvidence } = useGraphWithEvidence(loaded ?? graph, toReview);
  const items = useMemo(
    () => reviewItems(queue, base, candidates, filter, decisions),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queue, base, candidates, state.articleId, state.pairId, state.types, state.year],
  );
  // decided here, or (stated evidence) already checked in data/curation.yaml
  const inFile = useMemo(() => new Set(items.flatMap((i) => (i.kind === "stated" && i.evidence.curation !== null ? [i.id] : []))), [items]);
  const decided = useMemo(() => new Set([...decidedIds(decisions), ...inFile]), [decisions, inFile]);
  const candidateIds = useMemo(() => new Set(candidates.map((c) => c.id)), [candidates]);
  // told on the evidence of the decided pairs, which the store holds once fetched
  const decidedEvidence = useAppStore(selectDecidedEvidence);
  const stale = useMemo(
    () => (loaded && shipped.status === "ready" ? staleDecisions(decisions, withEvidence(loaded, decidedEvidence), candidateIds) : []),
    [decisions, loaded, decidedEvidence, candidateIds, shipped.status],
  );
  const found = items.findIndex((i) => i.id === state.evidenceId);
  const firstOpen = nextUndecided(items, decided, items.length - 1);
  const index = found >= 0 ? found : firstOpen >= 0 ? firstOpen : 0;
  const item: ReviewItem | undefined = items[index];

  const [typeOverride, setTypeOverride] = useState<string | null>(null);
  const [direction, setDirection] = useState<Direction>("as-proposed");
  const [picking, setPicking] = useState(false);
  const [note, setNote] = useState("");
  const [said, setSaid] = useState("");
  const [threshold, setThreshold] = useState(0.5);
  const itemId = item?.id ?? null;
  const [shownFor, setShownFor] = useState<string | null>(itemId);
  if (shownFor !== itemId) {
    // a new item: the editor's adjustments were for the last one
    setShownFor(itemId);
    setTypeOverride(null);
    setDirection("as-proposed");
    setPicking(false);
    setNote("");
  }
  const proposal = item ? proposalOf(item, typeOverride, direction, types) : null;
  const decision = item ? decisions.find((d) => d.evidenceId === item.id || d.candidateId === item.id) : undefined;

  const go = useCallback((i: number) => {
    const next = items[i];
    if (next) setView({ evidenceId: next.id }, { replace: true });
  }, [items, setView]);
  const advance = useCallback(() => {
    const nextDecided = new Set([...decidedIds(useAppStore.getState().decisions), ...inFile]);
    const i = nextUndecided(items, nextDecided, index);
    if (i >= 0) go(i);
    else setSaid((s) => `${s} Every item of this queue is decided.`);
  }, [items, index, go, inFile]);

  const decideItem = useCallback(
    (action: "accept" | "reject" | "retype", type?: string) => {
      if (!item || !proposal) return;
      const store = useAppStore.getState();
      const at = decisionTime();
      const trimmed = note.trim() || undefined;
      const p = type ? { ...proposal, type, mutual: types.get(type)?.directed === false ? true : proposal.mutual } : proposal;
      const words = proposalWords(p, graph, types, item.kind === "candidate" ? item.candidate.year : item.evidence.year, actorsById);
      if (item.kind === "candidate") {
        const c = item.candidate;
        if (action === "reject") {
          store.decide({ evidenceId: c.id, candidateId: c.id, at, dismissed: true, entry: { action: "reject", evidence: c.id } }, applyDecisions);
          setSaid(`Rejected: ${words}.`);
        } else {
          const passage: DecidedPassage = { articleId: c.articleId, published: c.published, year: c.year, quote: c.quote, start: c.start, end: c.end, source: p.source, target: p.target, mutual: p.mutual };
          // a decision on the same candidate replaces the last (a retype after an accept)
          store.forgetDecisions(new Set(store.decisions.filter((d) => d.candidateId === c.id).map((d) => d.evidenceId)));
          store.decide({
            evidenceId: addedEvidenceId(passage, p.type),
            candidateId: c.id,
            at,
            passage,
            entry: { action: "add", article: c.articleId, quote: c.quote, start: c.start, source: p.source, target: p.target, type: p.type, direction: p.mutual ? "mutual" : "directed", ...(trimmed ? { note: trimmed } : {}) },
          }, applyDecisions);
          setSaid(`Accepted: ${words}.`);
        }
      } else {
        const e = item.evidence;
        const passage: DecidedPassage = { articleId: e.articleId, published: e.published, year: e.year, quote: e.quote, start: e.start, end: e.end, source: p.source, target: p.target, mutual: p.mutual };
        const entry: Decision["entry"] =
          action === "accept" ? { action: "confirm", evidence: e.id } : action === "reject" ? { action: "reject", evidence: e.id } : { action: "retype", evidence: e.id, type: p.type };
        store.decide({ evidenceId: e.id, at, passage, entry: trimmed ? { ...entry, note: trimmed } : entry }, applyDecisions);
        setSaid(`${action === "accept" ? "Confirmed" : action === "reject" ? "Rejected" : "Retyped"}: ${words}.`);
      }
      advance();
    },
    [item, proposal, note, types, graph, actorsById, advance],
  );

  const undo = useCallback(() => {
    const last = useAppStore.getState().undoDecision();
    if (!last) {
      setSaid("Nothing to undo.");
      return;
    }
    setSaid("Undone.");
    const back = items.findIndex((i) => i.id === (last.candidateId ?? last.evidenceId));
    if (back >= 0) go(back);
  }, [items, go]);

  const cycleDirection = useCallback(() => {
    if (!proposal || types.get(proposal.type)?.directed === false) {
      setSaid("This relation type is mutual: it has no direction to change.");
      return;
    }
    setDirection((d) => (d === "as-proposed" ? "flipped" : d === "flipped" ? "mutual" : "as-proposed"));
  }, [proposal, types]);

  const pickerRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (picking) pickerRef.current?.focus();
  }, [picking]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(document.activeElement)) return;
      const actions: Record<string, () => void> = {
        a: () => decideItem("accept"),
        x: () => decideItem("reject"),
        t: () => setPicking(true),
        d: cycleDirection,
        s: () => go(Math.min(index + 1, items.length - 1)),
        j: () => go(Math.min(index + 1, items.length - 1)),
        k: () => go(Math.max(index - 1, 0)),
        u: undo,
      };
      const act = actions[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [decideItem, cycleDirection, go, index, items.length, undo]);

  const choose = (patch: Partial<{ articleId: string | null; pairId: string | null; types: string[] | null; year: number | null; reviewQueue: ReviewQueue }>) =>
    setView({ ...patch, evidenceId: null }, { replace: true });

  const inQueue = items.length;
  const decidedHere = items.filter((i) => decided.has(i.id)).length;
  const articleOptions = useMemo(() => [...new Set(items.map((i) => (i.kind === "candidate" ? i.candidate.articleId : i.evidence.articleId)))], [items]);
  const allArticles = queue === "candidates" ? [...new Set(candidates.map((c) => c.articleId))] : graph.articles.map((a) => a.id);
  const pairs = useMemo(() => {
    const ids = new Set<string>();
    if (queue === "candidates") for (const c of candidates) ids.add(pairOf(c.source, c.target));
    else for (const t of base.ties) ids.add(pairOf(t.source, t.target));
    return [...ids].sort();
  }, [queue, candidates, base]);
  const years = useMemo(() => [...new Set(queue === "candidates" ? candidates.map((c) => c.year) : base.ties.flatMap((t) => t.years))].sort(), [queue, candidates, base]);
  const batch = queue === "candidates" && state.articleId ? items.filter((i): i is ReviewItem & { kind: "candidate" } => i.kind === "candidate" && !decided.has(i.id) && i.candidate.score >= threshold) : [];

  const acceptBatch = () => {
    const store = useAppStore.getState();
    let at = decisionTime();
    for (const i of batch) {
      const c = i.candidate;
      const passage: DecidedPassage = { articleId: c.articleId, published: c.published, year: c.year, quote: c.quote, start: c.start, end: c.end, source: c.source, target: c.target, mutual: c.mutual };
      store.decide({
        evidenceId: addedEvidenceId(passage, c.type),
        candidateId: c.id,
        at: at++,
        passage,
        entry: { action: "add", article: c.articleId, quote: c.quote, start: c.start, source: c.source, target: c.target, type: c.type, direction: c.mutual ? "mutual" : "directed", note: `accepted in a batch (score ≥ ${threshold})` },
      }, applyDecisions);
    }
    setSaid(`Accepted ${batch.length} candidate${batch.length === 1 ? "" : "s"} from ${articlesById.get(state.articleId!)?.title ?? state.articleId}.`);
  };

  const exportCuration = () => {
    const entries = curationEntries(decisions);
    const text = curationFile(entries, `Exported from Tiegraph's Review view on ${new Date().toISOString().slice(0, 10)}: ${entries.length} entr${entries.length === 1 ? "y" : "ies"}.\nAppend the entries to data/curation.yaml (imported articles must be in data/articles/ too), then \`npm run compile\`.`);
    downloadText(text, "curation.yaml", "application/yaml");
    setSaid(`Exported ${entries.length} curation entr${entries.length === 1 ? "y" : "ies"} as curation.yaml.`);
  };

  return (
    <section className="tg-review" aria-labelledby="tg-review-heading">
      <header className="tg-review__head">
        <h2 id="tg-review-heading">Review</h2>
        <p className="tg-review__count">
          {decidedHere} of {inQueue} decided
          {decisions.length ? ` · ${decisions.length} decision${decisions.length === 1 ? "" : "s"} in this browser` : ""}
        </p>
        <div className="tg-review__queues" role="group" aria-label="Queue">
          {(["candidates", "stated"] as const).map((q) => (
            <button key={q} type="button" className="tg-button" aria-pressed={queue === q} onClick={() => choose({ reviewQueue: q, articleId: null, pairId: null })}>
              {q === "candidates" ? "Candidates" : "Stated evidence (unchecked first)"}
            </button>
          ))}
        </div>
        <div className="tg-review__filters" role="group" aria-label="Filters">
          <label>
            Article{" "}
            <select value={state.articleId ?? ""} onChange={(e) => choose({ articleId: e.target.value || null })}>
              <option value="">All articles</option>
              {allArticles.map((id) => (
                <option key={id} value={id}>
                  {articlesById.get(id)?.title ?? id}
                  {articleOptions.includes(id) || state.articleId === id ? "" : " (none)"}
                </option>
              ))}
            </select>
          </label>
          <label>
            Pair{" "}
            <select value={state.pairId ?? ""} onChange={(e) => choose({ pairId: e.target.value || null })}>
              <option value="">All pairs</option>
              {pairs.map((id) => {
                const [a, b] = pairActors(id)!;
                return (
                  <option key={id} value={id}>
                    {actorName(actorsById, a)} – {actorName(actorsById, b)}
                  </option>
                );
              })}
            </select>
          </label>
          <label>
            Type{" "}
            <select value={state.types?.[0] ?? ""} onChange={(e) => choose({ types: e.target.value ? [e.target.value] : null })}>
              <option value="">All types</option>
              <RelationTypeOptions types={graph.relationTypes} />
            </select>
          </label>
          <label>
            Year{" "}
            <select value={state.year ?? ""} onChange={(e) => choose({ year: e.target.value ? Number(e.target.value) : null })}>
              <option value="">All years</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        {queue === "candidates" && state.articleId ? (
          <div className="tg-review__batch" role="group" aria-label="Accept a trusted batch">
            <label>
              Accept all from this article with score ≥{" "}
              <input type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} />
            </label>
            <button type="button" className="tg-button" disabled={!batch.length} onClick={acceptBatch}>
              Accept {batch.length}
            </button>
          </div>
        ) : null}
        <div className="tg-review__tools">
          <button type="button" className="tg-button" onClick={exportCuration} disabled={!curationEntries(decisions).length}>
            Export curation
          </button>
        </div>
      </header>
      <p className="tg-sr-only" aria-live="polite">
        {said}
      </p>
      {stale.length ? <StaleList stale={stale} actorsById={actorsById} types={types} /> : null}
      {shipped.status === "error" ? <p className="tg-review__note" role="alert">{shipped.message}</p> : null}
      {shipped.status === "loading" && queue === "candidates" ? <p className="tg-review__note" role="status">Loading the candidates…</p> : null}
      {queue === "stated" && evidenceState.status !== "ready" ? (
        <LoadNote
          state={evidenceState}
          className="tg-review__note"
          loading={`Loading the evidence of ${toReview.length === 1 ? "1 tie" : `${toReview.length} ties`}${evidenceState.status === "loading" && evidenceState.done !== undefined ? `: ${evidenceState.done} of ${evidenceState.of} in` : ""}… Choose an article or a pair to review fewer.`}
          failed="The evidence could not be loaded"
          retry={retryEvidence}
        />
      ) : null}
      {!item || !proposal ? (
        (queue === "candidates" && shipped.status !== "loading") || (queue === "stated" && evidenceState.status === "ready") ? <p className="tg-review__note">Nothing to review here{filter.articleId || filter.pairId || filter.types || filter.year ? " with these filters" : ""}.</p> : null
      ) : (
        <article
          className="tg-review__item"
          aria-label={`Item ${index + 1} of ${inQueue}`}
          data-item-id={item.id}
          data-proposal={`${proposal.source}${proposal.mutual ? "<>" : ">"}${proposal.target}:${proposal.type}`}
        >
          <p className="tg-review__position">
            {index + 1} / {inQueue}
            {decision ? (
              <span className={`tg-review__decided tg-review__decided--${decisionKind(decision)}`}> · {decisionLabel(decision)}</span>
            ) : item.kind === "stated" && item.evidence.curation ? (
              <span> · {item.evidence.curation} in data/curation.yaml</span>
            ) : (
              <span> · undecided</span>
            )}
          </p>
          <p className="tg-review__proposal">
            <span className="tg-review__proposal-kind">{item.kind === "candidate" ? "Proposed:" : "Stated:"}</span>{" "}
            {proposalWords(proposal, graph, types, item.kind === "candidate" ? item.candidate.year : item.evidence.year, actorsById)}
            {typeOverride || direction !== "as-proposed" ? <span className="tg-review__changed"> (changed by you)</span> : null}
          </p>
          <p className="tg-review__reason">
            {item.kind === "candidate" ? (
              <>
                <strong>Why not stated:</strong> {CANDIDATE_REASON_LABELS[item.candidate.reason]}
                {item.candidate.detail ? ` (${item.candidate.detail})` : ""} · score {item.candidate.score.toFixed(2)}
              </>
            ) : (
              <>
                <strong>Read by the compiler</strong>
                {item.evidence.cue ? ` from “${item.evidence.cue.text}”` : ""}
                {item.evidence.curation ? ` · already ${item.evidence.curation} in curation.yaml` : " · unchecked"}
              </>
            )}
          </p>
          <Passage item={item} proposal={proposal} article={articlesById.get(item.kind === "candidate" ? item.candidate.articleId : item.evidence.articleId)} loadArticleText={loadArticleText} />
          {picking ? (
            <div className="tg-review__picker">
              <label>
                New type{" "}
                <select
                  ref={pickerRef}
                  defaultValue={proposal.type}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      setPicking(false);
                      decideItem(item.kind === "candidate" ? "accept" : "retype", e.currentTarget.value);
                    } else if (e.key === "Escape") {
                      e.preventDefault();
                      setPicking(false);
                    }
                  }}
                >
                  <RelationTypeOptions types={graph.relationTypes} />
                </select>
              </label>
              <button
                type="button"
                className="tg-button"
                onClick={() => {
                  setPicking(false);
                  decideItem(item.kind === "candidate" ? "accept" : "retype", pickerRef.current?.value);
                }}
              >
                {item.kind === "candidate" ? "Accept with this type" : "Retype"}
              </button>
              <span className="tg-review__hint">Enter chooses, Esc cancels</span>
            </div>
          ) : null}
          <label className="tg-review__note-field">
            Note (optional, a reader can check it in the quote){" "}
            <input type="text" value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={(e) => e.key === "Escape" && e.currentTarget.blur()} />
          </label>
          <div className="tg-review__actions" role="group" aria-label="Decide">
            <KeyButton k="a" onClick={() => decideItem("accept")}>{item.kind === "candidate" ? "Accept" : "Confirm"}</KeyButton>
            <KeyButton k="x" onClick={() => decideItem("reject")}>Reject</KeyButton>
            <KeyButton k="t" onClick={() => setPicking(true)}>Retype</KeyButton>
            <KeyButton k="d" onClick={cycleDirection} disabled={item.kind === "stated"}>Direction</KeyButton>
            <KeyButton k="s" onClick={() => go(Math.min(index + 1, items.length - 1))}>Skip</KeyButton>
            <KeyButton k="u" onClick={undo}>Undo</KeyButton>
            <KeyButton k="k" onClick={() => go(Math.max(index - 1, 0))}>Previous</KeyButton>
            <KeyButton k="j" onClick={() => go(Math.min(index + 1, items.length - 1))}>Next</KeyButton>
          </div>
        </article>
      )}
    </section>
  );
}

function decisionKind(d: Decision): string {
  return d.dismissed || d.entry.action === "reject" ? "rejected" : d.entry.action === "retype" ? "retyped" : "accepted";
}

function decisionLabel(d: Decision): string {
  if (d.dismissed) return "rejected by you";
  return { add: "accepted by you", confirm: "confirmed by you", reject: "rejected by you", retype: "retyped by you" }[d.entry.action];
}

function KeyButton({ k, onClick, children, disabled = false }: { k: string; onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="tg-button tg-review__key" onClick={onClick} disabled={disabled} aria-keyshortcuts={k}>
      {children} <kbd aria-hidden="true">{k}</kbd>
    </button>
  );
}

/** The sentence in its paragraph: the sentence highlighted, both actors and the cue marked. */
function Passage({ item, proposal, article, loadArticleText }: { item: ReviewItem; proposal: Proposal; article: Article | undefined; loadArticleText: (article: Article) => Promise<ArticleText> }) {
  const [text, setText] = useState<{ id: string; text: ArticleText } | { id: string; error: string } | null>(null);
  const articleId = article?.id ?? null;
  useEffect(() => {
    if (!article) return;
    let live = true;
    const inHand = article.body !== undefined && article.mentions ? Promise.resolve({ id: article.id, body: article.body, mentions: article.mentions }) : loadArticleText(article);
    inHand.then(
      (t) => live && setText({ id: article.id, text: t }),
      (err: Error) => live && setText({ id: article.id, error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [article, loadArticleText]);
  const at = item.kind === "candidate" ? item.candidate : item.evidence;
  const cue = item.kind === "candidate" ? item.candidate.cue : item.evidence.cue;
  const source = article ? (
    <p className="tg-review__source">
      <cite>{article.title}</cite> · {article.publisher} · {article.published}
    </p>
  ) : null;
  if (!text || text.id !== articleId || "error" in text) {
    return (
      <>
        <blockquote className="tg-review__passage">
          <mark className="tg-review__sentence">{at.quote}</mark>
        </blockquote>
        {text && "error" in text && text.id === articleId ? <p className="tg-review__note">The paragraph could not be shown: {text.error}</p> : null}
        {source}
      </>
    );
  }
  const body = text.text.body;
  const paraStart = body.lastIndexOf("\n", at.start - 1) + 1;
  const nl = body.indexOf("\n", at.end);
  const paraEnd = nl < 0 ? body.length : nl;
  const actors = new Set([proposal.source, proposal.target]);
  // marks at body offsets: the two actors' mentions and the cue, inside the sentence
  const marks = [
    ...text.text.mentions.filter((m) => actors.has(m.actorId) && m.start >= at.start && m.end <= at.end).map((m) => ({ start: m.start, end: m.end, kind: "actor" as const, actorId: m.actorId })),
    ...(cue && cue.start >= at.start && cue.end <= at.end && cue.end - cue.start < at.end - at.start ? [{ start: cue.start, end: cue.end, kind: "cue" as const, actorId: null }] : []),
  ]
    .sort((x, y) => x.start - y.start)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const inside: ReactNode[] = [];
  let pos = at.start;
  for (const m of marks) {
    if (m.start > pos) inside.push(<Fragment key={`t${pos}`}>{body.slice(pos, m.start)}</Fragment>);
    inside.push(
      m.kind === "actor" ? (
        <strong key={`m${m.start}`} className="tg-review__actor" data-actor-id={m.actorId}>
          {body.slice(m.start, m.end)}
        </strong>
      ) : (
        <em key={`c${m.start}`} className="tg-review__cue">
          {body.slice(m.start, m.end)}
        </em>
      ),
    );
    pos = m.end;
  }
  if (pos < at.end) inside.push(<Fragment key={`t${pos}`}>{body.slice(pos, at.end)}</Fragment>);
  return (
    <>
      <blockquote className="tg-review__passage">
        {body.slice(paraStart, at.start)}
        <mark className="tg-review__sentence">{inside}</mark>
        {body.slice(at.end, paraEnd)}
      </blockquote>
      <p className="tg-review__legend">
        <span className="tg-review__legend-sentence">highlighted: the sentence</span> · <strong className="tg-review__actor">bold</strong>: the two actors ·{" "}
        <em className="tg-review__cue">underlined</em>: the words that suggest the type
      </p>
      {source}
    </>
  );
}

/** Decisions whose evidence is gone (the extractor changed): listed to decide again, never dropped. */
function StaleList({ stale, actorsById, types }: { stale: readonly Decision[]; actorsById: ReadonlyMap<string, Graph["actors"][number]>; types: ReadonlyMap<string, RelationType> }) {
  const keepAsAdd = (d: Decision) => {
    const p = d.passage;
    if (!p) return;
    const store = useAppStore.getState();
    const type = d.entry.action === "retype" && d.entry.type ? d.entry.type : d.entry.action === "add" ? d.entry.type : null;
    store.forgetDecisions(new Set([d.evidenceId]));
    if (d.entry.action === "reject" || !type) return;
    store.decide({ evidenceId: addedEvidenceId(p, type), at: decisionTime(), passage: p, entry: { action: "add", article: p.articleId, quote: p.quote, start: p.start, source: p.source, target: p.target, type, direction: p.mutual ? "mutual" : "directed", note: d.entry.note } }, applyDecisions);
  };
  return (
    <section className="tg-review__stale" aria-labelledby="tg-review-stale">
      <h3 id="tg-review-stale">
        {stale.length} decision{stale.length === 1 ? "" : "s"} to decide again
      </h3>
      <p className="tg-review__note">The compiler no longer reads these passages the same way (the article or the extractor changed). Nothing was dropped: decide each again.</p>
      <ul>
        {stale.map((d) => (
          <li key={d.evidenceId}>
            <span className="tg-review__stale-what">
              {d.entry.action} {d.passage ? `${actorName(actorsById, d.passage.source)} – ${actorName(actorsById, d.passage.target)}` : d.evidenceId}
              {d.entry.action === "retype" && d.entry.type ? ` as ${types.get(d.entry.type)?.label ?? d.entry.type}` : ""}
            </span>
            {d.passage ? <q>{d.passage.quote}</q> : null}{" "}
            {d.passage && d.entry.action !== "reject" ? (
              <button type="button" className="tg-link-button" onClick={() => keepAsAdd(d)}>
                Keep it as an added tie
              </button>
            ) : null}{" "}
            <button type="button" className="tg-link-button" onClick={() => useAppStore.getState().forgetDecisions(new Set([d.evidenceId]))}>
              Forget this decision
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
