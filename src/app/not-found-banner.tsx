/**
 * When the URL names something the graph does not have ("/actor/narnia"), says so plainly and offers
 * a way back, instead of failing or silently showing something else.
 */
import { useNavigate } from "react-router";
import { toLocation } from "../graph/view-state";
import { useView } from "../store/use-view";

/** "No actor 'narnia' in this graph." from cleanViewState's list. */
export function notFoundMessage(notFound: readonly string[]): string {
  const named = notFound.filter((n) => !n.startsWith("that "));
  if (!named.length) return "That page does not exist in this graph.";
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} or ${named.at(-1)}`;
  return `No ${list} in this graph.`;
}

/** The not-found message with a link back to the overview; renders nothing when all ids are known. */
export function NotFoundBanner() {
  const { state, notFound } = useView();
  const navigate = useNavigate();
  if (!notFound.length) return null;
  return (
    <div className="banner" role="alert">
      <p className="banner__text">{notFoundMessage(notFound)}</p>
      <div className="banner__actions">
        <a className="banner__link" href="#/">
          Back to the overview
        </a>
        <button type="button" className="banner__dismiss" onClick={() => navigate(toLocation(state), { replace: true })}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
