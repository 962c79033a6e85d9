/**
 * The compare list: every pair of actors with ties in either compared year, grouped as changed
 * (cooperation ↔ conflict), new in the second year, only in the first, and in both. Each entry links
 * to the evidence of its tie, keeping compare mode in the URL.
 */
import { useMemo } from "react";
import { compareYears, visibleTies, type CompareStatus, type PairComparison } from "../../graph/filters";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { QuadClass, Tie } from "../../graph/schema";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useView, useViewHref } from "../../store/use-view";
import "./years.css";

/** The mark, title and order of each compare status; shared wording with the network legend. */
export const COMPARE_GROUPS: { status: CompareStatus; mark: string; title: (a: number, b: number) => string }[] = [
  { status: "changed", mark: "⇄", title: () => "Changed between cooperation and conflict" },
  { status: "only-second", mark: "+", title: (_a, b) => `New in ${b}` },
  { status: "only-first", mark: "−", title: (a) => `Only in ${a} (gone)` },
  { status: "both", mark: "=", title: (a, b) => `In both ${a} and ${b}` },
];

/** The tie an entry links to: the most quoted one of the later year (earlier for pairs that are gone). */
export function representativeTie(p: PairComparison, [first, second]: readonly [number, number]): Tie | undefined {
  const year = p.status === "only-first" ? first : second;
  const inYear = p.ties.filter((t) => t.evidence.some((e) => e.year === year));
  const pool = inYear.length ? inYear : p.ties;
  return [...pool].sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id))[0];
}

function quads(list: readonly QuadClass[]): string {
  return list.length ? list.map((q) => QUAD_CLASS_LABELS[q]).join(", ") : "none";
}

/** The compare list for the current view; nothing when not comparing. */
export function CompareList() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const href = useViewHref();
  const compare = state.compare;
  // The same filters give the same array (see visibleTies): selecting a pair does not compare again.
  const ties = visibleTies(graph, state);
  const [from, to] = compare ?? [null, null];
  const pairs = useMemo(() => (from !== null && to !== null ? compareYears(ties, [from, to]) : []), [ties, from, to]);
  const names = useMemo(() => new Map(graph.actors.map((a) => [a.id, a.name])), [graph]);
  if (!compare) return null;
  const [first, second] = compare;

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title" className="panel-title">
        {first} compared with {second}
      </h2>
      <p className="compare__lead">
        {pairs.length} {pairs.length === 1 ? "pair" : "pairs"} of actors with ties in either year. Select one to read its evidence.
      </p>
      {COMPARE_GROUPS.map((group) => {
        const entries = pairs.filter((p) => p.status === group.status);
        if (!entries.length) return null;
        return (
          <section key={group.status} className={`compare__group compare__group--${group.status}`} aria-label={group.title(first, second)}>
            <h3 className="compare__heading">
              <span className={`compare-mark compare-mark--${group.status}`} aria-hidden="true">
                {group.mark}
              </span>
              {group.title(first, second)}
              <span className="compare__count">{entries.length}</span>
            </h3>
            <ul className="compare__list">
              {entries.map((p) => {
                const tie = representativeTie(p, compare);
                const label = `${names.get(p.source) ?? p.source} – ${names.get(p.target) ?? p.target}`;
                return (
                  <li key={p.pair} className="compare__item">
                    {tie ? (
                      <a className="compare__link" href={href({ tieId: tie.id, actorId: null, view: "graph" })} aria-current={state.tieId === tie.id ? "true" : undefined}>
                        {label}
                      </a>
                    ) : (
                      <span>{label}</span>
                    )}
                    <span className="compare__detail">
                      {p.status === "only-second" ? `${second}: ${quads(p.second)}` : p.status === "only-first" ? `${first}: ${quads(p.first)}` : `${first}: ${quads(p.first)} → ${second}: ${quads(p.second)}`}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {!pairs.length && <p className="compare__empty">No ties in either year with these filters.</p>}
    </section>
  );
}
