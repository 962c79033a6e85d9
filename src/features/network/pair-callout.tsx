/**
 * The ties of one pair, told apart: when a pair is selected (or one of its ties, or the pointer is on
 * one), each of its arcs carries a number and this card lists them, numbered in the same order, with
 * the relation type, its line style and direction, and a way into the pair's view.
 */
import { quadStyle } from "./edge-style";
import type { NetworkEdge } from "./network-model";

interface PairCalloutProps {
  /** The pair's edges in slot order (the order the arcs fan out, and their numbers). */
  edges: readonly NetworkEdge[];
  nameOf: (id: string) => string;
  selectedEdgeId: string | null;
  /** The link to the pair's view; null when it is already open. */
  pairHref: string | null;
  onSelectEdge: (id: string) => void;
}

function Sample({ edge }: { edge: NetworkEdge }) {
  const style = edge.quadClass ? quadStyle(edge.quadClass) : null;
  const width = style ? 2.2 + style.extraWidth : 1;
  return (
    <svg className={`net-pair__sample ${style?.className ?? "net-edge--co-mention"}`} width="26" height="10" viewBox="0 0 26 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="25" y2="5" stroke="currentColor" strokeWidth={width} strokeDasharray={style?.dash ? style.dash.split(" ").map((v) => Number(v) * Math.max(1, width / 2)).join(" ") : undefined} strokeLinecap={style?.lineCap ?? "butt"} />
    </svg>
  );
}

/** The card, in the network's bottom-right corner. */
export function PairCallout({ edges, nameOf, selectedEdgeId, pairHref, onSelectEdge }: PairCalloutProps) {
  const first = edges[0];
  if (!first) return null;
  const [a = "", b = ""] = first.pair.split("|");
  const ties = edges.filter((e) => e.kind === "tie").length;
  return (
    <div className="net-pair" role="group" aria-label={`Ties between ${nameOf(a)} and ${nameOf(b)}`}>
      <p className="net-pair__title">
        {nameOf(a)} – {nameOf(b)}
        <span className="net-pair__count"> · {ties} {ties === 1 ? "tie" : "ties"}</span>
      </p>
      <ol className="net-pair__list">
        {edges.map((e, i) => (
          <li key={e.id}>
            <button type="button" className={`net-pair__row${e.id === selectedEdgeId ? " is-selected" : ""}`} aria-pressed={e.id === selectedEdgeId} onClick={() => onSelectEdge(e.id)}>
              <span className="net-pair__num" aria-hidden="true">
                {i + 1}
              </span>
              <Sample edge={e} />
              <span className="net-pair__type">{e.typeLabel}</span>
              <span className="net-pair__dir">
                {e.directed ? `${nameOf(e.source)} → ${nameOf(e.target)}` : "mutual"} · {e.evidenceCount}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {pairHref ? (
        <a className="net-pair__open" href={pairHref}>
          Everything between them<span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </div>
  );
}
