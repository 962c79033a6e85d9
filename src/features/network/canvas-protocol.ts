/**
 * The messages between the canvas network (main thread) and the canvas worker that draws it on an
 * OffscreenCanvas. The main thread sends what to draw and how it is seen; the worker draws at most
 * once per animation frame and says what it drew.
 */
import type { CanvasPositions, CanvasScene, CanvasView, DrawnReport } from "./canvas-draw";

/** Main thread → canvas worker. */
export type CanvasRequest =
  /** The canvas to draw on (transferred once). */
  | { type: "canvas"; canvas: OffscreenCanvas }
  /** Another model, with how it is seen and where its nodes are, so it is drawn at once and whole. */
  | { type: "scene"; scene: CanvasScene; view: CanvasView; positions: CanvasPositions | null }
  | { type: "view"; view: CanvasView }
  | { type: "positions"; positions: CanvasPositions };

/** Canvas worker → main thread: a draw that showed something new (another scene, or another number of labels). */
export interface CanvasDrawn {
  type: "drawn";
  report: DrawnReport;
}
