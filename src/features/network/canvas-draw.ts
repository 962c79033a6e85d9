/**
 * Drawing the network of a large graph on a 2D canvas, from flat arrays: what is drawn (a
 * `CanvasScene`, made once per model), how it is seen (a `CanvasView`: pan, zoom, selection, hover,
 * pins, colours) and where the nodes are (`CanvasPositions`, once per layout frame). No DOM and no
 * React: the same function draws in the canvas worker (canvas.worker.ts) on an OffscreenCanvas, and
 * on the page's own canvas where there is no OffscreenCanvas.
 *
 * Kept cheap for thousands of ties: no per-node objects, edges batched per style, and lines no wider
 * than one screen pixel drawn as hairlines (a software rasteriser fills a 1.2 px line several times
 * slower than a 1 px one); the dotted style becomes short dashes at that width.
 */
import { QUAD_ORDER, quadStyle } from "./edge-style";
import { labelWidth, placeLabels, type LabelCandidate } from "./label-placement";
import type { NetworkModel } from "./network-model";

/** At most this many labels at once: beyond it a picture of thousands of names is unreadable anyway. */
export const MAX_LABELS = 160;
const LABEL_FONT = "550 12px system-ui, sans-serif";
const SELECTED_FONT = "750 12px system-ui, sans-serif";
const LABEL_HEIGHT = 16;
const EDGES_PER_PATH = 256;
/** Edge style index of a co-mention (0–3 are the quad classes in `QUAD_ORDER`). */
const CO_MENTION = QUAD_ORDER.length;

/** What a canvas draws of one network model, as flat arrays (cheap to post to a worker). */
export interface CanvasScene {
  /** Changes with every new model, so the drawer can say which one it has drawn. */
  version: number;
  names: string[];
  r: Float32Array;
  /** Index of each node's colour in `palette`. */
  colour: Uint16Array;
  palette: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** 0–3: the quad class's index in `QUAD_ORDER`; 4: a co-mention. */
  edgeStyle: Uint8Array;
  edgeWidth: Float32Array;
  /** Node indices, most-mentioned first (who gets a label when not all can). */
  byMentions: Int32Array;
  ties: number;
}

/** The theme's colours, read from CSS on the page. */
export interface CanvasColours {
  quad: Record<string, string>;
  coMention: string;
  text: string;
  halo: string;
  muted: string;
  /** Actors are filled with a tint of their colour towards this base (as the SVG's .net-node__dot); absent: their own colour. */
  actorBase?: string;
  /** The share of the actor's own colour in its tint, 0–1. */
  actorShare?: number;
}

