/** How many ties and articles the current view rests on, announced politely when filters change. */
import { useMemo } from "react";
import { sourcesOfTies, visibleTies } from "../graph/filters";
import { coverageIn, noCoverageSentence, viewYears, yearsWithoutCoverage } from "../graph/weigh-labels";
import { selectGraph, useAppStore } from "../store/app-store";
import { useView } from "../store/use-view";

/**
 * "29 ties from 5 articles", counted with the same filters as the network and the table, and for a
 * chosen year what the corpus holds ("of 4 in the corpus"), or that it has no articles from it.
 */
export function ViewCounts() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  // The same filters give the same array (see visibleTies), so selecting an actor does not count again.
  const shown = visibleTies(graph, state);
  const { ties, articles } = useMemo(() => {
    return { ties: shown.length, articles: sourcesOfTies(shown).size };
  }, [shown]);
  const allYears = state.earlier === "only" ? "earlier periods" : state.earlier === "exclude" ? "all years, earlier periods left out" : "all years";
  const scope = state.compare ? `${state.compare[0]} vs ${state.compare[1]}` : state.year !== null ? String(state.year) : allYears;
  const years = viewYears(state);
  const uncovered = yearsWithoutCoverage(graph.coverage, years);
  // A year no article was published in can still be recalled by later articles: its ties are shown, and where they come from said.
  if (uncovered.length && ties > 0 && !state.compare) {
    return (
      <p className="counts" aria-live="polite" aria-atomic="true" title={noCoverageSentence(uncovered)}>
        <span className="counts__num">{ties}</span> {ties === 1 ? "tie" : "ties"} recalled by <span className="counts__num">{articles}</span>{" "}
        {articles === 1 ? "article" : "articles"} of later years <span className="counts__scope">· {scope}: no articles from it</span>
      </p>
    );
  }
  if (uncovered.length) {
    return (
      <p className="counts counts--none" aria-live="polite" aria-atomic="true" title={noCoverageSentence(uncovered)}>
        <span aria-hidden="true">∅ </span>No coverage in {uncovered.join(" and ")}: 0 articles
      </p>
    );
  }
  const corpus = years.reduce((n, y) => n + coverageIn(graph.coverage, y).articles, 0);
  return (
    <p className="counts" aria-live="polite" aria-atomic="true">
      <span className="counts__num">{ties}</span> {ties === 1 ? "tie" : "ties"} from <span className="counts__num">{articles}</span>{" "}
      {articles === 1 ? "article" : "articles"}
      {years.length ? <span className="counts__scope"> of {corpus} in the corpus</span> : null} <span className="counts__scope">· {scope}</span>
    </p>
  );
}
