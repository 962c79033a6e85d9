/**
 * The force-directed network, drawn as SVG by React: nodes sized by mentions and always labelled,
 * one (curved, parallel) edge per tie styled by quad class, arrowheads for directed ties, compare
 * marks, pan and zoom (d3-zoom), drag to pin, keyboard access to every node and edge.
 */
import { COMPARE_MARKS } from "../../graph/compare-labels";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject } from "react";
import { selectGraph, selectHoveredActorId, selectHoveredTieId, selectPinned, useAppStore, type Point } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { pairActors, pairOf } from "../../graph/view-state";
import { noCoverageSentence, viewYears, yearsWithoutCoverage } from "../../graph/weigh-labels";
import { arrowHead, edgePath, parallelOffset, type EdgePath } from "./edge-geometry";
import { quadStyle, tieWidth } from "./edge-style";
import { Legend } from "./legend";
import { buildNetwork, edgeLabel, focusOf, nodeLabel, pairKey, thinCoMentions, type NetworkEdge, type NetworkModel, type NetworkNode } from "./network-model";
import { PairCallout } from "./pair-callout";
import { NetworkTooltip } from "./network-tooltip";
import { useElementSize } from "./use-element-size";
import { ZoomControls } from "./zoom-controls";
import { fitTransform, labelScaleAt } from "./fit-view";
import { placeNodeLabels } from "./label-placement";
import { useForceLayout } from "./use-force-layout";
import { useReducedMotion } from "./use-reduced-motion";
import "./network.css";

/**
 * Above this many actors the network is drawn on a canvas (network-canvas.tsx), with the table view
 * as its accessible twin; at or below, as SVG. Measured (`npm run bench`, README "Speed"): panning an
 * SVG of 1,000 actors and 4,000 ties costs 50 ms a frame (p95 150 ms) here, so about 15 ms at 300.
 */
export const CANVAS_THRESHOLD = 300;

const DRAG_THRESHOLD = 4;

/** Scales a dash pattern with the stroke width, so thick dotted lines stay dotted. */
function scaledDash(dash: string, width: number): string | undefined {
  if (!dash) return undefined;
  const k = Math.max(1, width / 2);
  return dash
    .split(" ")
    .map((v) => String(Math.round(Number(v) * k * 10) / 10))
    .join(" ");
}

interface DrawnEdge {
  edge: NetworkEdge;
  path: EdgePath;
  width: number;
  arrow: string | null;
}

/** The canvas for large graphs, loaded only when a graph is that large (it is not in the first load). */
const NetworkCanvas = lazy(() => import("./network-canvas").then((m) => ({ default: m.NetworkCanvas })));

/** The network view of the current URL state. */
export function NetworkView() {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const { others, types, quads, year, compare, coMentions, earlier, minArticles } = state;
  // Keyed on the filters' values: the URL is parsed anew on every change (new arrays), and selecting an actor must not rebuild the network.
  const filtersKey = JSON.stringify({ others, types, quads, year, compare, coMentions, earlier, minArticles });
  const model = useMemo(() => buildNetwork(graph, JSON.parse(filtersKey) as Parameters<typeof buildNetwork>[1]), [graph, filtersKey]);
  // With every co-mention on, the weakest are left out until asked for (the picture stays readable).
  const [allCoMentions, setAllCoMentions] = useState(false);
  const thin = useMemo(() => (allCoMentions ? null : thinCoMentions(model)), [model, allCoMentions]);
  const note =
    thin && thin.hidden > 0 ? (
      <p className="network__thinned" role="status">
        {thin.total - thin.hidden} of {thin.total} co-mentions shown: those named together in {thin.floor} or more sentences.{" "}
        <button type="button" className="tg-link-button" onClick={() => setAllCoMentions(true)}>
          Show all {thin.total}
        </button>
      </p>
    ) : null;
  return model.nodes.length > CANVAS_THRESHOLD ? (
    <Suspense fallback={<p className="network__empty" role="status">Preparing the picture of {model.nodes.length.toLocaleString("en-US")} actors…</p>}>
      <NetworkCanvas model={model} />
    </Suspense>
  ) : (
    <NetworkSvg model={thin?.model ?? model} note={note} />
  );
}

