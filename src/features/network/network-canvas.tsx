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
import { QUAD_ORDER, quadStyle, tieWidth } from "./edge-style";
import { fitTransform } from "./fit-view";
import { placeLabels, type LabelCandidate } from "./label-placement";
import { Legend } from "./legend";
import { focusOf, type NetworkModel, type NetworkNode } from "./network-model";
import { NetworkTooltip } from "./network-tooltip";
import { useElementSize } from "./use-element-size";
import { ZoomControls } from "./zoom-controls";
import { labelWidth, useForceLayout, type LayoutSnapshot } from "./use-force-layout";
import { useReducedMotion } from "./use-reduced-motion";

const DRAG_THRESHOLD = 4;
/** At most this many labels at once: beyond it a picture of thousands of names is unreadable anyway. */
const MAX_LABELS = 160;
const LABEL_FONT = "550 12px system-ui, sans-serif";
const LABEL_HEIGHT = 16;
const EDGES_PER_PATH = 64;

/** Where the layout has node `i` of the model, or undefined before its first frame. */
type PositionOf = (i: number) => Point | undefined;

/** Maps model node indices to positions in the latest layout snapshot (whose node order may be an older run's). */
function positionLookup(model: NetworkModel, snapshot: LayoutSnapshot | null): PositionOf {
  if (!snapshot) return () => undefined;
  const slots = model.nodes.map((n) => snapshot.index.get(n.id) ?? -1);
  return (i) => {
    const s = slots[i] ?? -1;
    return s < 0 ? undefined : { x: snapshot.xy[2 * s]!, y: snapshot.xy[2 * s + 1]! };
  };
}

