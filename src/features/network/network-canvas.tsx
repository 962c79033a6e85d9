/**
 * The network of a large graph, drawn on a canvas: positions come from the layout worker and are
 * drawn as they arrive, without React rendering each frame. Hover and click find the node under the
 * pointer with a d3-quadtree; labels are placed by level of detail (selected, hovered, the selection's
 * neighbours, then the most-mentioned, never overlapping); pan and zoom with d3-zoom; drag to pin.
 * The picture is not keyboard-reachable node by node: the table view is its accessible twin, and the
 * view says so.
 */
import { quadtree, type Quadtree } from "d3-quadtree";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from "react";
import { selectHoveredActorId, selectPinned, useAppStore, type Point } from "../../store/app-store";
import { useSetView, useView, useViewHref } from "../../store/use-view";
import { sceneOf, type CanvasColours, type CanvasPositions, type CanvasView } from "./canvas-draw";
import { canvasRenderer, releaseCanvasRenderer, type CanvasRenderer } from "./canvas-renderer";
import { QUAD_ORDER, tieWidth } from "./edge-style";
import { fitTransform } from "./fit-view";
import { Legend } from "./legend";
import { focusOf, type NetworkEdge, type NetworkModel, type NetworkNode } from "./network-model";
import { NetworkTooltip } from "./network-tooltip";
import { useElementSize } from "./use-element-size";
import { ZoomControls } from "./zoom-controls";
import { useForceLayout, type LayoutSnapshot } from "./use-force-layout";
import { useReducedMotion } from "./use-reduced-motion";

const DRAG_THRESHOLD = 4;

/** Where the layout has node `i` of the model, or undefined before its first frame. */
type PositionOf = (i: number) => Point | undefined;

/** For each model node, its slot in the snapshot's positions (-1: not in it); the snapshot's order may be an older run's. */
function slotsOf(model: NetworkModel, snapshot: LayoutSnapshot | null): Int32Array {
  return Int32Array.from(model.nodes, (n) => snapshot?.index.get(n.id) ?? -1);
}

function lookupOf(slots: Int32Array, snapshot: LayoutSnapshot | null): PositionOf {
  if (!snapshot) return () => undefined;
  return (i) => {
    const s = slots[i] ?? -1;
    return s < 0 ? undefined : { x: snapshot.xy[2 * s]!, y: snapshot.xy[2 * s + 1]! };
  };
}

function readColours(el: Element): CanvasColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    quad: Object.fromEntries(QUAD_ORDER.map((q) => [q, v(`--net-${q}`, "#777")])),
    coMention: v("--net-co-mention", "#bbb"),
    text: v("--tg-text", "#1d1d1f"),
    halo: v("--tg-surface", "#fff"),
    muted: v("--tg-muted", "#666"),
    actorBase: v("--tg-actor-base", "#ffffff"),
    actorShare: (Number.parseFloat(v("--tg-actor-share", "100%")) || 100) / 100,
  };
}

let sceneVersion = 0;
const edgeWidth = (e: NetworkEdge) => (e.quadClass ? tieWidth(e.evidenceCount, e.quadClass) : 1);

