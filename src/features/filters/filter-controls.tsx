/**
 * Filters: which relation types and quad classes to show (in a drop-down), and the two toggles for
 * other (non-core) actors and co-mentions. Every control is a labelled input; state goes to the URL.
 */
import { useEffect, useMemo, useRef } from "react";
import { QUAD_CLASSES, QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { QuadClass } from "../../graph/schema";
import { firstYearOf, isEarlier } from "../../graph/filters";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useSetView, useView } from "../../store/use-view";
import { QuadSwatch } from "../../ui/quad-badge";
import "./filters.css";

/** Toggles `id` in `current` (null = all of `all`); returns null again when everything is on. */
export function toggleInList<T extends string>(current: readonly T[] | null, all: readonly T[], id: T): T[] | null {
  const on = new Set(current ?? all);
  if (on.has(id)) on.delete(id);
  else on.add(id);
  const next = all.filter((x) => on.has(x));
  return next.length === all.length ? null : [...next].sort();
}

/** The relation-type and quad-class drop-down and the two toggles. */
export function FilterControls() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const typeIds = useMemo(() => graph.relationTypes.map((t) => t.id), [graph]);
  const countByType = useMemo(() => {
    const counts = new Map<string, number>();
    const years = state.compare ?? [state.year];
    const first = firstYearOf(graph);
    // Over all years, evidence about earlier periods counts as the view includes it (all, none or only it).
    const allYears = (year: number) => state.earlier === "include" || isEarlier({ year }, first) === (state.earlier === "only");
    for (const tie of graph.ties) {
      // Whether the tie has evidence in one of the years, without trimming a copy of it (thousands of ties on every year change).
      if (years.some((y) => tie.years.some((year) => (y === null ? allYears(year) : year === y)))) counts.set(tie.type, (counts.get(tie.type) ?? 0) + 1);
    }
    return counts;
  }, [graph, state.year, state.compare, state.earlier]);

  // Close the drop-down on a click outside it or on Esc, like a native menu.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const menu = menuRef.current;
      if (menu?.open && !menu.contains(e.target as Node)) menu.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      const menu = menuRef.current;
      if (e.key === "Escape" && menu?.open) {
        menu.open = false;
        menu.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  const typesOn = state.types ?? typeIds;
  const quadsOn = state.quads ?? QUAD_CLASSES;
  const active = (state.types ? 1 : 0) + (state.quads ? 1 : 0);

  return (
    <div className="filters">
      <details className="filters__menu" ref={menuRef}>
        <summary className="filters__summary">
          Relations
          {active > 0 && <span className="filters__badge">filtered</span>}
        </summary>
        <div className="filters__popover">
          <fieldset className="filters__set">
            <legend>Kind of relation</legend>
            {QUAD_CLASSES.map((q: QuadClass) => (
              <label key={q} className="check">
                <input type="checkbox" checked={quadsOn.includes(q)} onChange={() => setView({ quads: toggleInList(state.quads, QUAD_CLASSES, q) })} />
                <span className={`tg-quad tg-quad--${q}`}>
                  <QuadSwatch quadClass={q} />
                </span>
                {QUAD_CLASS_LABELS[q]}
              </label>
            ))}
          </fieldset>
          <fieldset className="filters__set">
            <legend>Relation types</legend>
            {QUAD_CLASSES.map((q) => (
              <div key={q} className="filters__group">
                {graph.relationTypes
                  .filter((t) => t.quadClass === q)
                  .map((t) => {
                    const n = countByType.get(t.id) ?? 0;
                    return (
                      <label key={t.id} className={`check${n === 0 ? " check--empty" : ""}`} title={t.description}>
                        <input type="checkbox" checked={typesOn.includes(t.id)} onChange={() => setView({ types: toggleInList(state.types, typeIds, t.id) })} />
                        {t.label}
                        <span className="check__count" aria-label={`${n} ${n === 1 ? "tie" : "ties"}`}>
                          {n}
                        </span>
                      </label>
                    );
                  })}
              </div>
            ))}
          </fieldset>
          <button type="button" className="tg-button filters__reset" disabled={active === 0} onClick={() => setView({ types: null, quads: null })}>
            Show all relations
          </button>
        </div>
      </details>
      <label className="switch">
        <input type="checkbox" role="switch" checked={state.others} onChange={(e) => setView({ others: e.target.checked })} />
        <span className="switch__track" aria-hidden="true" />
        <span>Show other actors</span>
      </label>
      <label className="switch">
        <input type="checkbox" role="switch" checked={state.coMentions} onChange={(e) => setView({ coMentions: e.target.checked })} />
        <span className="switch__track" aria-hidden="true" />
        <span>Show co-mentions</span>
      </label>
    </div>
  );
}
