/** How many ties and articles the current view rests on, announced politely when filters change. */
import { useMemo } from "react";
import { visibleTies } from "../graph/filters";
import { selectGraph, useAppStore } from "../store/app-store";
import { useView } from "../store/use-view";

/** "29 ties from 5 articles", counted with the same filters as the network and the table. */
export function ViewCounts() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const { ties, articles } = useMemo(() => {
    const shown = visibleTies(graph, state);
    const articleIds = new Set(shown.flatMap((t) => t.evidence.map((e) => e.articleId)));
    return { ties: shown.length, articles: articleIds.size };
  }, [graph, state]);
  const scope = state.compare ? `${state.compare[0]} vs ${state.compare[1]}` : state.year !== null ? String(state.year) : "all years";
  return (
    <p className="counts" aria-live="polite" aria-atomic="true">
      <span className="counts__num">{ties}</span> {ties === 1 ? "tie" : "ties"} from <span className="counts__num">{articles}</span>{" "}
      {articles === 1 ? "article" : "articles"} <span className="counts__scope">· {scope}</span>
    </p>
  );
}
