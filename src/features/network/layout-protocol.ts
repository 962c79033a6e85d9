/**
 * The messages between the network view (main thread) and the layout worker. Positions travel as one
 * Float32Array `[x0, y0, x1, y1, …]` in the order of the run's `nodes`, transferred, not copied.
 */
import type { LayoutLink } from "./layout";

/** One actor as the layout needs it. `fx`/`fy` pin it (set when the user dropped it there). */
export interface LayoutNodeInput {
  id: string;
  r: number;
  labelWidth: number;
  fx: number | null;
  fy: number | null;
  /** Where the node was last drawn, if anywhere (the worker's own memory comes first). */
  x?: number;
  y?: number;
}

/** Main thread → worker. */
export type LayoutRequest =
  /**
   * Lay out these nodes and links. Nodes the worker has placed before start where they were (a gentle
   * re-run); if none is known the layout starts fresh. `animate` false (reduced motion) posts only the
   * resting positions.
   */
  | { type: "run"; runId: number; nodes: LayoutNodeInput[]; links: Omit<LayoutLink, "index">[]; animate: boolean }
  /** The user drags `id` to (x, y): pinned there, the rest follows. */
  | { type: "drag"; id: string; x: number; y: number }
  /** The drag ended: `id` stays pinned at (x, y), the layout cools. */
  | { type: "drop"; id: string; x: number; y: number }
  /** Unpins `ids` (every node when null) and lets the layout settle again. */
  | { type: "release"; ids: string[] | null };

/** Worker → main thread: the positions of run `runId`'s nodes; `resting` once the layout has cooled. */
export interface LayoutFrame {
  type: "positions";
  runId: number;
  xy: Float32Array;
  resting: boolean;
}