/** The network of a large graph on a canvas. */
export function NetworkCanvas({ model }: { model: NetworkModel }) {
  const pinned = useAppStore(selectPinned);
  const hoveredActorId = useAppStore(selectHoveredActorId);
  const { state } = useView();
  const setView = useSetView();
  const href = useViewHref();
  const reducedMotion = useReducedMotion();
  const layout = useForceLayout(model, reducedMotion, false);
  const { snapshot: latestSnapshot, subscribe } = layout;

  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const autoFit = useRef(true);
  const size = useElementSize(wrapRef);
  const [hoverAt, setHoverAt] = useState<Point | null>(null);

  const indexById = useMemo(() => new Map(model.nodes.map((n, i) => [n.id, i])), [model.nodes]);
  const scene = useMemo(() => sceneOf(model, ++sceneVersion, edgeWidth), [model]);
  const tieCount = scene.ties;
  const selectedActor = state.actorId && indexById.has(state.actorId) ? state.actorId : null;
  const selectedEdgeIndex = useMemo(() => (state.tieId ? model.edges.findIndex((e) => e.id === state.tieId) : -1), [model.edges, state.tieId]);
  const selectedEdge = model.edges[selectedEdgeIndex] ?? null;
  const focusSet = useMemo(() => focusOf(model, selectedActor, selectedEdge), [model, selectedActor, selectedEdge]);

  // Positions of the current model in the latest layout frame: the slots change with the model or the layout run.
  const slotsFor = useRef<{ ids: LayoutSnapshot["ids"] | null; model: NetworkModel | null; slots: Int32Array }>({ ids: null, model: null, slots: new Int32Array() });
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  });
  const currentSlots = useCallback((): Int32Array => {
    const snapshot = latestSnapshot();
    const cache = slotsFor.current;
    const ids = snapshot?.ids ?? null;
    if (cache.ids !== ids || cache.model !== modelRef.current) slotsFor.current = { ids, model: modelRef.current, slots: slotsOf(modelRef.current, snapshot) };
    return slotsFor.current.slots;
  }, [latestSnapshot]);
  const positionOf = useCallback((): PositionOf => lookupOf(currentSlots(), latestSnapshot()), [currentSlots, latestSnapshot]);

  // --- drawing (by the canvas worker where there is one: see canvas-renderer.ts) --------------
  const renderer = useRef<CanvasRenderer | null>(null);
  const colours = useRef<CanvasColours | null>(null);
  const viewOf = useRef<() => CanvasView | null>(() => null);
  /** The latest layout frame for the current model, as a copy the renderer may keep. */
  const positionsNow = useCallback((): CanvasPositions | null => {
    const snapshot = latestSnapshot();
    return snapshot ? { xy: snapshot.xy.slice(), slots: currentSlots() } : null;
  }, [latestSnapshot, currentSlots]);
  const sendPositions = useCallback(() => {
    const positions = positionsNow();
    if (positions) renderer.current?.positions(positions);
  }, [positionsNow]);
  const sendView = useCallback(() => {
    const view = viewOf.current();
    if (view) renderer.current?.view(view);
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const r = canvasRenderer(canvas);
    renderer.current = r;
    r.onDrawn((report) => {
      canvas.dataset.nodes = String(report.nodes);
      canvas.dataset.ties = String(report.ties);
      canvas.dataset.labels = String(report.labels);
    });
    return () => {
      renderer.current = null;
      releaseCanvasRenderer(canvas);
    };
  }, []);

  useLayoutEffect(() => {
    viewOf.current = () => {
      const canvas = canvasRef.current;
      if (!canvas) return null;
      const t = transformRef.current;
      const focus = focusSet ? Uint8Array.from(model.nodes, (n) => Number(focusSet.has(n.id))) : null;
      const pinnedIndices = Int32Array.from(Object.keys(pinned).map((id) => indexById.get(id) ?? -1).filter((i) => i >= 0));
      return {
        width: canvas.clientWidth,
        height: canvas.clientHeight,
        dpr: window.devicePixelRatio || 1,
        x: t.x,
        y: t.y,
        k: t.k,
        selected: selectedActor ? (indexById.get(selectedActor) ?? -1) : -1,
        selectedEdge: selectedEdgeIndex,
        hovered: hoveredActorId ? (indexById.get(hoveredActorId) ?? -1) : -1,
        focus,
        pinned: pinnedIndices,
        colours: (colours.current ??= readColours(canvas)),
      };
    };
  });
  // A new model: its scene, then how it is seen and where its nodes are (a filter shows at once, before the layout moves).
  // Layout effects, so the worker has them before this frame is painted.
  useLayoutEffect(() => {
    const view = viewOf.current();
    if (view) renderer.current?.scene(scene, view, positionsNow());
  }, [scene, positionsNow]);
  // Selection, hover, pins or size: the same scene seen anew.
  useLayoutEffect(sendView, [sendView, focusSet, selectedEdgeIndex, hoveredActorId, pinned, size]);
  // Every layout frame.
  useEffect(() => subscribe(sendPositions), [subscribe, sendPositions]);
  useEffect(() => {
    const scheme = window.matchMedia?.("(prefers-color-scheme: dark)");
    const reset = () => {
      colours.current = null;
      sendView();
    };
    scheme?.addEventListener("change", reset);
    return () => scheme?.removeEventListener("change", reset);
  }, [sendView]);

  // --- hit-testing ----------------------------------------------------------------------------
  const tree = useRef<{ snapshot: LayoutSnapshot | null; xy: Float32Array | null; model: NetworkModel | null; tree: Quadtree<number> | null }>({ snapshot: null, xy: null, model: null, tree: null });
  const maxRadius = useMemo(() => model.nodes.reduce((r, n) => Math.max(r, n.r), 0), [model.nodes]);
  /** The node under the screen point, if any. */
  const nodeAt = useCallback(
    (clientX: number, clientY: number): NetworkNode | null => {
      const canvas = canvasRef.current;
      const snapshot = latestSnapshot();
      if (!canvas || !snapshot) return null;
      const m = modelRef.current;
      const cache = tree.current;
      if (cache.xy !== snapshot.xy || cache.model !== m) {
        const at = positionOf();
        const indices = m.nodes.map((_, i) => i).filter((i) => at(i));
        tree.current = {
          snapshot,
          xy: snapshot.xy,
          model: m,
          tree: quadtree<number>()
            .x((i) => at(i)!.x)
            .y((i) => at(i)!.y)
            .addAll(indices),
        };
      }
      const rect = canvas.getBoundingClientRect();
      const t = transformRef.current;
      const x = t.invertX(clientX - rect.left);
      const y = t.invertY(clientY - rect.top);
      const slack = 3 / t.k;
      // The nearest centre within the largest radius, then a check against that node's own radius.
      const i = tree.current.tree?.find(x, y, maxRadius + slack);
      if (i === undefined) return null;
      const p = positionOf()(i);
      const n = m.nodes[i]!;
      return p && Math.hypot(p.x - x, p.y - y) <= n.r + slack ? n : null;
    },
    [latestSnapshot, positionOf, maxRadius],
  );

  // --- pan and zoom ---------------------------------------------------------------------------
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const behaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      .filter((event: Event) => {
        const mouse = event as globalThis.MouseEvent;
        if (event.type === "wheel") return true;
        // A press on a node drags the node, not the picture.
        if ((event.type === "mousedown" || event.type === "touchstart") && "clientX" in mouse && nodeAt(mouse.clientX, mouse.clientY)) return false;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on("zoom", (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        transformRef.current = event.transform;
        if (event.sourceEvent) autoFit.current = false;
        sendView();
      });
    const selection = select(canvas);
    selection.call(behaviour).on("dblclick.zoom", null);
    zoomRef.current = behaviour;
    return () => {
      selection.on(".zoom", null);
    };
  }, [nodeAt, sendView]);

  const fit = useCallback(() => {
    const canvas = canvasRef.current;
    const behaviour = zoomRef.current;
    const wrap = wrapRef.current;
    if (!canvas || !behaviour || !wrap) return;
    const m = modelRef.current;
    const at = positionOf();
    const index = new Map(m.nodes.map((n, i) => [n.id, i]));
    const t = fitTransform(wrap, m.nodes, (id) => at(index.get(id) ?? -1), { labels: false, minScale: 0.02 });
    if (t) select(canvas).call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }, [positionOf]);

  // Fit on the first frame of a layout, when it rests, and when the box changes size.
  const fittedRun = useRef<LayoutSnapshot["ids"] | null>(null);
  useEffect(
    () =>
      subscribe(() => {
        const ids = latestSnapshot()?.ids ?? null;
        if (autoFit.current && ids && fittedRun.current !== ids) {
          fittedRun.current = ids;
          fit();
        }
      }),
    [subscribe, latestSnapshot, fit],
  );
  useLayoutEffect(() => {
    if (autoFit.current) fit();
    // Triggers, not inputs.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [layout.restCount, size.width, size.height, fit]);

  const zoomBy = (factor: number) => {
    const canvas = canvasRef.current;
    if (canvas && zoomRef.current) select(canvas).call(zoomRef.current.scaleBy, factor);
    autoFit.current = false;
  };

  // --- pointer: hover, click, drag ------------------------------------------------------------
  const drag = useRef<{ id: string; pointer: number; startX: number; startY: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const toLayout = (clientX: number, clientY: number): Point => {
    const rect = canvasRef.current?.getBoundingClientRect();
    const t = transformRef.current;
    return { x: t.invertX(clientX - (rect?.left ?? 0)), y: t.invertY(clientY - (rect?.top ?? 0)) };
  };
  const hover = (n: NetworkNode | null, e?: PointerEvent) => {
    const store = useAppStore.getState();
    if ((n?.id ?? null) !== store.hoveredActorId) store.hoverActor(n?.id ?? null);
    const rect = canvasRef.current?.getBoundingClientRect();
    setHoverAt(n && e && rect ? { x: e.clientX - rect.left, y: e.clientY - rect.top - 8 } : null);
    if (canvasRef.current) canvasRef.current.style.cursor = n ? "pointer" : "";
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    const n = nodeAt(e.clientX, e.clientY);
    suppressClick.current = false;
    if (!n) return;
    drag.current = { id: n.id, pointer: e.pointerId, startX: e.clientX, startY: e.clientY, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return hover(nodeAt(e.clientX, e.clientY), e);
    if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_THRESHOLD) return;
    d.moved = true;
    autoFit.current = false;
    layout.dragTo(d.id, toLayout(e.clientX, e.clientY));
  };
  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d || !d.moved) return;
    suppressClick.current = true;
    layout.drop(d.id, toLayout(e.clientX, e.clientY));
  };
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const n = nodeAt(e.clientX, e.clientY);
    if (n) {
      useAppStore.getState().requestPanelFocus();
      setView({ actorId: n.id, tieId: null, pairId: null, view: "graph" });
    } else if (state.actorId || state.tieId || state.pairId) setView({ actorId: null, tieId: null, pairId: null });
  };
  const onDoubleClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const n = nodeAt(e.clientX, e.clientY);
    if (n && pinned[n.id]) layout.release(n.id);
  };

  // Lets end-to-end tests and the benchmark find an actor on the picture, as a sighted user would.
  useEffect(() => {
    if (!navigator.webdriver) return;
    const probe = {
      actorScreenPoint: (id: string) => {
        const i = indexById.get(id);
        const p = i === undefined ? undefined : positionOf()(i);
        const rect = canvasRef.current?.getBoundingClientRect();
        if (!p || !rect) return null;
        return { x: rect.left + transformRef.current.applyX(p.x), y: rect.top + transformRef.current.applyY(p.y) };
      },
    };
    (window as unknown as { tiegraphNetwork?: typeof probe }).tiegraphNetwork = probe;
    return () => {
      delete (window as unknown as { tiegraphNetwork?: typeof probe }).tiegraphNetwork;
    };
  }, [indexById, positionOf]);

  const hoveredNode = hoveredActorId ? model.nodes[indexById.get(hoveredActorId) ?? -1] : undefined;
  const pinnedCount = model.nodes.filter((n) => pinned[n.id]).length;
  const nameOf = (id: string) => model.nodes[indexById.get(id) ?? -1]?.name ?? id;

  return (
    <div className="network network--canvas" ref={wrapRef} data-layout={layout.running ? "running" : "settled"}>
      <canvas
        ref={canvasRef}
        className="network__canvas"
        role="img"
        aria-label={`Network of ${model.nodes.length.toLocaleString("en-US")} actors and ${tieCount.toLocaleString("en-US")} ties, drawn as a picture; the table view lists the same ties`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => hover(null)}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      />
      <p className="network__twin">
        {model.nodes.length.toLocaleString("en-US")} actors are drawn as a picture. <a href={href({ view: "table" })}>The table of ties</a> lists the same ties for the keyboard and screen readers; <kbd>/</kbd> finds an actor.
      </p>
      {layout.running && (
        <p className="network__status" role="status">
          Laying out…
        </p>
      )}

      <ZoomControls
        zoomBy={zoomBy}
        onFit={() => {
          autoFit.current = true;
          fit();
        }}
        pinnedCount={pinnedCount}
        onReleaseAll={layout.releaseAll}
      />

      <Legend model={model} year={state.year} compare={state.compare} coMentions={state.coMentions} onToggle={() => autoFit.current && fit()} />

      {hoverAt && hoveredNode && (
        <NetworkTooltip anchor={hoverAt} bounds={size} node={hoveredNode} edge={undefined} nameOf={nameOf} compare={state.compare} pinned={Boolean(pinned[hoveredNode.id])} />
      )}
    </div>
  );
}