/** The network as SVG: every node and edge a real, labelled, focusable element. */
function NetworkSvg({ model, note }: { model: NetworkModel; note?: ReactNode }) {
  const graph = useAppStore(selectGraph);
  const pinned = useAppStore(selectPinned);
  const hoveredActorId = useAppStore(selectHoveredActorId);
  const hoveredTieId = useAppStore(selectHoveredTieId);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const reducedMotion = useReducedMotion();
  const { year, compare, coMentions } = state;
  const layout = useForceLayout(model, reducedMotion);
  const { positions } = layout;
  const nodeById = useMemo(() => new Map(model.nodes.map((n) => [n.id, n])), [model.nodes]);
  const nameOf = useCallback((id: string) => nodeById.get(id)?.name ?? id, [nodeById]);

  // --- pan and zoom -------------------------------------------------------------------------
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const autoFit = useRef(true);
  const size = useElementSize(wrapRef);
  const legendSize = useLegendSize(wrapRef);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 4])
      .filter((event: Event) => {
        const target = event.target as Element | null;
        if (target?.closest(".net-node")) return event.type === "wheel";
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === "wheel") && !mouse.button;
      })
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        transformRef.current = event.transform;
        setTransform(event.transform);
        if (event.sourceEvent) autoFit.current = false;
      });
    const selection = select(svg);
    selection.call(behaviour).on("dblclick.zoom", null);
    zoomRef.current = behaviour;
    return () => {
      selection.on(".zoom", null);
    };
  }, []);

  const positionsRef = useRef(positions);
  const nodesRef = useRef(model.nodes);
  useLayoutEffect(() => {
    positionsRef.current = positions;
    nodesRef.current = model.nodes;
  });

  const fit = useCallback(() => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    const wrap = wrapRef.current;
    if (!svg || !behaviour || !wrap) return;
    const t = fitTransform(wrap, nodesRef.current, (id) => positionsRef.current[id], { labels: true, minScale: 0.2 });
    if (t) select(svg).call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }, []);

  // A layout effect, so the first drawn frame is already fitted (no jump from the layout's origin).
  useLayoutEffect(() => {
    if (autoFit.current) fit();
    // Re-fit whenever the layout comes to rest or the box changes size (these are triggers, not inputs).
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [layout.restCount, size.width, size.height, fit]);

  const zoomBy = (factor: number) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, factor);
    autoFit.current = false;
  };

  // --- selection and highlight ----------------------------------------------------------------
  const selectedActor = state.actorId && nodeById.has(state.actorId) ? state.actorId : null;
  const selectedEdge = state.tieId ? model.edges.find((e) => e.id === state.tieId) ?? null : null;
  const pairIds = pairActors(state.pairId);
  const selectedPair = pairIds && nodeById.has(pairIds[0]) && nodeById.has(pairIds[1]) ? pairKey(pairIds[0], pairIds[1]) : null;
  const focusSet = useMemo(() => focusOf(model, selectedActor, selectedEdge, selectedPair), [model, selectedActor, selectedEdge, selectedPair]);

  const edgeActive = (e: NetworkEdge) =>
    selectedEdge ? e.id === selectedEdge.id : selectedPair ? e.pair === selectedPair : selectedActor ? e.source === selectedActor || e.target === selectedActor : true;

  // Selecting moves keyboard focus to the details panel, so reading it takes no Tab through the network.
  // A tap leaves no pointer to leave the node, so the tooltip is put away on selection (focus moves on anyway).
  const settleSelection = () => {
    const store = useAppStore.getState();
    store.hoverActor(null);
    store.hoverTie(null);
    store.requestPanelFocus();
  };
  const selectActor = (id: string) => {
    settleSelection();
    setView({ actorId: id, tieId: null, pairId: null, view: "graph" });
  };
  const selectEdge = (id: string) => {
    settleSelection();
    setView({ tieId: id, actorId: null, pairId: null, view: "graph" });
  };
  const onActivateKey = (e: KeyboardEvent, action: () => void) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      action();
    }
  };

  // --- dragging nodes -------------------------------------------------------------------------
  const drag = useRef<{ id: string; pointer: number; startX: number; startY: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const toLayout = (clientX: number, clientY: number): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    const t = transformRef.current;
    return { x: (clientX - (rect?.left ?? 0) - t.x) / t.k, y: (clientY - (rect?.top ?? 0) - t.y) / t.k };
  };
  const onNodePointerDown = (e: PointerEvent<SVGGElement>, id: string) => {
    if (e.button !== 0) return;
    drag.current = { id, pointer: e.pointerId, startX: e.clientX, startY: e.clientY, moved: false };
    suppressClick.current = false;
    // Captured at once, so a quick flick that leaves the node in its first move still drags it.
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onNodePointerMove = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      d.moved = true;
      autoFit.current = false;
    }
    layout.dragTo(d.id, toLayout(e.clientX, e.clientY));
  };
  const onNodePointerUp = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d || !d.moved) return;
    suppressClick.current = true;
    layout.drop(d.id, toLayout(e.clientX, e.clientY));
  };

  // --- geometry -----------------------------------------------------------------------------
  const drawn: DrawnEdge[] = [];
  for (const edge of model.edges) {
    const from = positions[edge.source];
    const to = positions[edge.target];
    const [a = "", b = ""] = edge.pair.split("|");
    const pa = positions[a];
    const pb = positions[b];
    if (!from || !to || !pa || !pb) continue;
    const rs = nodeById.get(edge.source)?.r ?? 8;
    const rt = nodeById.get(edge.target)?.r ?? 8;
    const width = edge.quadClass ? tieWidth(edge.evidenceCount, edge.quadClass) : 1;
    const arrowSize = 7 + width * 1.2;
    const path = edgePath(from, to, parallelOffset(edge.slot, edge.slots), pa, pb, rs + 2, rt + (edge.directed ? 3 + arrowSize * 0.9 : 2));
    drawn.push({ edge, path, width, arrow: edge.directed ? arrowHead(path.end, path.angle, arrowSize) : null });
  }
  const tieCount = model.edges.filter((e) => e.kind === "tie").length;
  // An empty year of the corpus is 'no coverage', not 'no ties'.
  const uncovered = yearsWithoutCoverage(graph.coverage, viewYears(state));
  const pinnedCount = model.nodes.filter((n) => pinned[n.id]).length;

  const hoveredNode = hoveredActorId ? nodeById.get(hoveredActorId) : undefined;
  const hoveredDrawn = hoveredTieId ? drawn.find((d) => d.edge.id === hoveredTieId) : undefined;
  const hoverAnchor: Point | null = hoveredNode && positions[hoveredNode.id]
    ? { x: transform.applyX((positions[hoveredNode.id] as Point).x), y: transform.applyY((positions[hoveredNode.id] as Point).y - hoveredNode.r) }
    : hoveredDrawn
      ? { x: transform.applyX(hoveredDrawn.path.mid.x), y: transform.applyY(hoveredDrawn.path.mid.y) }
      : null;

  const hover = useAppStore.getState;

  // Labels over labels are moved to a free side, or left out for a crowded minor actor (its name is
  // in its tooltip and accessible name); the selection, its neighbours and core actors keep theirs.
  // Zoomed far out (small screens), labels shrink less than the picture so they stay legible.
  const labelScale = labelScaleAt(transform.k);
  // The open legend lies over the picture's bottom left: in layout units, no label goes under it.
  const legendBox =
    legendSize.width > 0
      ? [{ x0: transform.invertX(LEGEND_INSET), y0: transform.invertY(size.height - LEGEND_INSET - legendSize.height), x1: transform.invertX(LEGEND_INSET + legendSize.width), y1: transform.invertY(size.height - LEGEND_INSET) }]
      : [];
  const labelSpots = placeNodeLabels(
    model.nodes
      .filter((n) => positions[n.id])
      .map((n) => ({ n, p: positions[n.id] as Point, rank: n.id === selectedActor || n.id === hoveredActorId ? 0 : focusSet?.has(n.id) ? 1 : n.core ? 2 : 3 }))
      .sort((a, b) => a.rank - b.rank || b.n.mentions - a.n.mentions || a.n.name.localeCompare(b.n.name))
      .map(({ n, p, rank }) => ({ id: n.id, x: p.x, y: p.y, r: n.r, name: n.name, keep: rank < 3 })),
    labelScale,
    legendBox,
  );

  // The pair whose arcs are numbered and named: the selected pair, the selected tie's, or the hovered tie's when it has siblings.
  const hoveredPair = hoveredDrawn && hoveredDrawn.edge.slots > 1 ? hoveredDrawn.edge.pair : null;
  const calloutPair = selectedPair ?? (selectedEdge && selectedEdge.slots > 1 ? selectedEdge.pair : null) ?? hoveredPair;
  const calloutEdges = calloutPair ? drawn.filter((d) => d.edge.pair === calloutPair).sort((x, y) => x.edge.slot - y.edge.slot) : [];

  return (
    <div className="network" ref={wrapRef} data-layout={layout.running ? "running" : "settled"}>
      <svg
        ref={svgRef}
        className={`network__svg${focusSet ? " has-focus" : ""}${reducedMotion ? " no-motion" : ""}`}
        role="group"
        aria-label={`Network of ${model.nodes.length} actors and ${tieCount} ties`}
        onClick={(e) => {
          if (e.target === e.currentTarget && (state.actorId || state.tieId || state.pairId)) setView({ actorId: null, tieId: null, pairId: null });
        }}
      >
        <g transform={transform.toString()}>
          <g className="net-layer net-layer--nodes">
            {model.nodes.map((n) => (
              <NodeShape
                key={n.id}
                node={n}
                at={positions[n.id]}
                pinned={Boolean(pinned[n.id])}
                selected={n.id === selectedActor}
                dim={focusSet !== null && !focusSet.has(n.id)}
                onPointerDown={(e) => onNodePointerDown(e, n.id)}
                onPointerMove={onNodePointerMove}
                onPointerUp={onNodePointerUp}
                onClick={() => {
                  if (suppressClick.current) {
                    suppressClick.current = false;
                    return;
                  }
                  selectActor(n.id);
                }}
                onDoubleClick={() => pinned[n.id] && layout.release(n.id)}
                onKeyDown={(e) => onActivateKey(e, () => selectActor(n.id))}
                onHover={(on) => hover().hoverActor(on ? n.id : null)}
              />
            ))}
          </g>
          <g className="net-layer net-layer--edges">
            {drawn.map(({ edge, path, width, arrow }) => {
              const style = edge.quadClass ? quadStyle(edge.quadClass) : null;
              const active = edgeActive(edge);
              const classes = [
                "net-edge",
                edge.kind === "co-mention" ? "net-edge--co-mention" : style?.className,
                edge.compare ? `is-${edge.compare}` : "",
                focusSet && !active ? "is-dim" : "",
                selectedEdge?.id === edge.id ? "is-selected" : "",
              ].join(" ");
              return (
                <g
                  key={edge.id}
                  className={classes}
                  tabIndex={0}
                  role="button"
                  aria-label={edgeLabel(edge, nameOf, compare)}
                  aria-pressed={selectedEdge?.id === edge.id}
                  data-tie-id={edge.id}
                  onClick={() => selectEdge(edge.id)}
                  onKeyDown={(e) => onActivateKey(e, () => selectEdge(edge.id))}
                  onMouseEnter={() => hover().hoverTie(edge.id)}
                  onMouseLeave={() => hover().hoverTie(null)}
                  onFocus={() => hover().hoverTie(edge.id)}
                  onBlur={() => hover().hoverTie(null)}
                >
                  <path className="net-edge__hit" d={path.d} />
                  <path className="net-edge__ring" d={path.d} strokeWidth={width + 7} />
                  <path
                    className="net-edge__line"
                    d={path.d}
                    strokeWidth={width}
                    strokeDasharray={style ? scaledDash(style.dash, width) : undefined}
                    strokeLinecap={style?.lineCap ?? "butt"}
                  />
                  {arrow && <path className="net-edge__arrow" d={arrow} />}
                </g>
              );
            })}
          </g>
          <g className="net-layer net-layer--marks" aria-hidden="true">
            {model.marks.map((m) => {
              const a = positions[m.source];
              const b = positions[m.target];
              if (!a || !b) return null;
              const dim = focusSet !== null && !(focusSet.has(m.source) && focusSet.has(m.target));
              const pairEdges = drawn.filter((d) => d.edge.pair === m.pair && d.edge.kind === "tie");
              // Sit on the outermost arc so the mark never hides the middle lines.
              const outer = pairEdges.reduce<DrawnEdge | undefined>((best, d) => (!best || d.edge.slot > best.edge.slot ? d : best), undefined);
              const at = outer?.path.mid ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
              return (
                <g key={m.pair} className={`net-mark net-mark--${m.status}${dim ? " is-dim" : ""}`} transform={`translate(${at.x},${at.y})`}>
                  <circle r={9} />
                  <text dy="0.35em">{COMPARE_MARKS[m.status]}</text>
                </g>
              );
            })}
          </g>
          <g className="net-layer net-layer--labels" aria-hidden="true">
            {model.nodes.map((n) => {
              const spot = labelSpots.get(n.id);
              if (!spot) return null;
              const dim = focusSet !== null && !focusSet.has(n.id);
              return (
                <text
                  key={n.id}
                  className={`net-label${n.id === selectedActor ? " is-selected" : ""}${dim ? " is-dim" : ""}${n.core ? "" : " is-other"}`}
                  x={spot.x}
                  y={spot.y}
                  dy="0.35em"
                  textAnchor={spot.anchor}
                  style={labelScale > 1 ? { fontSize: `${12.5 * labelScale}px`, strokeWidth: `${4 * labelScale}px` } : undefined}
                >
                  {n.name}
                </text>
              );
            })}
          </g>
        </g>
        {calloutEdges.length > 0 && (
          <g className="net-layer net-layer--arc-numbers" aria-hidden="true">
            {calloutEdges.map((d, i) => (
              <g
                key={d.edge.id}
                className={`net-arc-num ${d.edge.quadClass ? quadStyle(d.edge.quadClass).className : "net-edge--co-mention"}`}
                transform={`translate(${transform.applyX(d.path.mid.x)},${transform.applyY(d.path.mid.y)})`}
              >
                <circle r={8} />
                <text dy="0.35em">{i + 1}</text>
              </g>
            ))}
          </g>
        )}
      </svg>

      {calloutEdges.length > 0 && (
        <PairCallout
          edges={calloutEdges.map((d) => d.edge)}
          nameOf={nameOf}
          selectedEdgeId={selectedEdge?.id ?? null}
          pairHref={selectedPair ? null : href({ pairId: pairOf(calloutEdges[0]!.edge.source, calloutEdges[0]!.edge.target), tieId: null, actorId: null, view: "graph" })}
          onSelectEdge={selectEdge}
        />
      )}

      {tieCount === 0 && (
        <div className="network__empty" role="status">
          {uncovered.length ? (
            <p>{noCoverageSentence(uncovered)}.</p>
          ) : (
            <p>No ties in this view.</p>
          )}
          <p className="network__empty-hint">Try “All years”, or show all relations in the Relations menu.</p>
        </div>
      )}

      {note}

      <ZoomControls
        zoomBy={zoomBy}
        onFit={() => {
          autoFit.current = true;
          fit();
        }}
        pinnedCount={pinnedCount}
        onReleaseAll={layout.releaseAll}
      />

      <Legend model={model} year={year} compare={compare} coMentions={coMentions} onToggle={() => autoFit.current && fit()} />

      {hoverAnchor && (hoveredNode || hoveredDrawn) && (
        <NetworkTooltip
          anchor={hoverAnchor}
          bounds={size}
          node={hoveredNode}
          edge={hoveredDrawn?.edge}
          nameOf={nameOf}
          compare={compare}
          pinned={hoveredNode ? Boolean(pinned[hoveredNode.id]) : false}
        />
      )}
    </div>
  );
}

