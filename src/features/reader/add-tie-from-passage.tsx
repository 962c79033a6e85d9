/**
 * "Add tie from this passage": select words in the reader, pick the two actors (those the sentence
 * names first, or any), the type and the direction, and an editor's tie is added whose quote is exactly
 * the selection, with its offsets. Plugged into the reader; it reads the body's offsets from the
 * paragraphs' `data-start` (the reader renders every character of the body, in order).
 */
import { useEffect, useId, useMemo, useState, type RefObject } from "react";
import { applyDecisions, addedEvidenceId, type DecidedPassage } from "../../graph/decisions";
import type { Article, ArticleText } from "../../graph/schema";
import { selectCompilerOnly, selectGraph, useAppStore } from "../../store/app-store";
import { RelationTypeOptions } from "../../ui/relation-type-options";

/** A selection inside the article body, at body offsets; `quote` is exactly `body.slice(start, end)`. */
export interface PassageSelection {
  start: number;
  end: number;
  quote: string;
}

/** The body offset of a DOM position inside a paragraph rendered with `data-start`; null outside one. */
function bodyOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-start]");
  if (!paragraph) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return Number(paragraph.dataset.start) + before.toString().length;
}

/** The current selection inside `container`, as body offsets, checked against `body`; null when none. */
export function selectionIn(container: HTMLElement, body: string): PassageSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = bodyOffset(range.startContainer, range.startOffset);
  const end = bodyOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  // trimmed of the spaces a drag picks up at its ends, so the quote starts and ends with words
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  if (e <= s) return null;
  return { start: s, end: e, quote: body.slice(s, e) };
}

const decisionTime = () => Date.now();

/** The button (shown while words are selected) and the form that adds the tie. */
export function AddTieFromPassage({ article, text, bodyRef }: { article: Article; text: ArticleText | null; bodyRef: RefObject<HTMLElement | null> }) {
  const graph = useAppStore(selectGraph);
  const compilerOnly = useAppStore(selectCompilerOnly);
  const [selected, setSelected] = useState<PassageSelection | null>(null);
  const [open, setOpen] = useState<PassageSelection | null>(null);
  const [said, setSaid] = useState("");
  const formId = useId();

  useEffect(() => {
    if (!text) return;
    const onChange = () => {
      const el = bodyRef.current;
      setSelected(el ? selectionIn(el, text.body) : null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text, bodyRef]);

  if (compilerOnly || !text) return null;
  return (
    <div className="tg-reader__add-tie">
      {selected && !open ? (
        <button
          type="button"
          className="tg-button tg-button--primary"
          // keep the selection: a click on the button must not clear it first
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setOpen(selected);
            setSaid("");
          }}
          aria-controls={formId}
        >
          Add tie from this passage
        </button>
      ) : null}
      <p className="tg-sr-only" aria-live="polite">
        {said}
      </p>
      {open ? (
        <AddTieForm
          id={formId}
          article={article}
          text={text}
          passage={open}
          graph={graph}
          onDone={(message) => {
            setOpen(null);
            setSaid(message);
          }}
        />
      ) : null}
    </div>
  );
}

function AddTieForm({ id, article, text, passage, graph, onDone }: { id: string; article: Article; text: ArticleText; passage: PassageSelection; graph: ReturnType<typeof selectGraph>; onDone: (message: string) => void }) {
  // the actors the selection's paragraph names come first
  const named = useMemo(() => {
    const paraStart = text.body.lastIndexOf("\n", passage.start - 1) + 1;
    const nl = text.body.indexOf("\n", passage.end);
    const paraEnd = nl < 0 ? text.body.length : nl;
    const ids: string[] = [];
    for (const m of text.mentions) if (m.start >= paraStart && m.end <= paraEnd && !ids.includes(m.actorId)) ids.push(m.actorId);
    return ids;
  }, [text, passage]);
  const others = graph.actors.filter((a) => !named.includes(a.id)).sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (actorId: string) => graph.actors.find((a) => a.id === actorId)?.name ?? actorId;
  const [source, setSource] = useState(named[0] ?? graph.actors[0]?.id ?? "");
  const [target, setTarget] = useState(named[1] ?? named[0] ?? graph.actors[1]?.id ?? "");
  const [type, setType] = useState(graph.relationTypes[0]?.id ?? "");
  const directedType = graph.relationTypes.find((t) => t.id === type)?.directed ?? true;
  const [mutual, setMutual] = useState(false);
  const [note, setNote] = useState("");
  const problem = source === target ? "Choose two different actors." : null;

  const actorOptions = (
    <>
      <optgroup label="Named in this paragraph">
        {named.map((a) => (
          <option key={a} value={a}>
            {nameOf(a)}
          </option>
        ))}
      </optgroup>
      <optgroup label="Every other actor">
        {others.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </optgroup>
    </>
  );
  const submit = () => {
    if (problem) return;
    const isMutual = !directedType || mutual;
    const p: DecidedPassage = { articleId: article.id, published: article.published, year: article.year, quote: passage.quote, start: passage.start, end: passage.end, source, target, mutual: isMutual };
    useAppStore.getState().decide({
      evidenceId: addedEvidenceId(p, type),
      at: decisionTime(),
      passage: p,
      entry: { action: "add", article: article.id, quote: passage.quote, start: passage.start, source, target, type, direction: isMutual ? "mutual" : "directed", ...(note.trim() ? { note: note.trim() } : {}) },
    }, applyDecisions);
    const label = graph.relationTypes.find((t) => t.id === type)?.label ?? type;
    onDone(`Added: ${nameOf(source)} ${isMutual ? "↔" : "→"} ${nameOf(target)} · ${label}.`);
  };
  return (
    <form
      id={id}
      className="tg-reader__add-form"
      aria-label="Add a tie from this passage"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onDone("Nothing added.");
        }
      }}
    >
      <p className="tg-reader__add-quote">
        <span className="tg-reader__add-label">Quote (exactly the selection):</span> <q>{passage.quote}</q>
      </p>
      <div className="tg-reader__add-fields">
        <label>
          Who acts{" "}
          <select value={source} onChange={(e) => setSource(e.target.value)} autoFocus>
            {actorOptions}
          </select>
        </label>
        <label>
          On whom{" "}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {actorOptions}
          </select>
        </label>
        <label>
          Type{" "}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <RelationTypeOptions types={graph.relationTypes} />
          </select>
        </label>
        <label>
          <input type="checkbox" checked={!directedType || mutual} disabled={!directedType} onChange={(e) => setMutual(e.target.checked)} /> Mutual (both ways)
        </label>
        <label className="tg-reader__add-note">
          Note{" "}
          <input type="text" value={note} onChange={(e) => setNote(e.target.value)} placeholder="what in the quote says so" />
        </label>
      </div>
      {problem ? (
        <p className="tg-reader__note" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="tg-reader__add-actions">
        <button type="submit" className="tg-button tg-button--primary" disabled={!!problem}>
          Add the tie
        </button>
        <button type="button" className="tg-button" onClick={() => onDone("Nothing added.")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
