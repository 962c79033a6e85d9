/** The tooltip over a hovered or focused node or edge: what it is, in a few facts. */
import type { CSSProperties } from "react";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { Point } from "../../store/app-store";
import { compareWords, plural, type NetworkEdge, type NetworkNode } from "./network-model";

interface NetworkTooltipProps {
  /** Screen position (in the network box) the tooltip points at. */
  anchor: Point;
  bounds: { width: number; height: number };
  node: NetworkNode | undefined;
  edge: NetworkEdge | undefined;
  nameOf: (id: string) => string;
  compare: readonly [number, number] | null;
  pinned: boolean;
}

/** A small card above `anchor`, kept inside the network box. */
export function NetworkTooltip({ anchor, bounds, node, edge, nameOf, compare, pinned }: NetworkTooltipProps) {
  const width = 210;
  const left = Math.max(8, Math.min(anchor.x - width / 2, bounds.width - width - 8));
  const below = anchor.y < 120;
  const style = below ? { left, top: anchor.y + 28, width } : { left, bottom: bounds.height - anchor.y + 10, width };
  return (
    <div className="net-tooltip" role="tooltip" style={style}>
      {node && (
        <>
          <p className="net-tooltip__title">
            <span className="net-tooltip__swatch tg-actor-fill" style={{ "--actor": node.color } as CSSProperties} aria-hidden="true" />
            {node.name}
          </p>
          <p className="net-tooltip__meta">
            {node.kind}
            {node.core ? "" : " · other actor"}
          </p>
          <p>
            named in {plural(node.mentions, "sentence")} · {plural(node.tieCount, "tie")}
          </p>
          {pinned && <p className="net-tooltip__hint">Pinned: double-click to release</p>}
        </>
      )}
      {edge && (
        <>
          <p className="net-tooltip__title">{edge.typeLabel}</p>
          <p className="net-tooltip__meta">{edge.quadClass ? QUAD_CLASS_LABELS[edge.quadClass] : "No relation cue, same sentence"}</p>
          <p>
            {nameOf(edge.source)} {edge.directed ? "→" : "↔"} {nameOf(edge.target)}
          </p>
          <p className="net-tooltip__meta">{edge.directed ? `${nameOf(edge.source)} acts on ${nameOf(edge.target)}` : "mutual"}</p>
          <p>
            {plural(edge.evidenceCount, edge.kind === "tie" ? "quote" : "sentence")} · {edge.years.join(", ")}
          </p>
          {compare && edge.compare && <p className="net-tooltip__hint">{compareWords(edge.compare, compare)}</p>}
        </>
      )}
    </div>
  );
}