interface NodeShapeProps {
  node: NetworkNode;
  at: Point | undefined;
  pinned: boolean;
  selected: boolean;
  dim: boolean;
  onPointerDown: (e: PointerEvent<SVGGElement>) => void;
  onPointerMove: (e: PointerEvent<SVGGElement>) => void;
  onPointerUp: (e: PointerEvent<SVGGElement>) => void;
  onClick: () => void;
  onDoubleClick: () => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
  onHover: (on: boolean) => void;
}

function NodeShape({ node, at, pinned, selected, dim, onHover, ...handlers }: NodeShapeProps) {
  if (!at) return null;
  return (
    <g
      className={`net-node${selected ? " is-selected" : ""}${dim ? " is-dim" : ""}${node.mentions === 0 ? " is-quiet" : ""}`}
      transform={`translate(${at.x},${at.y})`}
      tabIndex={0}
      role="button"
      aria-label={nodeLabel(node, pinned)}
      aria-pressed={selected}
      data-actor-id={node.id}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
      {...handlers}
    >
      <circle className="net-node__ring" r={node.r + 5} />
      <circle className="net-node__dot" r={node.r} style={{ "--actor": node.color } as CSSProperties} />
      {pinned && <circle className="net-node__pin" r={node.r + 3} />}
    </g>
  );
}

/** The legend sits this far (px) from the picture's left and bottom edges (network.css). */
const LEGEND_INSET = 12;

/** The size of the legend drawn over the picture in `wrap`, kept up to date (0 × 0 when there is none). */
function useLegendSize(wrap: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const legend = wrap.current?.querySelector<HTMLElement>(".legend");
    if (!legend) return;
    const observer = new ResizeObserver(() => setSize({ width: legend.offsetWidth, height: legend.offsetHeight }));
    observer.observe(legend);
    return () => observer.disconnect();
  }, [wrap]);
  return size;
}