interface CanvasColours {
  quad: Record<string, string>;
  coMention: string;
  text: string;
  halo: string;
  muted: string;
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
  };
}

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
  const byMentions = useMemo(() => model.nodes.map((_, i) => i).sort((a, b) => model.nodes[b]!.mentions - model.nodes[a]!.mentions), [model.nodes]);
  const edgeEnds = useMemo(
    () => model.edges.map((e) => ({ edge: e, s: indexById.get(e.source) ?? -1, t: indexById.get(e.target) ?? -1, width: e.quadClass ? tieWidth(e.evidenceCount, e.quadClass) : 1 })),
    [model.edges, indexById],
  );
  const tieCount = useMemo(() => model.edges.filter((e) => e.kind === "tie").length, [model.edges]);
  const selectedActor = state.actorId && indexById.has(state.actorId) ? state.actorId : null;
  const selectedEdge = state.tieId ? (model.edges.find((e) => e.id === state.tieId) ?? null) : null;
  const focusSet = useMemo(() => focusOf(model, selectedActor, selectedEdge), [model, selectedActor, selectedEdge]);

  // Everything the draw reads, current at every frame without re-creating the draw.
  const scene = useRef({ model, edgeEnds, byMentions, focusSet, selectedActor, selectedEdgeId: selectedEdge?.id ?? null, hoveredActorId, pinned });
  useLayoutEffect(() => {
    scene.current = { model, edgeEnds, byMentions, focusSet, selectedActor, selectedEdgeId: selectedEdge?.id ?? null, hoveredActorId, pinned };
  });

  const positionsFor = useRef<{ snapshot: LayoutSnapshot | null; model: NetworkModel | null; lookup: PositionOf }>({ snapshot: null, model: null, lookup: () => undefined });
  const positionOf = useCallback((): PositionOf => {
    const snapshot = latestSnapshot();
    const cache = positionsFor.current;
    if (cache.snapshot !== snapshot || cache.model !== scene.current.model) {
      positionsFor.current = { snapshot, model: scene.current.model, lookup: positionLookup(scene.current.model, snapshot) };
    }
    return positionsFor.current.lookup;
  }, [latestSnapshot]);

  // --- drawing --------------------------------------------------------------------------------
  const colours = useRef<CanvasColours | null>(null);
  const frame = useRef(0);
  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    // A CPU-backed canvas: with software GPU emulation each GPU-canvas flush stalls the main thread.
    const ctx = canvas?.getContext("2d", { willReadFrequently: true });
    if (!canvas || !ctx) return;
    const { model: m, edgeEnds: ends, byMentions: ranked, focusSet: focus, selectedActor: selected, selectedEdgeId, hoveredActorId: hovered, pinned: pins } = scene.current;
    const c = (colours.current ??= readColours(canvas));
    const dpr = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const at = positionOf();
    const t = transformRef.current;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    const px = 1 / t.k; // one screen pixel in layout units

    // Edges: one path per quad class (colour and dash, so colour is never the only cue); dimmed first, active on top.
    const active = (e: (typeof ends)[number]) =>
      selectedEdgeId ? e.edge.id === selectedEdgeId : selected ? e.edge.source === selected || e.edge.target === selected : true;
    const strokeGroup = (pass: "dim" | "active") => {
      for (const quad of [...QUAD_ORDER, null]) {
        const style = quad ? quadStyle(quad) : null;
        const chosen = ends.filter((e) => e.edge.quadClass === quad && (focus ? (pass === "active") === active(e) : pass === "active"));
        if (!chosen.length) continue;
        const widest = chosen.reduce((w, e) => Math.max(w, e.width), 1);
        const lineWidth = Math.max(focus && pass === "active" ? widest : 1, 0.6 * widest) * Math.max(px * 0.8, 0.35);
        ctx.lineWidth = lineWidth;
        ctx.setLineDash(style?.dash ? style.dash.split(" ").map((d) => Number(d) * Math.max(1, lineWidth / (2 * px)) * px) : []);
        ctx.lineCap = style?.lineCap ?? "butt";
        ctx.strokeStyle = quad ? (c.quad[quad] ?? c.muted) : c.coMention;
        ctx.globalAlpha = pass === "dim" ? 0.1 : focus ? 1 : 0.55;
        // Short paths: one huge stroked path costs the rasteriser far more than many small ones.
        for (let from = 0; from < chosen.length; from += EDGES_PER_PATH) {
          ctx.beginPath();
          for (const e of chosen.slice(from, from + EDGES_PER_PATH)) {
            const a = at(e.s);
            const b = at(e.t);
            if (!a || !b) continue;
            ctx.moveTo(a.x, a.y);
            ctx.lineTo(b.x, b.y);
          }
          ctx.stroke();
        }
      }
    };
    strokeGroup("dim");
    strokeGroup("active");
    ctx.setLineDash([]);

    // Nodes: one path per colour; dimmed ones faint.
    const byColour = new Map<string, number[]>();
    m.nodes.forEach((n, i) => {
      const key = `${n.color}|${focus && !focus.has(n.id) ? "dim" : ""}`;
      const list = byColour.get(key);
      if (list) list.push(i);
      else byColour.set(key, [i]);
    });
    for (const [key, list] of byColour) {
      const [colour = "#777", dim] = key.split("|");
      ctx.beginPath();
      for (const i of list) {
        const p = at(i);
        const n = m.nodes[i]!;
        if (!p) continue;
        ctx.moveTo(p.x + n.r, p.y);
        ctx.arc(p.x, p.y, n.r, 0, 2 * Math.PI);
      }
      ctx.globalAlpha = dim ? 0.18 : 1;
      ctx.fillStyle = colour;
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    // Rings: selected (solid, thick), hovered (solid), pinned (dashed), as in the SVG view.
    const ring = (id: string | null, r: number, w: number, dash: number[]) => {
      const i = id ? indexOfId(m, id) : -1;
      const p = i >= 0 ? at(i) : undefined;
      if (!p) return;
      ctx.beginPath();
      ctx.arc(p.x, p.y, m.nodes[i]!.r + r * px, 0, 2 * Math.PI);
      ctx.lineWidth = w * px;
      ctx.setLineDash(dash.map((d) => d * px));
      ctx.strokeStyle = c.text;
      ctx.stroke();
    };
    for (const id of Object.keys(pins)) ring(id, 3, 1.5, [3, 2]);
    ring(hovered, 3, 1.5, []);
    ring(selected, 4, 2.5, []);
    ctx.setLineDash([]);

    // Labels in screen space, by level of detail.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = LABEL_FONT;
    const first = [selected, hovered].filter((id): id is string => Boolean(id));
    const neighbours = focus ? [...focus].filter((id) => !first.includes(id)) : [];
    const order = [...first, ...neighbours].map((id) => indexOfId(m, id)).filter((i) => i >= 0);
    const seen = new Set(order);
    const candidates: LabelCandidate[] = [];
    const add = (i: number) => {
      const p = at(i);
      const n = m.nodes[i]!;
      if (!p) return;
      candidates.push({ id: n.id, x: t.applyX(p.x) + n.r * t.k + 4, y: t.applyY(p.y), width: labelWidth(n.name), height: LABEL_HEIGHT });
    };
    for (const i of order) add(i);
    for (const i of ranked) if (!seen.has(i) && candidates.length < MAX_LABELS * 6) add(i);
    const placed = placeLabels(candidates, { width, height }, MAX_LABELS);
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 4;
    ctx.strokeStyle = c.halo;
    for (const l of placed) {
      const n = m.nodes[indexOfId(m, l.id)]!;
      ctx.globalAlpha = focus && !focus.has(n.id) ? 0.35 : 1;
      ctx.font = n.id === selected ? "750 12px system-ui, sans-serif" : LABEL_FONT;
      ctx.strokeText(n.name, l.x, l.y);
      ctx.fillStyle = c.text;
      ctx.fillText(n.name, l.x, l.y);
    }
    ctx.globalAlpha = 1;
    canvas.dataset.nodes = String(m.nodes.length);
    canvas.dataset.ties = String(ends.filter((e) => e.edge.kind === "tie").length);
    canvas.dataset.labels = String(placed.length);
  }, [positionOf]);

  const requestDraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  useEffect(() => subscribe(requestDraw), [subscribe, requestDraw]);
  // Selection, hover, pins or a new model: redraw now (a filter shows at once, before the layout moves).
  useEffect(requestDraw, [requestDraw, model, focusSet, hoveredActorId, pinned, size]);
  useEffect(() => {
    const scheme = window.matchMedia?.("(prefers-color-scheme: dark)");
    const reset = () => {
      colours.current = null;
      requestDraw();
    };
    scheme?.addEventListener("change", reset);
    return () => scheme?.removeEventListener("change", reset);
  }, [requestDraw]);

  // --- hit-testing ----------------------------------------------------------------------------
  const tree = useRef<{ snapshot: LayoutSnapshot | null; xy: Float32Array | null; model: NetworkModel | null; tree: Quadtree<number> | null }>({ snapshot: null, xy: null, model: null, tree: null });
  const maxRadius = useMemo(() => model.nodes.reduce((r, n) => Math.max(r, n.r), 0), [model.nodes]);
  /** The node under the screen point, if any. */
  const nodeAt = useCallback(
    (clientX: number, clientY: number): NetworkNode | null => {
      const canvas = canvasRef.current;
      const snapshot = latestSnapshot();
      if (!canvas || !snapshot) return null;
      const m = scene.current.model;
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
        requestDraw();
      });
    const selection = select(canvas);
    selection.call(behaviour).on("dblclick.zoom", null);
    zoomRef.current = behaviour;
    return () => {
      selection.on(".zoom", null);
    };
  }, [nodeAt, requestDraw]);

  const fit = useCallback(() => {
    const canvas = canvasRef.current;
    const behaviour = zoomRef.current;
    const wrap = wrapRef.current;
    if (!canvas || !behaviour || !wrap) return;
    const m = scene.current.model;
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
    if (n) setView({ actorId: n.id, tieId: null, view: "graph" });
    else if (state.actorId || state.tieId) setView({ actorId: null, tieId: null });
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

/** The index of actor `id` in `model.nodes` (-1 if absent), from a map built once per model. */
function indexOfId(model: NetworkModel, id: string): number {
  let cache = INDEX_CACHE.get(model);
  if (!cache) INDEX_CACHE.set(model, (cache = new Map(model.nodes.map((n, i) => [n.id, i]))));
  return cache.get(id) ?? -1;
}
const INDEX_CACHE = new WeakMap<NetworkModel, Map<string, number>>();