/** `colour` mixed with `base`, `share` of it its own (sRGB, six-digit hex in and out; anything else is returned as is). */
export function tint(colour: string, base: string | undefined, share: number | undefined): string {
  const hex = /^#[0-9a-f]{6}$/i;
  if (!base || share === undefined || !hex.test(colour) || !hex.test(base)) return colour;
  const channel = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(channel(colour, i) * share + channel(base, i) * (1 - share)).toString(16).padStart(2, "0")).join("")}`;
}

/** How the scene is seen. Indices are node (or edge) indices of the scene; -1 for none. */
export interface CanvasView {
  /** CSS pixels of the canvas box and the device pixel ratio. */
  width: number;
  height: number;
  dpr: number;
  /** Pan and zoom: screen = layout × k + (x, y). */
  x: number;
  y: number;
  k: number;
  selected: number;
  selectedEdge: number;
  hovered: number;
  /** 1 for nodes in the selection's focus (it and its neighbours); null when nothing is selected. */
  focus: Uint8Array | null;
  pinned: Int32Array;
  colours: CanvasColours;
}

/** Node positions: node i of the scene is at `xy[2 * slots[i]]`, `xy[2 * slots[i] + 1]` (slot -1: not placed yet). */
export interface CanvasPositions {
  xy: Float32Array;
  slots: Int32Array;
}

/** What one draw showed. */
export interface DrawnReport {
  version: number;
  nodes: number;
  ties: number;
  labels: number;
}

/** The flat scene of a network model. */
export function sceneOf(model: NetworkModel, version: number, width: (edge: NetworkModel["edges"][number]) => number): CanvasScene {
  const n = model.nodes.length;
  const palette: string[] = [];
  const paletteIndex = new Map<string, number>();
  const colour = new Uint16Array(n);
  const r = new Float32Array(n);
  const index = new Map<string, number>();
  model.nodes.forEach((node, i) => {
    index.set(node.id, i);
    r[i] = node.r;
    let c = paletteIndex.get(node.color);
    if (c === undefined) {
      c = palette.push(node.color) - 1;
      paletteIndex.set(node.color, c);
    }
    colour[i] = c;
  });
  const m = model.edges.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeStyle = new Uint8Array(m);
  const edgeWidth = new Float32Array(m);
  let ties = 0;
  model.edges.forEach((e, j) => {
    edgeSource[j] = index.get(e.source) ?? -1;
    edgeTarget[j] = index.get(e.target) ?? -1;
    edgeStyle[j] = e.quadClass ? QUAD_ORDER.indexOf(e.quadClass) : CO_MENTION;
    edgeWidth[j] = width(e);
    if (e.kind === "tie") ties++;
  });
  const byMentions = Int32Array.from(model.nodes.keys()).sort((a, b) => model.nodes[b]!.mentions - model.nodes[a]!.mentions);
  return { version, names: model.nodes.map((node) => node.name), r, colour, palette, edgeSource, edgeTarget, edgeStyle, edgeWidth, byMentions, ties };
}

/** Draws `scene` as `view` sees it with the nodes at `positions` (nothing but the background before the first frame). */
export function drawScene(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  scene: CanvasScene,
  view: CanvasView,
  positions: CanvasPositions | null,
): DrawnReport {
  const canvas = ctx.canvas;
  const { dpr, k, colours: c, focus } = view;
  const deviceWidth = Math.max(1, Math.round(view.width * dpr));
  const deviceHeight = Math.max(1, Math.round(view.height * dpr));
  if (canvas.width !== deviceWidth || canvas.height !== deviceHeight) {
    canvas.width = deviceWidth;
    canvas.height = deviceHeight;
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!positions) return { version: scene.version, nodes: 0, ties: 0, labels: 0 };
  const { xy, slots } = positions;
  const nodeCount = scene.r.length;
  // Screen coordinates of every node, once per draw (NaN: not placed yet).
  const sx = new Float32Array(nodeCount);
  const sy = new Float32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const s = slots[i] ?? -1;
    if (s < 0) {
      sx[i] = NaN;
      sy[i] = NaN;
    } else {
      sx[i] = (xy[2 * s]! * k + view.x) * dpr;
      sy[i] = (xy[2 * s + 1]! * k + view.y) * dpr;
    }
  }

  // Edges: one batch per style (colour and dash, so colour is never the only cue); dimmed first, active on top.
  const { edgeSource: es, edgeTarget: et, edgeStyle: style, edgeWidth: ew } = scene;
  const edgeCount = es.length;
  const active = new Uint8Array(edgeCount);
  for (let j = 0; j < edgeCount; j++) {
    active[j] = view.selectedEdge >= 0 ? Number(j === view.selectedEdge) : view.selected >= 0 ? Number(es[j] === view.selected || et[j] === view.selected) : 1;
  }
  const stroke = (pass: 0 | 1) => {
    for (let q = 0; q <= CO_MENTION; q++) {
      let widest = 0;
      let count = 0;
      for (let j = 0; j < edgeCount; j++) {
        if (style[j] !== q || (focus ? active[j] !== pass : pass === 0)) continue;
        count++;
        if (ew[j]! > widest) widest = ew[j]!;
      }
      if (!count) continue;
      const quad = QUAD_ORDER[q];
      const look = quad ? quadStyle(quad) : null;
      // In screen pixels: the tie's width at this zoom, but never thinner than a hairline.
      const screenWidth = Math.max(focus && pass === 1 ? widest : 1, 0.6 * widest) * Math.max(0.8, 0.35 * k);
      const hairline = screenWidth < 1.5 && quad !== "material-conflict";
      const lineWidth = hairline ? 1 : screenWidth;
      const dash = look?.dash ? look.dash.split(" ").map(Number) : [];
      const dotted = look?.lineCap === "round";
      ctx.lineWidth = lineWidth * dpr;
      // Dots of a hairline would vanish: short dashes instead, so the dotted style still reads as dotted.
      const pattern = dotted && hairline ? [1.5, 3] : dash.map((d) => d * Math.max(1, lineWidth / 2));
      ctx.setLineDash(pattern.map((d) => d * dpr));
      ctx.lineCap = dotted && !hairline ? "round" : "butt";
      ctx.strokeStyle = quad ? (c.quad[quad] ?? c.muted) : c.coMention;
      ctx.globalAlpha = pass === 0 ? 0.1 : focus ? 1 : 0.55;
      let inPath = 0;
      ctx.beginPath();
      for (let j = 0; j < edgeCount; j++) {
        if (style[j] !== q || (focus ? active[j] !== pass : pass === 0)) continue;
        const a = es[j]!;
        const b = et[j]!;
        const ax = sx[a]!;
        const bx = sx[b]!;
        if (a < 0 || b < 0 || Number.isNaN(ax) || Number.isNaN(bx)) continue;
        ctx.moveTo(ax, sy[a]!);
        ctx.lineTo(bx, sy[b]!);
        // Short paths: one huge stroked path costs the rasteriser more than several smaller ones.
        if (++inPath === EDGES_PER_PATH) {
          ctx.stroke();
          ctx.beginPath();
          inPath = 0;
        }
      }
      if (inPath) ctx.stroke();
    }
  };
  stroke(0);
  stroke(1);
  ctx.setLineDash([]);

  // Nodes: one path per colour; dimmed ones faint.
  for (const dim of focus ? [1, 0] : [0]) {
    for (let colour = 0; colour < scene.palette.length; colour++) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < nodeCount; i++) {
        if (scene.colour[i] !== colour || (focus ? Number(!focus[i]) !== dim : false) || Number.isNaN(sx[i]!)) continue;
        const r = scene.r[i]! * k * dpr;
        ctx.moveTo(sx[i]! + r, sy[i]!);
        ctx.arc(sx[i]!, sy[i]!, r, 0, 2 * Math.PI);
        any = true;
      }
      if (!any) continue;
      ctx.globalAlpha = dim ? 0.18 : 1;
      ctx.fillStyle = tint(scene.palette[colour] ?? c.muted, c.actorBase, c.actorShare);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;

  // Rings: selected (solid, thick), hovered (solid), pinned (dashed), as in the SVG view.
  const ring = (i: number, gap: number, width: number, dash: number[]) => {
    if (i < 0 || i >= nodeCount || Number.isNaN(sx[i]!)) return;
    ctx.beginPath();
    ctx.arc(sx[i]!, sy[i]!, (scene.r[i]! * k + gap) * dpr, 0, 2 * Math.PI);
    ctx.lineWidth = width * dpr;
    ctx.setLineDash(dash.map((d) => d * dpr));
    ctx.strokeStyle = c.text;
    ctx.stroke();
  };
  for (const i of view.pinned) ring(i, 3, 1.5, [3, 2]);
  ring(view.hovered, 3, 1.5, []);
  ring(view.selected, 4, 2.5, []);
  ctx.setLineDash([]);

  // Labels in screen space, by level of detail: selected, hovered, the selection's neighbours, then the most-mentioned.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const first = [view.selected, view.hovered].filter((i) => i >= 0);
  const seen = new Set(first);
  const candidates: LabelCandidate[] = [];
  const add = (i: number) => {
    if (Number.isNaN(sx[i]!)) return;
    candidates.push({ id: String(i), x: sx[i]! / dpr + scene.r[i]! * k + 4, y: sy[i]! / dpr, width: labelWidth(scene.names[i] ?? ""), height: LABEL_HEIGHT });
  };
  for (const i of first) add(i);
  if (focus) {
    for (let i = 0; i < nodeCount; i++) {
      if (focus[i] && !seen.has(i)) {
        seen.add(i);
        add(i);
      }
    }
  }
  for (const i of scene.byMentions) {
    if (candidates.length >= MAX_LABELS * 6) break;
    if (!seen.has(i)) add(i);
  }
  const placed = placeLabels(candidates, view, MAX_LABELS);
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4;
  ctx.strokeStyle = c.halo;
  ctx.fillStyle = c.text;
  for (const l of placed) {
    const i = Number(l.id);
    const name = scene.names[i] ?? "";
    ctx.globalAlpha = focus && !focus[i] ? 0.35 : 1;
    ctx.font = i === view.selected ? SELECTED_FONT : LABEL_FONT;
    ctx.strokeText(name, l.x, l.y);
    ctx.fillText(name, l.x, l.y);
  }
  ctx.globalAlpha = 1;
  return { version: scene.version, nodes: nodeCount, ties: scene.ties, labels: placed.length };
}
