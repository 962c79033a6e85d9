/** Graph · Table · Sources · Review: links that keep the selection and filters in the URL. */
import { useViewHref, useView } from "../store/use-view";
import type { ViewName } from "../graph/view-state";

const VIEWS: { view: ViewName; label: string }[] = [
  { view: "graph", label: "Graph" },
  { view: "table", label: "Table" },
  { view: "sources", label: "Sources" },
  { view: "review", label: "Review" },
];

/** The view switcher; the current view is marked with aria-current. */
export function ViewSwitcher() {
  const { state } = useView();
  const href = useViewHref();
  return (
    <nav className="views" aria-label="Views">
      {VIEWS.map(({ view, label }) => (
        <a
          key={view}
          className="views__link"
          href={href({ view, articleId: null, evidenceId: null })}
          aria-current={state.view === view ? "page" : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
