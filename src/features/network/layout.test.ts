import { describe, expect, it } from "vitest";
import { createLayoutSimulation, createLcg, initialPositions, positionsOf, settle, type LayoutLink, type LayoutNode } from "./layout";

const nodes: LayoutNode[] = ["syria", "iran", "russia", "israel", "hezbollah", "united-states"].map((id, i) => ({
  id,
  r: 8 + i * 2,
  labelWidth: id.length * 7,
}));
const links: LayoutLink[] = [
  { source: "iran", target: "syria", weight: 5 },
  { source: "russia", target: "syria", weight: 1 },
  { source: "israel", target: "iran", weight: 2 },
  { source: "hezbollah", target: "israel", weight: 1 },
];

describe("createLcg", () => {
  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = createLcg(7);
    const b = createLcg(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("initialPositions", () => {
  it("does not depend on the order ids come in", () => {
    expect(initialPositions(["b", "a", "c"])).toEqual(initialPositions(["c", "b", "a"]));
  });
});

describe("the seeded layout", () => {
  it("gives the same positions for the same input after N ticks", () => {
    const first = createLayoutSimulation(nodes, links);
    const second = createLayoutSimulation([...nodes].reverse(), [...links].reverse());
    first.tick(120);
    second.tick(120);
    expect(positionsOf(second)).toEqual(positionsOf(first));
  });

  it("never mutates the nodes it is given", () => {
    const before = JSON.stringify(nodes);
    settle(createLayoutSimulation(nodes, links));
    expect(JSON.stringify(nodes)).toBe(before);
  });

  it("keeps pinned nodes where they were pinned", () => {
    const pinned = nodes.map((n) => (n.id === "iran" ? { ...n, fx: 100, fy: -50 } : n));
    const positions = settle(createLayoutSimulation(pinned, links));
    expect(positions.iran).toEqual({ x: 100, y: -50 });
  });

  it("places tied actors closer than untied ones", () => {
    const p = settle(createLayoutSimulation(nodes, links));
    const dist = (a: string, b: string) => Math.hypot((p[a]?.x ?? 0) - (p[b]?.x ?? 0), (p[a]?.y ?? 0) - (p[b]?.y ?? 0));
    expect(dist("iran", "syria")).toBeLessThan(dist("hezbollah", "syria"));
  });

  it("starts from given positions instead of reshuffling", () => {
    const settled = settle(createLayoutSimulation(nodes, links));
    const from = nodes.map((n) => ({ ...n, ...settled[n.id] }));
    const sim = createLayoutSimulation(from, links).alpha(0.1);
    sim.tick(10);
    const now = positionsOf(sim);
    for (const n of nodes) {
      const a = settled[n.id];
      const b = now[n.id];
      expect(a && b && Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(20);
    }
  });
});
