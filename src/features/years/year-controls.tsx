/**
 * The year filter (All years, one of the years the articles cover or recall, or "Earlier": evidence
 * about a time before the corpus's first year), whether all years include those earlier periods, and
 * compare mode with its two year pickers. Years come from the graph, never from code. State goes to
 * the URL.
 */
import { useMemo } from "react";
import { firstYearOf, recalledYears, yearsOf } from "../../graph/filters";
import { selectGraph, useAppStore } from "../../store/app-store";
import { viewYears } from "../../graph/weigh-labels";
import { useSetView, useView } from "../../store/use-view";
import "./years.css";

/** Year select, "Compare years" switch, and the two compared years while comparing. */
export function YearControls() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const years = useMemo(() => yearsOf(graph), [graph]);
  const recalled = useMemo(() => recalledYears(graph), [graph]);
  const firstYear = firstYearOf(graph);
  const hasEarlier = useMemo(() => firstYear !== null && graph.ties.some((t) => t.years.some((y) => y < firstYear)), [graph, firstYear]);
  const first = years[0];
  const last = years.at(-1);
  // A year from the URL that the corpus has no articles from stays choosable, named as such; so does a
  // year only recalled by later articles.
  const choices = [...new Set([...years, ...recalled, ...viewYears(state)])].sort((a, b) => a - b);
  const label = (y: number) => (years.includes(y) ? String(y) : recalled.includes(y) ? `${y} (recalled; no articles from it)` : `${y} (no coverage)`);
  const canCompare = first !== undefined && last !== undefined && first !== last;

  const setCompare = (a: number, b: number) => {
    if (a === b) return;
    setView({ compare: a < b ? [a, b] : [b, a], year: null });
  };

  return (
    <div className="years" role="group" aria-label="Years">
      <label className="field">
        <span className="field__label">Year</span>
        <select
          className="field__select"
          value={state.compare ? "compare" : state.year !== null ? String(state.year) : state.earlier === "only" ? "earlier" : "all"}
          onChange={(e) => {
            const v = e.target.value;
            if (v === "earlier") setView({ year: null, compare: null, earlier: "only" });
            else setView({ year: v === "all" ? null : Number(v), compare: null, earlier: v === "all" && state.earlier === "exclude" ? "exclude" : "include" });
          }}
        >
          <option value="all">All years</option>
          {hasEarlier && firstYear !== null && <option value="earlier">Earlier (about a time before {firstYear})</option>}
          {choices.map((y) => (
            <option key={y} value={String(y)}>
              {label(y)}
            </option>
          ))}
          {state.compare && <option value="compare">Comparing</option>}
        </select>
      </label>
      {hasEarlier && firstYear !== null && state.year === null && !state.compare && state.earlier !== "only" && (
        <label className="years__earlier">
          <input type="checkbox" checked={state.earlier !== "exclude"} onChange={(e) => setView({ earlier: e.target.checked ? "include" : "exclude" })} />
          <span>Include earlier periods (before {firstYear})</span>
        </label>
      )}
      <label className="switch" title={canCompare ? undefined : "Comparing needs articles from two years"}>
        <input
          type="checkbox"
          role="switch"
          checked={state.compare !== null}
          disabled={!canCompare}
          onChange={(e) => {
            if (e.target.checked && first !== undefined && last !== undefined) setCompare(first, last);
            else setView({ compare: null });
          }}
        />
        <span className="switch__track" aria-hidden="true" />
        <span>Compare years</span>
      </label>
      {state.compare && (
        <span className="years__pair">
          <label className="field">
            <span className="tg-sr-only">First year</span>
            <select className="field__select" value={String(state.compare[0])} onChange={(e) => setCompare(Number(e.target.value), state.compare?.[1] ?? 0)}>
              {choices.map((y) => (
                <option key={y} value={String(y)} disabled={y === state.compare?.[1]}>
                  {label(y)}
                </option>
              ))}
            </select>
          </label>
          <span className="years__vs" aria-hidden="true">
            →
          </span>
          <label className="field">
            <span className="tg-sr-only">Second year</span>
            <select className="field__select" value={String(state.compare[1])} onChange={(e) => setCompare(state.compare?.[0] ?? 0, Number(e.target.value))}>
              {choices.map((y) => (
                <option key={y} value={String(y)} disabled={y === state.compare?.[0]}>
                  {label(y)}
                </option>
              ))}
            </select>
          </label>
        </span>
      )}
    </div>
  );
}
