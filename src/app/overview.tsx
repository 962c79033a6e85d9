/** The side panel when nothing is selected: how to read the picture, and the most-tied actors. */
import { useMemo, type CSSProperties } from "react";
import { visibleTies } from "../graph/filters";
import { selectGraph, useAppStore } from "../store/app-store";
import { useView, useViewHref } from "../store/use-view";

/** Guidance and a short list of the most-tied actors in the current view. */
export function Overview() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const href = useViewHref();
  // The same filters give the same array (see visibleTies), so selecting an actor does not count again.
  const shown = visibleTies(graph, state);
  const ranked = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of shown) {
      counts.set(t.source, (counts.get(t.source) ?? 0) + 1);
      counts.set(t.target, (counts.get(t.target) ?? 0) + 1);
    }
    return graph.actors
      .filter((a) => counts.has(a.id))
      .map((a) => ({ actor: a, ties: counts.get(a.id) ?? 0 }))
      .sort((x, y) => y.ties - x.ties || x.actor.name.localeCompare(y.actor.name))
      .slice(0, 8);
  }, [graph, shown]);

  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title" className="panel-title">
        Overview
      </h2>
      <p className="overview__lead">
        Each line is a <strong>tie</strong>: a relation between two actors that the articles state in so many words. Select an actor to
        see its ties, or a line to read the quotes behind it.
      </p>
      {ranked.length > 0 && (
        <>
          <h3 className="overview__subtitle">Most tied {state.year ? `in ${state.year}` : state.compare ? `in ${state.compare.join(" and ")}` : ""}</h3>
          <ol className="overview__list">
            {ranked.map(({ actor, ties }) => (
              <li key={actor.id}>
                <a href={href({ actorId: actor.id, tieId: null })}>
                  <span className="overview__swatch tg-actor-fill" style={{ "--actor": actor.color } as CSSProperties} aria-hidden="true" />
                  {actor.name}
                </a>
                <span className="overview__count">
                  {ties} {ties === 1 ? "tie" : "ties"}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="overview__keys">
        <kbd>/</kbd> find an actor · <kbd>Tab</kbd> move between actors and ties · <kbd>Enter</kbd> select · <kbd>Esc</kbd> clear
      </p>
    </section>
  );
}
