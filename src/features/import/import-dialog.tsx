/**
 * The import dialog: drop or pick .md / .txt files; plain-text files ask for their title, publisher
 * and date before they join; a progress bar while the worker compiles; every rejected file with the
 * compiler's `file:line: message`; the user's articles with a remove button each; and a reset to the
 * shipped corpus. A modal <dialog>: focus moves in when it opens, Escape closes it.
 */
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { formatProblem, type Problem } from "../../compile/problems";
import { PartialIsoDateSchema } from "../../graph/schema";
import { selectGraph, selectOwnArticles, useAppStore } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import type { ArticleRead } from "./read-report";
import { ReadReportView } from "./read-report-view";
import { OwnBadge } from "../../ui/own-badge";
import { warmCompiler } from "./compile-client";
import type { RejectedFile } from "./import-compile";
import { importUserFiles, listImportedFiles, removeImportedFile, resetToShippedCorpus } from "./imports";
import { readPickedFile } from "./read-picked-file";
import { dateFromFileName, firstLine, plainTextToArticle, type UserFile } from "./user-file";
import "./import.css";

interface Progress {
  done: number;
  total: number;
  label: string;
}

interface PendingText {
  file: string;
  text: string;
}

interface Report {
  added: string[];
  reads: ArticleRead[];
  rejected: { file: string; problems: Problem[] }[];
  seconds: number;
}

