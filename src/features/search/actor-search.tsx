/**
 * Find an actor by name or alias: a combobox with a list of matches. Enter selects the highlighted
 * actor (turning on "other actors" if it is not core, so it becomes visible). '/' focuses it from anywhere.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useSetView, useView } from "../../store/use-view";
import { searchActors, type ActorMatch } from "./search-actors";
import "./search.css";

/** The search box. */
export function ActorSearch() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const matches = useMemo(() => searchActors(graph.actors, query), [graph.actors, query]);
  const shown = open && query.trim().length > 0;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const choose = (match: ActorMatch | undefined) => {
    if (!match) return;
    setView({
      view: state.view === "table" ? "table" : "graph",
      actorId: match.actor.id,
      tieId: null,
      articleId: null,
      evidenceId: null,
      others: state.others || !match.actor.core,
    });
    setQuery("");
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && matches.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % matches.length);
    } else if (e.key === "ArrowUp" && matches.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + matches.length) % matches.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(matches[active] ?? matches[0]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      if (query) {
        setQuery("");
        setOpen(false);
      } else inputRef.current?.blur();
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="tg-sr-only">
        Find an actor
      </label>
      <svg className="search__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.8" />
        <line x1="10.6" y1="10.6" x2="14" y2="14" />
      </svg>
      <input
        id={`${id}-input`}
        ref={inputRef}
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Find an actor…"
        aria-expanded={shown && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && matches[active] ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
      <ul id={listId} role="listbox" aria-label="Matching actors" className="search__list" hidden={!shown || matches.length === 0}>
        {shown &&
          matches.map((m, i) => (
            <li
              key={m.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search__swatch" style={{ background: m.actor.color }} aria-hidden="true" />
              <span className="search__name">{m.actor.name}</span>
              <span className="search__meta">{m.alias ? `“${m.alias}”` : m.actor.kind}</span>
              {!m.actor.core && <span className="search__tag">other</span>}
            </li>
          ))}
      </ul>
      {shown && matches.length === 0 && (
        <p className="search__none" role="status">
          No actor matches “{query.trim()}”
        </p>
      )}
    </div>
  );
}
