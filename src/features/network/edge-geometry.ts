/**
 * Geometry of parallel ties: two actors tied in several ways get one arc per tie, spread evenly on
 * both sides of the straight line between them. Pure functions over points, in layout units.
 */
import type { LayoutPoint } from "./layout";

/** Spacing between neighbouring parallel arcs at their apex. */
export const ARC_SPACING = 16;

/**
 * Offset (signed distance of the apex from the straight line) for the `index`-th of `count` parallel
 * edges: 0 for a single edge, then symmetric (−s/2, +s/2; −s, 0, +s; …).
 */
export function parallelOffset(index: number, count: number, spacing = ARC_SPACING): number {
  return (index - (count - 1) / 2) * spacing;
}

/** An edge drawn as a quadratic curve, already shortened to stop at the node rims. */
export interface EdgePath {
  d: string;
  /** The point halfway along the curve, for badges and tooltips. */
  mid: LayoutPoint;
  /** Where the line ends, and its heading there in radians (for an arrowhead). */
  end: LayoutPoint;
  angle: number;
}

/**
 * The path from `from` to `to` bulging by `offset` to the left of the canonical direction `a → b`
 * (so reversed ties between the same pair still fan out on consistent sides). `fromGap`/`toGap`
 * trim the ends (node radius, plus room for an arrowhead).
 */
export function edgePath(
  from: LayoutPoint,
  to: LayoutPoint,
  offset: number,
  canonicalFrom: LayoutPoint,
  canonicalTo: LayoutPoint,
  fromGap: number,
  toGap: number,
): EdgePath {
  const dx = canonicalTo.x - canonicalFrom.x;
  const dy = canonicalTo.y - canonicalFrom.y;
  const len = Math.hypot(dx, dy) || 1;
  // Unit normal of the canonical direction; a quadratic's apex sits halfway to its control point.
  const nx = -dy / len;
  const ny = dx / len;
  const cx = (from.x + to.x) / 2 + nx * offset * 2;
  const cy = (from.y + to.y) / 2 + ny * offset * 2;
  const start = towards(from, { x: cx, y: cy }, fromGap);
  const end = towards(to, { x: cx, y: cy }, toGap);
  const mid = {
    x: 0.25 * start.x + 0.5 * cx + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * cy + 0.25 * end.y,
  };
  const d = offset === 0
    ? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`
    : `M${f(start.x)},${f(start.y)}Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`;
  const angle = Math.atan2(end.y - (offset === 0 ? start.y : cy), end.x - (offset === 0 ? start.x : cx));
  return { d, mid, end, angle };
}

/** An arrowhead of `size` whose tip is `size * 0.9` beyond `end`, pointing along `angle`. */
export function arrowHead(end: LayoutPoint, angle: number, size: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (along: number, across: number) => `${f(end.x + along * cos - across * sin)},${f(end.y + along * sin + across * cos)}`;
  return `M${at(size * 0.9, 0)}L${at(-size * 0.35, size * 0.5)}L${at(-size * 0.1, 0)}L${at(-size * 0.35, -size * 0.5)}Z`;
}

/** The point `distance` from `p` towards `q` (p itself if they coincide). */
export function towards(p: LayoutPoint, q: LayoutPoint, distance: number): LayoutPoint {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return { ...p };
  const t = Math.min(distance, len / 2) / len;
  return { x: p.x + dx * t, y: p.y + dy * t };
}

function f(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}
