/**
 * The compare list: every pair of actors with ties in either compared year, by the years their
 * passages are about, grouped as changed (cooperation ↔ conflict, on enough articles in each year),
 * too little evidence to compare, reported in one year only, gone (denied in the later year) and
 * reported in both. It says first how many articles each year has, so "not reported" is read against
 * what the corpus covers. Each entry links to the evidence of its tie, keeping compare mode in the URL.
 */
import { useMemo } from "react";
import { COMPARE_MARKS, COMPARE_ORDER, compareTitle, coverageLine, coverageWords, thresholdWords, yearEvidenceWords } from "../../graph/compare-labels";
import { compareYears, visibleTies, type PairComparison, type YearEvidence } from "../../graph/filters";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { Coverage, QuadClass, Tie } from "../../graph/schema";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import "./years.css";

/** The mark, title and order of each compare status; shared wording with the network legend. */
export const COMPARE_GROUPS = COMPARE_ORDER.map((status) => ({ status, mark: COMPARE_MARKS[status], title: (a: number, b: number) => compareTitle(status, a, b) }));

/** The tie an entry links to: the most quoted one of the later year (the earlier for pairs reported only then). */
export function representativeTie(p: PairComparison, [first, second]: readonly [number, number]): Tie | undefined {
  const year = p.status === "only-first" || p.status === "gone" ? first : second;
  const inYear = p.ties.filter((t) => t.years.includes(year));
  const pool = inYear.length ? inYear : p.ties;
  return [...pool].sort((a, b) => b.strength.total.quotes - a.strength.total.quotes || b.strength.total.articles - a.strength.total.articles || a.id.localeCompare(b.id))[0];
}

function quads(list: readonly QuadClass[]): string {
  return list.length ? list.map((q) => QUAD_CLASS_LABELS[q]).join(", ") : "none";
}

/** "2018: Verbal conflict (6 quotes in 3 articles)". */
function yearDetail(year: number, e: YearEvidence): string {
  return `${year}: ${quads(e.quads)} (${yearEvidenceWords(e)})`;
}

/** What an entry says under its pair, in words that claim no more than the evidence. */
export function compareDetail(p: PairComparison, [first, second]: readonly [number, number], coverage: readonly Coverage[]): string {
  const a = yearDetail(first, p.firstEvidence);
  const b = yearDetail(second, p.secondEvidence);
  switch (p.status) {
    case "only-first":
      return `${a} · not reported in ${second} (${second} has ${coverageWords(coverage, second)})`;
    case "only-second":
      return `${b} · not reported in ${first} (${first} has ${coverageWords(coverage, first)})`;
    case "gone":
      return `${a} · denied in ${second}`;
    default:
      return `${a} → ${b}`;
  }
}

/** The compare list for the current view; nothing when not comparing. */
export function CompareList() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const compare = state.compare;
  // The same filters give the same array (see visibleTies): selecting a pair does not compare again.
  const ties = visibleTies(graph, state);
  const [from, to] = compare ?? [null, null];
  const minArticles = state.minArticles;
  const pairs = useMemo(
    () => (from !== null && to !== null ? compareYears(ties, [from, to], { minArticles, articles: graph.articles, pairs: graph.pairs }) : []),
    [ties, from, to, minArticles, graph.articles, graph.pairs],
  );
  const names = useMemo(() => new Map(graph.actors.map((a) => [a.id, a.name])), [graph]);
  if (!compare) return null;
  const [first, second] = compare;

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title" className="panel-title">
        {first} compared with {second}
      </h2>
      <p className="compare__coverage" aria-label="Coverage of the compared years">
        <span className="compare__coverage-label">Articles in the corpus</span> {coverageLine(graph.coverage, compare)}
      </p>
      <p className="compare__lead">
        {pairs.length} {pairs.length === 1 ? "pair" : "pairs"} of actors with ties in either year, counted under the year each passage is about. A tie not
        reported in a year was not found in that year’s articles; it is called gone only when they deny it. Select one to read its evidence.
      </p>
      <label className="compare__threshold">
        <span>A change between cooperation and conflict needs</span>{" "}
        <input
          className="compare__threshold-input"
          type="number"
          min={1}
          max={99}
          value={minArticles}
          aria-label="Articles needed in each year to call a change"
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (Number.isFinite(n) && n >= 1 && n <= 99) setView({ minArticles: n }, { replace: true });
          }}
        />{" "}
        <span>{minArticles === 1 ? "article" : "articles"} on the pair in each year</span>
      </label>
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
            {group.status === "too-little" && <p className="compare__note">Cooperation in one year and conflict in the other, but {thresholdWords(minArticles)}.</p>}
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
                    <span className="compare__detail">{compareDetail(p, compare, graph.coverage)}</span>
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
