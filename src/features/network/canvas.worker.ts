/**
 * The canvas worker: draws the network of a large graph on the OffscreenCanvas the page handed it,
 * so rasterising thousands of lines never holds up the page (scrolling, clicks, the side panel). All
 * the drawing is in canvas-draw.ts.
 */
import { drawScene, type CanvasPositions, type CanvasScene, type CanvasView, type DrawnReport } from "./canvas-draw";
import type { CanvasDrawn, CanvasRequest } from "./canvas-protocol";

const scope = self as unknown as {
  postMessage: (message: CanvasDrawn) => void;
  onmessage: ((e: MessageEvent<CanvasRequest>) => void) | null;
  requestAnimationFrame?: (callback: () => void) => number;
};

let ctx: OffscreenCanvasRenderingContext2D | null = null;
let scene: CanvasScene | null = null;
let view: CanvasView | null = null;
let positions: CanvasPositions | null = null;
let pending = false;
let last: DrawnReport | null = null;

// Workers that own an OffscreenCanvas have animation frames in Chromium and Firefox; a timer elsewhere.
const nextFrame = (callback: () => void) => (scope.requestAnimationFrame ? scope.requestAnimationFrame(callback) : setTimeout(callback, 16));

const MIN_LAYOUT_FRAME_MS = 100;
let lastDrawAt = -Infinity;

function draw() {
  pending = false;
  lastDrawAt = performance.now();
  if (!ctx || !scene || !view) return;
  const report = drawScene(ctx, scene, view, positions);
  if (report.nodes && (!last || last.version !== report.version || last.labels !== report.labels)) scope.postMessage({ type: "drawn", report });
  last = report;
}

scope.onmessage = (e) => {
  const message = e.data;
  switch (message.type) {
    case "canvas":
      // A CPU-backed canvas: with software GPU emulation each GPU-canvas flush stalls the thread.
      ctx = message.canvas.getContext("2d", { willReadFrequently: true });
      break;
    case "scene":
      ({ scene, view, positions } = message);
      break;
    case "view":
      view = message.view;
      break;
    case "positions":
      positions = message.positions;
      break;
  }
  if (message.type === "scene") {
    // Another model (a filter, a year): drawn at once, so the change shows without waiting for a frame.
    draw();
  } else if (!pending) {
    pending = true;
    // While the layout streams positions, a frame at most every MIN_LAYOUT_FRAME_MS: at 5,000 actors
    // a frame costs about 50 ms of rasterising, and drawing every tick took the CPU the layout needs.
    const wait = message.type === "positions" ? MIN_LAYOUT_FRAME_MS - (performance.now() - lastDrawAt) : 0;
    if (wait > 0) setTimeout(() => nextFrame(draw), wait);
    else nextFrame(draw);
  }
};
