/**
 * The seeded force layout: deterministic starting positions (a phyllotaxis spiral in actor-id order)
 * and a d3-force simulation whose random source is a seeded LCG, so the same graph always lays out
 * the same way. Pure: no React, no DOM. The simulation works on copies; graph data is never mutated.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceX,
  forceY,
  forceSimulation,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";

/** A point in layout space (the simulation's coordinates, before pan and zoom). */
export interface LayoutPoint {
  x: number;
  y: number;
}

/** One actor as the simulation sees it: a copy, with its radius for collisions. */
export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  /** Drawn radius, in layout units. */
  r: number;
  /** Estimated label width, so labels of neighbours do not overlap. */
  labelWidth: number;
}

/** One pair of tied actors (several ties between them pull as one link). */
export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: string | LayoutNode;
  target: string | LayoutNode;
  /** How many ties (or co-mentions) join the pair; more pulls closer. */
  weight: number;
}

export type LayoutSimulation = Simulation<LayoutNode, LayoutLink>;

const LCG_A = 1664525;
const LCG_C = 1013904223;
const LCG_M = 4294967296; // 2^32

/** A seeded linear congruential generator returning numbers in [0, 1), as d3-force's own `lcg.js`. */
export function createLcg(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (LCG_A * s + LCG_C) % LCG_M;
    return s / LCG_M;
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Phyllotaxis spiral positions for `ids`, in sorted id order, so the start never depends on input order. */
export function initialPositions(ids: readonly string[], spacing = 60): Record<string, LayoutPoint> {
  const out: Record<string, LayoutPoint> = {};
  [...ids].sort().forEach((id, i) => {
    const radius = spacing * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    out[id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  return out;
}

/** How the layout is tuned. */
export interface LayoutOptions {
  /**
   * Thousands of nodes: shorter links, weaker charge, no collision force and about 80 ticks instead
   * of 300, so a 5,000-node layout (27–70 ms a tick here, by load) rests in a few seconds.
   */
  large?: boolean;
}

/** Cools from alpha 1 to d3's alphaMin (0.001) in about 80 ticks. */
const LARGE_ALPHA_DECAY = 1 - Math.pow(0.001, 1 / 80);

/**
 * A stopped simulation over copies of `nodes` (sorted by id) and `links`. Nodes with `x`/`y` set keep
 * them; the rest start on the phyllotaxis spiral. Call `.tick(n)` to run headless or `.restart()` to animate.
 */
export function createLayoutSimulation(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  seed = 1,
  options: LayoutOptions = {},
): LayoutSimulation {
  const spiral = initialPositions(nodes.map((n) => n.id), options.large ? 25 : 60);
  const copies: LayoutNode[] = [...nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => {
      const start = spiral[n.id] ?? { x: 0, y: 0 };
      return { ...n, x: n.x ?? start.x, y: n.y ?? start.y, vx: 0, vy: 0 };
    });
  const ids = new Set(copies.map((n) => n.id));
  const linkCopies: LayoutLink[] = links
    .map((l) => ({ source: endId(l.source), target: endId(l.target), weight: l.weight }))
    .filter((l) => ids.has(l.source) && ids.has(l.target))
    .sort((a, b) => `${a.source}|${a.target}`.localeCompare(`${b.source}|${b.target}`));

  if (options.large) {
    return forceSimulation<LayoutNode, LayoutLink>(copies)
      .randomSource(createLcg(seed))
      .alphaDecay(LARGE_ALPHA_DECAY)
      .force(
        "link",
        forceLink<LayoutNode, LayoutLink>(linkCopies)
          .id((n) => n.id)
          .distance((l) => 30 + radiusOf(l.source) + radiusOf(l.target))
          .strength((l) => Math.min(0.9, 0.25 + 0.08 * l.weight)),
      )
      .force("charge", forceManyBody<LayoutNode>().strength(-120).theta(0.95).distanceMax(600))
      .force("x", forceX<LayoutNode>(0).strength(0.03))
      .force("y", forceY<LayoutNode>(0).strength(0.05))
      .stop();
  }
  return forceSimulation<LayoutNode, LayoutLink>(copies)
    .randomSource(createLcg(seed))
    .force(
      "link",
      forceLink<LayoutNode, LayoutLink>(linkCopies)
        .id((n) => n.id)
        // Pairs tied in many ways need room for their fan of parallel arcs.
        .distance((l) => 120 + radiusOf(l.source) + radiusOf(l.target) + 12 * Math.min(l.weight, 8))
        .strength((l) => Math.min(0.9, 0.25 + 0.08 * l.weight)),
    )
    .force("charge", forceManyBody<LayoutNode>().strength(-1100).distanceMax(900))
    .force(
      "collide",
      forceCollide<LayoutNode>((n) => n.r + 10 + n.labelWidth * 0.45).strength(0.9).iterations(2),
    )
    .force("x", forceX<LayoutNode>(0).strength(0.05))
    .force("y", forceY<LayoutNode>(0).strength(0.08))
    .stop();
}

/** Runs `sim` headless until it cools (or `maxTicks`), and returns the positions by id. */
export function settle(sim: LayoutSimulation, maxTicks = 400): Record<string, LayoutPoint> {
  const n = Math.min(maxTicks, Math.ceil(Math.log(sim.alphaMin() / Math.max(sim.alpha(), sim.alphaMin() * 1.0001)) / Math.log(1 - sim.alphaDecay())));
  sim.tick(Math.max(1, n));
  return positionsOf(sim);
}

/** The current positions of a simulation's nodes, by id (rounded to 0.01 to keep snapshots stable). */
export function positionsOf(sim: LayoutSimulation): Record<string, LayoutPoint> {
  const out: Record<string, LayoutPoint> = {};
  for (const n of sim.nodes()) out[n.id] = { x: round(n.x ?? 0), y: round(n.y ?? 0) };
  return out;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function endId(end: string | number | LayoutNode): string {
  return typeof end === "object" ? end.id : String(end);
}

function radiusOf(end: string | number | LayoutNode): number {
  return typeof end === "object" ? end.r : 10;
}