/** The dialog; `onClose` is called when it closes (button, Escape). */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const own = useAppStore(selectOwnArticles);
  const [compilerReady, setCompilerReady] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [pending, setPending] = useState<PendingText[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [storedFiles, setStoredFiles] = useState<UserFile[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    let live = true;
    void warmCompiler().then(() => live && setCompilerReady(true), (err: Error) => live && setFailure(err.message));
    return () => {
      live = false;
    };
  }, []);

  // The stored list: read when the dialog opens, and again after every import, removal and reset.
  const refreshStored = () => void listImportedFiles().then(setStoredFiles, () => undefined);
  useEffect(refreshStored, []);

  const busy = progress !== null;

  const run = async (files: UserFile[], unreadable: Problem[]) => {
    setFailure(null);
    const started = performance.now();
    let rejected: RejectedFile[] = unreadable.map((p) => ({ file: p.file, problems: [p] }));
    let added: string[] = [];
    let reads: ArticleRead[] = [];
    if (files.length) {
      setProgress({ done: 0, total: files.length + 1, label: `Checking ${files.length} file${files.length === 1 ? "" : "s"}…` });
      try {
        const outcome = await importUserFiles(files, (done, total) =>
          setProgress({ done, total, label: done < total - 1 ? `Checked ${done} of ${total - 1} files…` : "Compiling the graph…" }),
        );
        added = outcome.added;
        reads = outcome.reports;
        rejected = [...rejected, ...outcome.rejected];
      } catch (err) {
        setFailure((err as Error).message);
      }
    }
    setProgress(null);
    setReport({ added, reads, rejected, seconds: (performance.now() - started) / 1000 });
    refreshStored();
  };

  const take = async (picked: readonly File[]) => {
    if (!picked.length || busy) return;
    setReport(null);
    setProgress({ done: 0, total: picked.length, label: `Reading ${picked.length} file${picked.length === 1 ? "" : "s"}…` });
    const markdown: UserFile[] = [];
    const unreadable: Problem[] = [];
    const texts: PendingText[] = [];
    const now = Date.now();
    for (const [i, f] of picked.entries()) {
      const read = await readPickedFile(f);
      if (read.kind === "unreadable") unreadable.push(read.problem);
      else if (read.kind === "plain-text") texts.push({ file: read.file, text: read.text });
      else markdown.push({ file: read.file, text: read.text, lineOffset: 0, addedAt: now + i });
      setProgress({ done: i + 1, total: picked.length, label: `Read ${i + 1} of ${picked.length} files…` });
    }
    setPending((p) => [...p.filter((x) => !texts.some((t) => t.file === x.file)), ...texts]);
    if (markdown.length || unreadable.length) await run(markdown, unreadable);
    else setProgress(null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void take(Array.from(event.dataTransfer.files));
  };

  const addPlainText = (item: PendingText, details: { title: string; publisher: string; published: string }) => {
    setPending((p) => p.filter((x) => x.file !== item.file));
    void run([plainTextToArticle(item.file, item.text, details, Date.now())], []);
  };

  const close = () => dialog.current?.close();

  return (
    <dialog ref={dialog} className="io-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="io-dialog__head">
        <h2 id={titleId}>Import your articles</h2>
        <button type="button" className="tg-button" onClick={close}>
          Close
        </button>
      </div>
      <p className="io-dialog__intro">
        Markdown files with front matter (as in <code>data/articles/</code>, see the README) or plain <code>.txt</code> files. They are compiled here, in your browser, by
        the same compiler as the shipped corpus, and kept in this browser only: nothing is uploaded.
      </p>

      <div
        className={`io-drop${dragging ? " io-drop--over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop .md or .txt files here, or</p>
        <button type="button" className="tg-button tg-button--primary" disabled={busy || !compilerReady} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          className="tg-sr-only"
          tabIndex={-1}
          aria-label="Article files to import"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = "";
            void take(files);
          }}
        />
        <p className="io-drop__state" role="status">
          {failure ? "" : compilerReady ? "The compiler is ready." : "Starting the compiler…"}
        </p>
      </div>

      {progress && (
        <div className="io-progress">
          <label htmlFor={`${titleId}-progress`}>{progress.label}</label>
          <progress id={`${titleId}-progress`} value={progress.done} max={progress.total}>
            {progress.done} of {progress.total}
          </progress>
        </div>
      )}

      {failure && (
        <p className="io-failure" role="alert">
          {failure}
        </p>
      )}

      {pending.map((item) => (
        <PlainTextForm key={item.file} item={item} disabled={busy} onAdd={addPlainText} onSkip={() => setPending((p) => p.filter((x) => x.file !== item.file))} />
      ))}

      {report && <ImportReport report={report} onFollow={close} />}

      <section className="io-own" aria-labelledby={`${titleId}-own`}>
        <h3 id={`${titleId}-own`}>Your articles</h3>
        {storedFiles.length === 0 ? (
          <p className="io-own__none">None yet: the graph shows the shipped corpus.</p>
        ) : (
          <ul className="io-own__list">
            {storedFiles.map((f) => {
              const joined = own.find((a) => a.file === f.file);
              return (
                <li key={f.file} className="io-own__item">
                  <span>
                    <OwnBadge label="yours" />{" "}
                    {joined ? <strong>{joined.title}</strong> : <strong className="io-own__out">not in the graph: it no longer compiles</strong>}{" "}
                    <span className="io-own__file">{f.file}</span>
                  </span>
                  <button type="button" className="tg-button" disabled={busy} aria-label={`Remove ${f.file}`} onClick={() => void removeImportedFile(f.file).then(refreshStored, (err: Error) => setFailure(err.message))}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {storedFiles.length > 0 &&
          (confirmReset ? (
            <div className="io-own__confirm" role="group" aria-label="Confirm the reset">
              <span>
                Remove all {storedFiles.length} of your articles from this browser?
              </span>
              <button
                type="button"
                className="tg-button"
                autoFocus
                onClick={() => {
                  setConfirmReset(false);
                  setReport(null);
                  void resetToShippedCorpus().then(refreshStored, (err: Error) => setFailure(err.message));
                }}
              >
                Yes, reset
              </button>
              <button type="button" className="tg-button" onClick={() => setConfirmReset(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" className="tg-button" disabled={busy} onClick={() => setConfirmReset(true)}>
              Reset to the shipped corpus
            </button>
          ))}
      </section>
    </dialog>
  );
}

function ImportReport({ report, onFollow }: { report: Report; onFollow: () => void }) {
  const { added, rejected } = report;
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const actorsById = new Map(graph.actors.map((a) => [a.id, a]));
  const summary = [
    added.length ? `${added.length} article${added.length === 1 ? "" : "s"} added` : "No article added",
    rejected.length ? `${rejected.length} file${rejected.length === 1 ? "" : "s"} rejected` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <section className="io-report" aria-label="Import result">
      <p role="status">
        {summary} <span className="io-report__time">({report.seconds.toFixed(1)} s)</span>.
      </p>
      {rejected.length > 0 && (
        <ul className="io-report__rejected" aria-label="Rejected files">
          {rejected.map((r) => (
            <li key={r.file}>
              <span className="io-report__mark" aria-hidden="true">
                ✕
              </span>{" "}
              <strong>{r.file}</strong> was not imported:
              <ul>
                {r.problems.map((p) => (
                  <li key={formatProblem(p)}>
                    <code>{formatProblem(p)}</code>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {report.reads.map((r) => (
        <ReadReportView
          key={r.file}
          report={r}
          actorsById={actorsById}
          othersShown={state.others}
          onShowOthers={() => setView({ others: true }, { replace: true })}
          tieHref={(tieId) => href({ view: "graph", tieId, actorId: null, pairId: null, others: true })}
          readHref={(articleId, evidenceId) => href({ view: "reader", articleId, evidenceId, tieId: null, actorId: null, pairId: null })}
          reviewHref={(articleId, pairId) => href({ view: "review", articleId, pairId, evidenceId: null, tieId: null, actorId: null })}
          onFollow={onFollow}
        />
      ))}
    </section>
  );
}

/** The details a plain-text file needs before it joins: title (suggested from its first line), publisher, date. */
function PlainTextForm({
  item,
  disabled,
  onAdd,
  onSkip,
}: {
  item: PendingText;
  disabled: boolean;
  onAdd: (item: PendingText, details: { title: string; publisher: string; published: string }) => void;
  onSkip: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(() => firstLine(item.text) || item.file.replace(/\.[^.]*$/, ""));
  const [publisher, setPublisher] = useState("");
  const [published, setPublished] = useState(() => dateFromFileName(item.file) ?? "");
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError("Give the article a title.");
    if (!publisher.trim()) return setError("Say who published it (a name, or “my notes”).");
    if (!PartialIsoDateSchema.safeParse(published.trim()).success) return setError(`'${published}' is not a date: write it as 2019-03-01, 2019-03 or 2019.`);
    setError(null);
    onAdd(item, { title, publisher, published });
  };

  return (
    <form className="io-txt" aria-label={`Details for ${item.file}`} onSubmit={submit} noValidate>
      <p className="io-txt__lead">
        <strong>{item.file}</strong> is plain text: when was it published, and by whom?
      </p>
      <div className="io-txt__fields">
        <label htmlFor={`${id}-date`}>
          Date published <span className="io-txt__hint">2019-03-01, 2019-03 or 2019</span>
        </label>
        <input ref={first} id={`${id}-date`} value={published} onChange={(e) => setPublished(e.target.value)} required inputMode="numeric" aria-invalid={error?.includes("date") || undefined} />
        <label htmlFor={`${id}-publisher`}>Publisher</label>
        <input id={`${id}-publisher`} value={publisher} onChange={(e) => setPublisher(e.target.value)} required />
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required />
      </div>
      {error && (
        <p className="io-txt__error" role="alert">
          {error}
        </p>
      )}
      <div className="io-txt__actions">
        <button type="submit" className="tg-button tg-button--primary" disabled={disabled}>
          Add {item.file}
        </button>
        <button type="button" className="tg-button" onClick={onSkip}>
          Skip
        </button>
      </div>
    </form>
  );
}
