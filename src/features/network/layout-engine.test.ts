import { describe, expect, it } from "vitest";
import { createLayoutSimulation, settle, type LayoutLink } from "./layout";
import { createLayoutEngine } from "./layout-engine";
import type { LayoutFrame, LayoutNodeInput } from "./layout-protocol";

const nodes: LayoutNodeInput[] = ["syria", "iran", "russia", "israel"].map((id, i) => ({ id, r: 8 + i * 2, labelWidth: id.length * 7, fx: null, fy: null }));
const links: LayoutLink[] = [
  { source: "iran", target: "syria", weight: 5 },
  { source: "russia", target: "syria", weight: 1 },
  { source: "israel", target: "iran", weight: 2 },
];

/** An engine whose ticks run when `flush` is called, recording every frame it posts. */
function engineUnderTest() {
  const frames: LayoutFrame[] = [];
  const queue: (() => void)[] = [];
  const engine = createLayoutEngine((f) => frames.push(f), (step) => void queue.push(step));
  const flush = () => {
    for (let guard = 0; queue.length && guard < 10_000; guard++) queue.shift()!();
  };
  return { engine, frames, flush };
}

const at = (frame: LayoutFrame, i: number) => ({ x: frame.xy[2 * i]!, y: frame.xy[2 * i + 1]! });

describe("the layout engine", () => {
  it("posts a small graph's first layout once, at rest, where the seeded layout puts it", () => {
    const { engine, frames } = engineUnderTest();
    engine.handle({ type: "run", runId: 1, nodes, links, animate: true });
    expect(frames).toHaveLength(1);
    expect(frames[0]!.resting).toBe(true);
    const expected = settle(createLayoutSimulation(nodes, links));
    nodes.forEach((n, i) => {
      expect(at(frames[0]!, i).x).toBeCloseTo(expected[n.id]!.x, 1);
      expect(at(frames[0]!, i).y).toBeCloseTo(expected[n.id]!.y, 1);
    });
  });

  it("re-runs a filtered graph from where its nodes were, animated until it rests", () => {
    const { engine, frames, flush } = engineUnderTest();
    engine.handle({ type: "run", runId: 1, nodes, links, animate: true });
    const rested = frames[0]!;
    engine.handle({ type: "run", runId: 2, nodes: nodes.slice(0, 3), links: links.slice(0, 2), animate: true });
    flush();
    const rerun = frames.filter((f) => f.runId === 2);
    expect(rerun.length).toBeGreaterThan(5);
    expect(rerun.at(-1)!.resting).toBe(true);
    // The first animated frame is still close to the old picture: no restart from scratch.
    for (let i = 0; i < 3; i++) expect(Math.hypot(at(rerun[0]!, i).x - at(rested, i).x, at(rerun[0]!, i).y - at(rested, i).y)).toBeLessThan(20);
  });

  it("keeps a dragged node where it was dropped", () => {
    const { engine, frames, flush } = engineUnderTest();
    engine.handle({ type: "run", runId: 1, nodes, links, animate: true });
    engine.handle({ type: "drag", id: "iran", x: 300, y: -200 });
    engine.handle({ type: "drop", id: "iran", x: 320, y: -210 });
    flush();
    const last = frames.at(-1)!;
    expect(last.resting).toBe(true);
    expect(at(last, 1)).toEqual({ x: 320, y: -210 });
  });

  it("with reduced motion posts only resting positions", () => {
    const { engine, frames, flush } = engineUnderTest();
    engine.handle({ type: "run", runId: 1, nodes, links, animate: false });
    engine.handle({ type: "run", runId: 2, nodes: nodes.slice(1), links, animate: false });
    engine.handle({ type: "release", ids: null });
    flush();
    expect(frames.every((f) => f.resting)).toBe(true);
  });
});
