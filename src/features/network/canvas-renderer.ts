/**
 * Who draws the canvas network: the canvas worker on an OffscreenCanvas where the browser can hand a
 * canvas to a worker, else this thread, once per animation frame. Either way the caller sets the
 * scene, the view and the positions and hears what was drawn.
 */
import { drawScene, type CanvasPositions, type CanvasScene, type CanvasView, type DrawnReport } from "./canvas-draw";
import type { CanvasDrawn, CanvasRequest } from "./canvas-protocol";

export interface CanvasRenderer {
  /** Another scene, with its view and positions, drawn as soon as possible (positions may be transferred). */
  scene: (scene: CanvasScene, view: CanvasView, positions: CanvasPositions | null) => void;
  view: (view: CanvasView) => void;
  /** The positions are the renderer's from now on (they may be transferred). */
  positions: (positions: CanvasPositions) => void;
  /** Calls `listener` after a draw that shows a new scene or another number of labels. */
  onDrawn: (listener: (report: DrawnReport) => void) => void;
  close: () => void;
}

/** One renderer per canvas element: a canvas can be handed to a worker only once (StrictMode mounts effects twice). */
const renderers = new WeakMap<HTMLCanvasElement, CanvasRenderer>();

/** The renderer of `canvas`, started on first use. */
export function canvasRenderer(canvas: HTMLCanvasElement): CanvasRenderer {
  let renderer = renderers.get(canvas);
  if (!renderer) {
    renderer = typeof Worker !== "undefined" && typeof canvas.transferControlToOffscreen === "function" ? workerRenderer(canvas) : pageRenderer(canvas);
    renderers.set(canvas, renderer);
  }
  return renderer;
}

/** Closes the renderer of `canvas` once it has left the page (not when React only re-runs its effects). */
export function releaseCanvasRenderer(canvas: HTMLCanvasElement): void {
  setTimeout(() => {
    if (canvas.isConnected) return;
    renderers.get(canvas)?.close();
    renderers.delete(canvas);
  }, 0);
}

function workerRenderer(canvas: HTMLCanvasElement): CanvasRenderer {
  const worker = new Worker(new URL("./canvas.worker.ts", import.meta.url), { type: "module", name: "tiegraph-canvas" });
  const offscreen = canvas.transferControlToOffscreen();
  const send = (request: CanvasRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  send({ type: "canvas", canvas: offscreen }, [offscreen]);
  let listener: (report: DrawnReport) => void = () => undefined;
  worker.onmessage = (e: MessageEvent<CanvasDrawn>) => listener(e.data.report);
  return {
    scene: (scene, view, positions) => send({ type: "scene", scene, view, positions }, positions ? [positions.xy.buffer] : []),
    view: (view) => send({ type: "view", view }),
    positions: (positions) => send({ type: "positions", positions }, [positions.xy.buffer]),
    onDrawn: (l) => void (listener = l),
    close: () => worker.terminate(),
  };
}

function pageRenderer(canvas: HTMLCanvasElement): CanvasRenderer {
  let scene: CanvasScene | null = null;
  let view: CanvasView | null = null;
  let positions: CanvasPositions | null = null;
  let frame = 0;
  let last: DrawnReport | null = null;
  let listener: (report: DrawnReport) => void = () => undefined;
  const draw = () => {
    frame = 0;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx || !scene || !view) return;
    const report = drawScene(ctx, scene, view, positions);
    if (report.nodes && (!last || last.version !== report.version || last.labels !== report.labels)) listener(report);
    last = report;
  };
  const request = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  return {
    scene: (s, v, p) => {
      scene = s;
      view = v;
      positions = p;
      draw();
    },
    view: (v) => ((view = v), request()),
    positions: (p) => ((positions = p), request()),
    onDrawn: (l) => void (listener = l),
    close: () => cancelAnimationFrame(frame),
  };
}
