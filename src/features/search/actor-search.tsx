/**
 * Find an actor by name or alias: a combobox with a list of matches. Enter selects the highlighted
 * actor (turning on "other actors" if it is not core, so it becomes visible). '/' focuses it from anywhere.
 */
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useSetView, useView } from "../../store/use-view";
import { pairOf } from "../../graph/view-state";
import { searchActors, searchPairs, type ActorMatch, type PairMatch } from "./search-actors";

type SearchOption = { kind: "pair"; pair: PairMatch } | { kind: "actor"; match: ActorMatch };
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
  const tieCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of graph.ties) counts.set(pairOf(t.source, t.target), (counts.get(pairOf(t.source, t.target)) ?? 0) + 1);
    return (a: string, b: string) => counts.get(pairOf(a, b)) ?? 0;
  }, [graph.ties]);
  // Two names make a pair ("iran syria"), offered before the actors either name matches.
  const matches = useMemo<SearchOption[]>(
    () => [
      ...searchPairs(graph.actors, query, tieCount).map((pair): SearchOption => ({ kind: "pair", pair })),
      ...searchActors(graph.actors, query).map((match): SearchOption => ({ kind: "actor", match })),
    ],
    [graph.actors, query, tieCount],
  );
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

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    // Enter moves focus to what was found: the details panel's heading.
    useAppStore.getState().requestPanelFocus();
    const view = state.view === "table" ? "table" : "graph";
    if (option.kind === "pair") {
      const { first, second, pairId } = option.pair;
      setView({ view, pairId, actorId: null, tieId: null, articleId: null, evidenceId: null, others: state.others || !first.core || !second.core });
    } else {
      const { actor } = option.match;
      setView({ view, actorId: actor.id, pairId: null, tieId: null, articleId: null, evidenceId: null, others: state.others || !actor.core });
    }
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
      <ul id={listId} role="listbox" aria-label="Matching actors and pairs" className="search__list" hidden={!shown || matches.length === 0}>
        {shown &&
          matches.map((m, i) => (
            <li
              key={m.kind === "pair" ? `pair-${m.pair.pairId}` : m.match.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search__option${m.kind === "pair" ? " search__option--pair" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {m.kind === "pair" ? (
                <>
                  <span className="search__swatch search__swatch--pair" aria-hidden="true">
                    <span className="tg-actor-fill" style={{ "--actor": m.pair.first.color } as CSSProperties} />
                    <span className="tg-actor-fill" style={{ "--actor": m.pair.second.color } as CSSProperties} />
                  </span>
                  <span className="search__name">
                    {m.pair.first.name} – {m.pair.second.name}
                  </span>
                  <span className="search__meta">
                    pair · {m.pair.ties} {m.pair.ties === 1 ? "tie" : "ties"}
                  </span>
                </>
              ) : (
                <>
                  <span className="search__swatch tg-actor-fill" style={{ "--actor": m.match.actor.color } as CSSProperties} aria-hidden="true" />
                  <span className="search__name">{m.match.actor.name}</span>
                  <span className="search__meta">{m.match.alias ? `“${m.match.alias}”` : m.match.actor.kind}</span>
                  {!m.match.actor.core && <span className="search__tag">other</span>}
                </>
              )}
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
