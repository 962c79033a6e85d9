import { Fragment, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from "react";
import { runsBy, segmentRange, splitParagraphs, type TextPiece, type TextRange } from "../../graph/article-text";
import { findEvidence, inReadingOrder, isTie, linkInView } from "../../graph/evidence-lookup";
import { httpUrl } from "../../graph/safe-url";
import type { Actor, Article, ArticleText, Evidence, Mention } from "../../graph/schema";
import { actorName, directionArrow } from "../../graph/tie-labels";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { OwnBadge } from "../../ui/own-badge";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { DateLabel } from "../../ui/date-label";
import { LoadNote } from "../../ui/load-note";
import "../../ui/theme.css";
import { useArticleText } from "./article-text-loader";
import { useGraphWithEvidence } from "../../store/link-evidence";
import { AddTieFromPassage } from "./add-tie-from-passage";
import "./reader.css";

interface ParagraphProps {
  body: string;
  range: TextRange;
  passage: Evidence | null;
  mentions: readonly Mention[];
  actorsById: ReadonlyMap<string, Actor>;
  /** Attached to the first passage mark in the article, for scrolling. */
  passageRef: Ref<HTMLElement> | undefined;
  unmined: boolean;
  /** The mention whose tooltip is shown (by its start offset), described by `tipId`. */
  activeMention: number | null;
  tipId: string;
}

/** How many pieces of evidence cite `text`'s article with words that are not the text's at their offsets. */
function quotesNotIn(graph: { ties: readonly { evidence?: readonly Evidence[] }[]; coMentions: readonly { evidence?: readonly Evidence[] }[] }, text: ArticleText): number {
  let wrong = 0;
  // A link's passages in their own file are checked when they arrive (with this reader's link).
  for (const link of [...graph.ties, ...graph.coMentions]) {
    for (const e of link.evidence ?? []) if (e.articleId === text.id && text.body.slice(e.start, e.end) !== e.quote) wrong++;
  }
  return wrong;
}

/** One paragraph, every character from the body: passage in a <mark>, its cue in <strong>, mentions underlined. */
function Paragraph({ body, range, passage, mentions, actorsById, passageRef, unmined, activeMention, tipId }: ParagraphProps) {
  const pieces = segmentRange(range, { passage, cue: passage?.cue ?? null, mentions });
  const text = (p: TextPiece) => {
    const words = body.slice(p.start, p.end);
    if (!p.mention) return <Fragment key={p.start}>{words}</Fragment>;
    const actor = actorsById.get(p.mention.actorId);
    return (
      <span
        key={p.start}
        className="tg-reader__mention"
        data-actor-id={p.mention.actorId}
        data-mention-start={p.mention.start}
        // Focusable so keyboard users reach the same tooltip as the mouse.
        tabIndex={0}
        aria-describedby={activeMention === p.mention.start ? tipId : undefined}
        style={actor ? ({ "--tg-actor-colour": actor.color } as CSSProperties) : undefined}
      >
        {words}
      </span>
    );
  };
  const withCue = (items: TextPiece[]): ReactNode =>
    runsBy(items, (p) => p.cue).map((run) =>
      run.key ? (
        <strong key={run.items[0]!.start} className="tg-reader__cue" data-cue="">
          {run.items.map(text)}
        </strong>
      ) : (
        run.items.map(text)
      ),
    );
  const runs = runsBy(pieces, (p) => p.passage);
  const firstPassageRun = runs.findIndex((run) => run.key);
  return (
    <p className={unmined ? "tg-reader__para tg-reader__para--unmined" : "tg-reader__para"} data-start={range.start} data-end={range.end}>
      {runs.map((run, i) => {
        if (!run.key) return <Fragment key={run.items[0]!.start}>{withCue(run.items)}</Fragment>;
        return (
          <mark key={run.items[0]!.start} ref={i === firstPassageRun ? passageRef : undefined} className="tg-reader__passage" data-evidence-id={passage?.id}>
            {withCue(run.items)}
          </mark>
        );
      })}
    </p>
  );
}

/** The article's byline: author, date as precise as known, genre, and the original if it is a web page. */
function ArticleHeader({ article, titleId }: { article: Article; titleId: string }) {
  const original = httpUrl(article.url);
  const own = useAppStore(selectOwnArticleIds).has(article.id);
  return (
    <header className="tg-reader__header">
      <p className="tg-reader__kicker">
        {article.publisher} · {article.genre}
        {own ? <> <OwnBadge /></> : null}
      </p>
      <h2 className="tg-reader__title" id={titleId}>
        {article.title}
      </h2>
      <p className="tg-reader__byline">
        {article.author ? <span>By {article.author}</span> : <span>No author named</span>}
        <span className="tg-reader__sep" aria-hidden="true">·</span>
        <DateLabel published={article.published} precision={article.precision} withNote />
        {original ? (
          <>
            <span className="tg-reader__sep" aria-hidden="true">·</span>
            <a href={original} target="_blank" rel="noopener noreferrer">
              Original article<span className="tg-sr-only"> (opens in a new tab)</span>
              <span aria-hidden="true"> ↗</span>
            </a>
          </>
        ) : null}
      </p>
      <p className="tg-reader__legend" aria-hidden="true">
        <span>
          <span className="tg-reader__legend-passage">Highlighted</span> the quoted passage
        </span>
        <span>
          <span className="tg-reader__legend-mention">Underlined</span> an actor (hover or Tab to it: which actor, by which words)
        </span>
      </p>
    </header>
  );
}

/** Where the mention tooltip points: the mention (by its start offset) and its place in the article. */
interface MentionTip {
  mention: Mention;
  left: number;
  top: number;
}

/** "Iran" and "matched by the words “Tehran”": which actor a mention was resolved to, and by which alias. */
function MentionTooltip({ tip, id, actorsById }: { tip: MentionTip | null; id: string; actorsById: ReadonlyMap<string, Actor> }) {
  if (!tip) return null;
  return (
    <div className="tg-reader__tip" role="tooltip" id={id} style={{ left: tip.left, top: tip.top }}>
      <strong>{actorName(actorsById, tip.mention.actorId)}</strong>
      <span>matched by the words “{tip.mention.text}”</span>
    </div>
  );
}

/**
 * The article reader: the whole article, verbatim, with the selected evidence passage highlighted and
 * scrolled into view, its cue emphasised and every actor mention underlined. Previous / next walk the
 * selected tie's quotes in reading order, across articles. The body is built by slicing the article
 * text at offsets, so what is shown is exactly the article's characters. Hovering or focusing a
 * mention shows which actor it was resolved to and by which words (Escape hides it).
 */
export function Reader() {
  const loadedGraph = useAppStore(selectGraph);
  const { state } = useView();
  // The selected link's passages, when they are in their own file: its passage and its steps.
  const { graph, state: sentences, retry: retrySentences } = useGraphWithEvidence(loadedGraph, [state.tieId]);
  const setView = useSetView();
  const href = useViewHref();
  const titleId = useId();
  const passageRef = useRef<HTMLElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const tipId = useId();
  const [tip, setTip] = useState<MentionTip | null>(null);

  const article = useMemo(() => graph.articles.find((a) => a.id === state.articleId), [graph, state.articleId]);
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const found = useMemo(() => (state.evidenceId ? findEvidence(graph, state.evidenceId, state.tieId) : undefined), [graph, state.evidenceId, state.tieId]);
  const passage = found && article && found.evidence.articleId === article.id ? found.evidence : null;
  const tie = useMemo(() => (state.tieId ? linkInView(graph, state, state.tieId)?.link : undefined), [graph, state]);
  const steps = useMemo(() => (tie?.evidence ? inReadingOrder(tie.evidence) : []), [tie]);
  const { state: textState, retry } = useArticleText(article);
  const text = textState.status === "ready" ? textState.text : null;
  const paragraphs = useMemo(() => (text ? splitParagraphs(text.body) : []), [text]);
  // Every quote the user sees must be the article's words: graph.json and the text file are checked
  // against each other when the text arrives, and a mismatch is said, never shown.
  const mismatched = useMemo(() => (text ? quotesNotIn(graph, text) : 0), [graph, text]);
  const mentionsByParagraph = useMemo(
    () => paragraphs.map((p) => (text?.mentions ?? []).filter((m) => m.start < p.end && m.end > p.start)),
    [paragraphs, text],
  );

  // Runs when the article or the passage changes, once the new mark is in the page.
  useEffect(() => {
    const el = article && passage && text ? passageRef.current : null;
    if (!el || typeof el.scrollIntoView !== "function") return;
    const reduce = typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [article, passage, text]);

  if (!article) return null;
  // One tooltip for the whole article, placed above the mention under the pointer or the focus.
  const showTip = (e: MouseEvent | FocusEvent) => {
    const el = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>("[data-mention-start]") : null;
    const start = Number(el?.dataset.mentionStart);
    const mention = el ? text?.mentions.find((m) => m.start === start) : undefined;
    const box = articleRef.current?.getBoundingClientRect();
    if (!el || !mention || !box) {
      if (tip) setTip(null);
      return;
    }
    if (tip?.mention === mention) return;
    const at = el.getBoundingClientRect();
    setTip({ mention, left: at.left + at.width / 2 - box.left, top: at.top - box.top });
  };
  const hideTip = () => setTip(null);
  const hideTipOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !tip) return;
    e.stopPropagation(); // Escape closes the tooltip first, not the whole view.
    setTip(null);
  };
  const index = passage ? steps.findIndex((e) => e.id === passage.id) : -1;
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 ? steps[index + 1] : undefined;
  const go = (e: Evidence) => setView({ view: "reader", articleId: e.articleId, evidenceId: e.id });
  const tieLabel = tie
    ? `${actorName(actorsById, tie.source)} ${isTie(tie) ? directionArrow(tie.direction) : "–"} ${actorName(actorsById, tie.target)} · ${
        isTie(tie) ? (graph.relationTypes.find((t) => t.id === tie.type)?.label ?? tie.type) : "named together"
      }`
    : null;
  const pieces: ReactNode[] = [];
  const body = text?.body ?? "";
  let at = 0;
  paragraphs.forEach((range, i) => {
    pieces.push(body.slice(at, range.start));
    pieces.push(
      <Paragraph
        key={range.start}
        body={body}
        range={range}
        passage={passage}
        mentions={mentionsByParagraph[i] ?? []}
        actorsById={actorsById}
        passageRef={passage && passage.start < range.end && passage.end > range.start && passage.start >= range.start ? passageRef : undefined}
        unmined={range.start >= article.extractEnd}
        activeMention={tip?.mention.start ?? null}
        tipId={tipId}
      />,
    );
    at = range.end;
  });
  pieces.push(body.slice(at));

  return (
    <div className="tg-view tg-reader">
      <nav className="tg-reader__nav" aria-label="Reading">
        <div className="tg-reader__bar">
          {tie ? (
            <span className="tg-reader__back">
              <a href={href({ view: "graph", articleId: null, evidenceId: null, tieId: tie.id })}>
                <span aria-hidden="true">← </span>Back to the tie
              </a>
              <span className="tg-reader__tie-label">{tieLabel}</span>
            </span>
          ) : (
            <a href={href({ view: "sources", articleId: null, evidenceId: null, tieId: null })}>
              <span aria-hidden="true">← </span>All sources
            </a>
          )}
          {tie && index >= 0 ? (
            <div className="tg-reader__steps">
              <button type="button" className="tg-button" disabled={!previous} onClick={() => previous && go(previous)}>
                <span aria-hidden="true">← </span>Previous quote
              </button>
              <span className="tg-reader__position" role="status" aria-live="polite">
                Quote {index + 1} of {steps.length}
              </span>
              <button type="button" className="tg-button" disabled={!next} onClick={() => next && go(next)}>
                Next quote<span aria-hidden="true"> →</span>
              </button>
            </div>
          ) : null}
        </div>
      </nav>
      <AddTieFromPassage article={article} text={textState.status === "ready" && !mismatched ? text : null} bodyRef={bodyRef} />
      {state.evidenceId && !passage ? (
        sentences.status === "ready" ? (
          <p className="tg-reader__note">The selected passage is not in this article; showing the article without it.</p>
        ) : (
          <LoadNote state={sentences} className="tg-reader__note" loading="Loading the passage…" failed="The passage could not be found" retry={retrySentences} />
        )
      ) : null}
      <article className="tg-reader__article" aria-labelledby={titleId} ref={articleRef}>
        <ArticleHeader article={article} titleId={titleId} />
        <div
          className="tg-reader__body"
          data-testid="article-body"
          ref={bodyRef}
          onMouseOver={showTip}
          onMouseLeave={hideTip}
          onFocus={showTip}
          onBlur={hideTip}
          onKeyDown={hideTipOnEscape}
        >
          {textState.status === "ready" && mismatched ? (
            <div className="tg-reader__note" role="alert">
              <p>
                {mismatched === 1 ? "1 quote of the graph is not this article's words" : `${mismatched} quotes of the graph are not this article's words`}: graph.json and
                the article's text file come from different compiles. Rebuild them with <code>npm run compile</code> and reload.
              </p>
            </div>
          ) : textState.status === "ready" ? (
            pieces
          ) : (
            <LoadNote state={textState} className="tg-reader__note" loading="Loading the article’s text…" failed="The article’s text cannot be shown" retry={retry} />
          )}
        </div>
        <MentionTooltip tip={tip} id={tipId} actorsById={actorsById} />
      </article>
    </div>
  );
}
