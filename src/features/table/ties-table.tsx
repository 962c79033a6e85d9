import { useId, useMemo, useState } from "react";
import { tiesOf, visibleTies } from "../../graph/filters";
import type { Actor } from "../../graph/schema";
import { actorName, directionArrow, formatYears } from "../../graph/tie-labels";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { pairActors, pairOf } from "../../graph/view-state";
import { QuadBadge } from "../../ui/quad-badge";
import "../../ui/theme.css";
import { COLUMNS, filterRows, NUMERIC_COLUMNS, sortRows, tieRows, type ColumnKey, type SortDirection } from "./tie-rows";
import "../../ui/data-table.css";
import "./ties-table.css";

const COLUMN_LABELS: Record<ColumnKey, string> = {
  source: "Source",
  target: "Target",
  relation: "Relation",
  quad: "Quad class",
  direction: "Direction",
  quotes: "Quotes",
  years: "Years",
  articles: "Articles",
};

/** Rows shown at first, and added by "Show more". */
export const TABLE_PAGE = 250;

/**
 * Every tie of the current view (same year, type, quad-class and actor filters as the network) as an
 * accessible, sortable table: the twin of the network picture. A text box filters rows by actor or
 * type; choosing a row selects its tie (`/table?tie=…`), whose quotes the app shows in the side
 * panel (the evidence panel), so the table stays in view.
 */
export function TiesTable() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  // One link per row: the query is the same for every pair, so it is made once.
  const pairHref = useMemo(() => {
    const sample = href({ view: "graph", pairId: "PAIR", tieId: null, actorId: null });
    return (a: string, b: string) => sample.replace("PAIR", pairOf(a, b));
  }, [href]);
  const titleId = useId();
  const filterId = useId();
  const [sort, setSort] = useState<{ key: ColumnKey; direction: SortDirection }>({ key: "source", direction: "ascending" });
  const [query, setQuery] = useState("");
  const actorsById = useMemo(() => new Map<string, Actor>(graph.actors.map((a) => [a.id, a])), [graph]);
  const allRows = useMemo(() => {
    const ties = visibleTies(graph, state);
    const pair = pairActors(state.pairId);
    const shown = pair ? ties.filter((t) => pair.includes(t.source) && pair.includes(t.target)) : state.actorId ? tiesOf(ties, state.actorId) : ties;
    return tieRows(shown, actorsById, graph.relationTypes);
  }, [graph, state, actorsById]);
  const rows = useMemo(() => sortRows(filterRows(allRows, query), sort.key, sort.direction), [allRows, query, sort]);
  // A page of rows at a time: 20,000 rows take seconds to render. Another filter, sort or year starts
  // again at one page; the selected tie's row is always shown.
  const [shown, setShown] = useState({ rows, limit: TABLE_PAGE });
  const limit = shown.rows === rows ? shown.limit : TABLE_PAGE;
  const selectedIndex = state.tieId ? rows.findIndex((r) => r.tie.id === state.tieId) : -1;
  const visible = Math.min(rows.length, Math.max(limit, selectedIndex + 1));
  const more = Math.min(TABLE_PAGE, rows.length - visible);

  const toggleSort = (key: ColumnKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: NUMERIC_COLUMNS.has(key) ? "descending" : "ascending" },
    );
  const period = state.compare ? `in ${state.compare.join(" and ")}` : state.year !== null ? `in ${state.year}` : "in all years";
  const selectedPair = pairActors(state.pairId);
  const selectedActor = selectedPair ? selectedPair.map((id) => actorName(actorsById, id)).join(" and ") : state.actorId ? actorName(actorsById, state.actorId) : null;

  return (
    <section className="tg-view tg-table" aria-labelledby={titleId}>
      <div className="tg-table__head">
        <div>
          <h2 className="tg-table__title" id={titleId}>
            Ties
          </h2>
          <p className="tg-table__intro">The network as a table: every tie the graph shows, with the quotes behind it.</p>
        </div>
        <label className="tg-table__filter" htmlFor={filterId}>
          Filter ties
          <input id={filterId} type="search" placeholder="Actor or relation type" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      {selectedActor ? (
        <p className="tg-table__chip">
          <span className="tg-badge">Only ties of {selectedActor}</span>
          <button type="button" className="tg-link-button" onClick={() => setView({ actorId: null, pairId: null })}>
            Show all ties
          </button>
        </p>
      ) : null}
      <div className="tg-data-table-scroll">
        <table className="tg-data-table tg-table__table">
          <caption>
            <span role="status">
              {rows.length === allRows.length ? `${allRows.length} ties` : `${rows.length} of ${allRows.length} ties`} {period}
            </span>
            , sorted by {COLUMN_LABELS[sort.key].toLowerCase()} ({sort.direction}){visible < rows.length ? `; the first ${visible} shown` : ""}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => {
                const active = sort.key === key;
                return (
                  <th key={key} scope="col" aria-sort={active ? sort.direction : undefined} className={NUMERIC_COLUMNS.has(key) ? "tg-table__num" : undefined}>
                    <button type="button" className="tg-table__sort" onClick={() => toggleSort(key)}>
                      {COLUMN_LABELS[key]}
                      <span className="tg-table__sort-icon" aria-hidden="true">
                        {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="tg-table__empty">
                  {query ? `No ties match “${query}”.` : `No ties ${period}. Try All years, clear the filters or show other actors.`}
                </td>
              </tr>
            ) : (
              rows.slice(0, visible).map((row) => {
                const selected = row.tie.id === state.tieId;
                return (
                  <tr key={row.tie.id} aria-current={selected ? "true" : undefined} onClick={() => setView({ tieId: row.tie.id })}>
                    <td>{row.source}</td>
                    <td>
                      {row.target}{" "}
                      <a
                        className="tg-table__pair"
                        href={pairHref(row.tie.source, row.tie.target)}
                        onClick={(e) => e.stopPropagation()}
                        aria-label={`pair: every tie between ${row.source} and ${row.target}`}
                      >
                        pair
                      </a>
                    </td>
                    <th scope="row" className="tg-table__relation">
                      <button
                        type="button"
                        className="tg-table__select"
                        aria-current={selected ? "true" : undefined}
                        onClick={(e) => {
                          e.stopPropagation();
                          setView({ tieId: row.tie.id });
                        }}
                      >
                        {row.relation}
                        <span className="tg-sr-only">
                          : {row.source} and {row.target}
                        </span>
                      </button>
                    </th>
                    <td>
                      <QuadBadge quadClass={row.quadClass} />
                    </td>
                    <td className="tg-table__nowrap">
                      <span className="tg-table__arrow" aria-hidden="true">
                        {directionArrow(row.tie.direction)}
                      </span>
                      {row.direction}
                    </td>
                    <td className="tg-table__num">{row.quotes}</td>
                    <td className="tg-table__nowrap">{formatYears(row.years)}</td>
                    <td className="tg-table__num">{row.articles}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="tg-table__more">
          Showing {visible} of {rows.length} ties.{" "}
          <button type="button" className="tg-link-button" onClick={() => setShown({ rows, limit: visible + TABLE_PAGE })}>
            Show {more} more
          </button>{" "}
          <button type="button" className="tg-link-button" onClick={() => setShown({ rows, limit: rows.length })}>
            Show all {rows.length}
          </button>
        </p>
      ) : null}
    </section>
  );
}
