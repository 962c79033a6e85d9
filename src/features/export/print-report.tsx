/**
 * The printable report of the selected actor or tie, shown first as an on-screen preview (a modal
 * dialog with Print and Close), and laid out for paper by print CSS: only the report is printed,
 * in serif type, with its citations numbered. Article words are rendered as text, never HTML.
 */
import { useEffect, useId, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { useView } from "../../store/use-view";
import { OwnBadge } from "../../ui/own-badge";
import { buildReport, reportSelection } from "./report-model";
import { useGraphWithEvidence } from "../../store/link-evidence";
import { LoadNote } from "../../ui/load-note";
import "./print-report.css";

/** The quote in quotation marks, unless it already opens with one. */
function quoted(quote: string): string {
  return /^["“‘'«]/.test(quote) ? quote : `“${quote}”`;
}

/** The preview dialog; `onClose` is called when it closes (Close, Escape). */
export function PrintReport({ onClose }: { onClose: () => void }) {
  const loadedGraph = useAppStore(selectGraph);
  const own = useAppStore(selectOwnArticleIds);
  const { state } = useView();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // the report's ties, with their evidence fetched when it is in files of its own
  const selection = useMemo(() => reportSelection(loadedGraph, state), [loadedGraph, state]);
  const { graph, state: evidenceState, retry } = useGraphWithEvidence(loadedGraph, useMemo(() => selection?.ties.map((t) => t.id) ?? [], [selection]));
  const report = evidenceState.status === "ready" ? buildReport(graph, state) : null;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    document.documentElement.classList.add("is-printing-report");
    return () => document.documentElement.classList.remove("is-printing-report");
  }, []);

  return createPortal(
    <dialog ref={dialog} className="pr-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="pr-toolbar">
        <span>Report preview</span>
        <button type="button" className="tg-button tg-button--primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="tg-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <article className="pr-report">
        <header className="pr-report__head">
          <p className="pr-report__kicker">Tiegraph report · {report?.scope ?? ""}</p>
          <h1 id={titleId}>{report?.title ?? selection?.title ?? "Nothing selected"}</h1>
          {evidenceState.status !== "ready" ? <LoadNote state={evidenceState} className="pr-report__summary" loading="Loading the evidence…" failed="The evidence could not be loaded" retry={retry} /> : null}
          {report && (
            <p className="pr-report__summary">
              {report.ties.length} {report.ties.length === 1 ? "tie" : "ties"}, {report.ties.reduce((n, t) => n + t.evidence.length, 0)} quotes from {report.citations.length}{" "}
              {report.citations.length === 1 ? "article" : "articles"}.
            </p>
          )}
        </header>
        {report?.ties.map((t) => (
          <section key={t.tie.id} className="pr-tie" aria-label={t.heading}>
            <h2>{t.heading}</h2>
            <p className="pr-tie__meta">
              {t.direction} · {t.tie.years.join(", ")} · {t.evidence.length} {t.evidence.length === 1 ? "quote" : "quotes"}
            </p>
            <ol className="pr-tie__quotes">
              {t.evidence.map(({ evidence, citations, claimant }) => (
                <li key={evidence.id}>
                  <blockquote>{quoted(evidence.quote)}</blockquote> <span className="pr-cite">[{citations.join(", ")}]</span>
                  <span className="pr-claimant">{claimant}</span>
                  {own.has(evidence.articleId) ? <> <OwnBadge /></> : null}
                </li>
              ))}
            </ol>
          </section>
        ))}
        {report && report.citations.length > 0 && (
          <section className="pr-citations" aria-label="Citations">
            <h2>Citations</h2>
            <ol>
              {report.citations.map(({ number, article, date }) => (
                <li key={article.id} value={number}>
                  {article.author ? `${article.author}, ` : ""}“{article.title}”, <i>{article.publisher}</i>, {date}
                  {article.url ? <>. <span className="pr-url">{article.url}</span></> : null}
                  {own.has(article.id) ? <> <OwnBadge /></> : null}
                </li>
              ))}
            </ol>
          </section>
        )}
      </article>
    </dialog>,
    document.body,
  );
}
