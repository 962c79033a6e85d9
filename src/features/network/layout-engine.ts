/**
 * The layout worker's pure core: holds the simulation, answers `LayoutRequest`s and posts
 * `LayoutFrame`s. No DOM: it runs in the worker (layout.worker.ts) and, where there are no workers
 * (unit tests), on the main thread. Each tick is one step of `schedule`, so drags and new runs are
 * handled between ticks.
 */
import { createLayoutSimulation, settle, type LayoutNode, type LayoutSimulation } from "./layout";
import type { LayoutFrame, LayoutRequest } from "./layout-protocol";

/**
 * Graphs with more nodes than this lay out with cheaper forces and fewer ticks (see
 * `createLayoutSimulation`), animated from the start; smaller ones arrive at rest. The same size as
 * the canvas threshold: settling 1,000 nodes with the small-graph forces before the first picture took
 * 3.3 s.
 */
export const LARGE_LAYOUT = 300;
/** An animated small layout ticks at most once per this many ms, so a re-run is seen, not jumped. */
const FRAME_MS = 16;

export interface LayoutEngine {
  handle: (request: LayoutRequest) => void;
  /** Stops ticking (the worker is being closed). */
  stop: () => void;
}

/**
 * An engine that posts frames with `post` (the Float32Array's buffer may be transferred) and runs its
 * next tick through `schedule(step, delayMs)` (setTimeout in the worker).
 */
export function createLayoutEngine(
  post: (frame: LayoutFrame) => void,
  schedule: (step: () => void, delayMs: number) => void = (step, ms) => void setTimeout(step, ms),
): LayoutEngine {
  /** Where every node ever laid out was last, so a new run starts from the current picture. */
  const known = new Map<string, { x: number; y: number }>();
  let sim: LayoutSimulation | null = null;
  let order: LayoutNode[] = [];
  let runId = 0;
  let animate = true;
  let ticking = false;
  let stopped = false;

  const snapshot = (resting: boolean) => {
    const xy = new Float32Array(order.length * 2);
    order.forEach((n, i) => {
      xy[2 * i] = n.x ?? 0;
      xy[2 * i + 1] = n.y ?? 0;
      known.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
    });
    post({ type: "positions", runId, xy, resting });
  };

  const cooled = (s: LayoutSimulation) => s.alpha() < s.alphaMin() && s.alphaTarget() === 0;

  const step = (id: number) => () => {
    if (stopped || id !== runId || !sim) return;
    const started = performance.now();
    sim.tick();
    const resting = cooled(sim);
    snapshot(resting);
    if (resting) {
      ticking = false;
      return;
    }
    schedule(step(id), Math.max(0, FRAME_MS - (performance.now() - started)));
  };

  const wake = () => {
    if (!sim) return;
    if (!animate) {
      settle(sim);
      snapshot(true);
      return;
    }
    if (!ticking) {
      ticking = true;
      schedule(step(runId), 0);
    }
  };

  const handle = (request: LayoutRequest) => {
    switch (request.type) {
      case "run": {
        runId = request.runId;
        animate = request.animate;
        ticking = false;
        const startOf = (n: (typeof request.nodes)[number]) => known.get(n.id) ?? (n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : undefined);
        const fresh = !request.nodes.some((n) => startOf(n));
        const large = request.nodes.length > LARGE_LAYOUT;
        sim = createLayoutSimulation(
          request.nodes.map(({ x: _x, y: _y, ...n }) => ({ ...n, ...startOf(n) })),
          request.links.map((l) => ({ ...l })),
          1,
          { large },
        );
        // The simulation sorts its nodes by id; frames follow the request's order.
        const byId = new Map(sim.nodes().map((n) => [n.id, n]));
        order = request.nodes.map((n) => byId.get(n.id)!);
        if (fresh && (!large || !animate)) {
          // A small graph rests before it is first drawn: same data, same picture, no jump.
          settle(sim.alpha(1));
          snapshot(true);
          return;
        }
        if (fresh) sim.alpha(1);
        // A re-run starts near the old layout, so it may cool fast: about 55 ticks, under a second.
        else sim.alpha(0.35).alphaDecay(0.1);
        if (!animate) sim.alpha(0.4);
        wake();
        return;
      }
      case "drag": {
        const node = order.find((n) => n.id === request.id);
        if (!node || !sim) return;
        node.fx = node.x = request.x;
        node.fy = node.y = request.y;
        // Warms gently towards 0.2 (as d3's own drag examples), so the rest follows without a jolt.
        if (animate) sim.alphaTarget(0.2);
        wake();
        return;
      }
      case "drop": {
        const node = order.find((n) => n.id === request.id);
        if (!node || !sim) return;
        node.fx = node.x = request.x;
        node.fy = node.y = request.y;
        sim.alphaTarget(0);
        if (!animate) snapshot(true);
        return;
      }
      case "release": {
        if (!sim) return;
        const ids = request.ids ? new Set(request.ids) : null;
        for (const n of order) {
          if (ids && !ids.has(n.id)) continue;
          n.fx = null;
          n.fy = null;
        }
        sim.alpha(animate ? 0.3 : 0.4);
        wake();
        return;
      }
    }
  };

  return {
    handle,
    stop: () => {
      stopped = true;
    },
  };
}
