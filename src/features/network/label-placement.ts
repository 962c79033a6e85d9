/**
 * Which node labels a canvas shows: candidates in priority order (selected, hovered, the selection's
 * neighbours, then the most-mentioned), each kept only if its box overlaps no label already placed
 * and lies on screen. Pure: screen coordinates in, placed labels out.
 */

/** A label that could be drawn: its box's left, vertical centre, width and height, in screen pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 64;

/** Estimated width of a node label (12px system font), without measuring text. */
export function labelWidth(name: string): number {
  return name.length * 6.9 + 6;
}

/** The candidates that fit, in priority order, at most `max`, none overlapping another or leaving `viewport`. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport: { width: number; height: number }, max: number): LabelCandidate[] {
  const placed: LabelCandidate[] = [];
  // A coarse grid of the placed boxes, so each check looks at its neighbourhood only.
  const grid = new Map<number, LabelCandidate[]>();
  const cells = (c: LabelCandidate, visit: (key: number) => boolean | void) => {
    const top = c.y - c.height / 2;
    for (let gx = Math.floor(c.x / CELL); gx <= Math.floor((c.x + c.width) / CELL); gx++) {
      for (let gy = Math.floor(top / CELL); gy <= Math.floor((top + c.height) / CELL); gy++) {
        if (visit(gx * 100_003 + gy) === false) return false;
      }
    }
    return true;
  };
  const overlaps = (a: LabelCandidate, b: LabelCandidate) =>
    a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
  for (const c of candidates) {
    if (placed.length >= max) break;
    if (c.x < 0 || c.x + c.width > viewport.width || c.y - c.height / 2 < 0 || c.y + c.height / 2 > viewport.height) continue;
    const free = cells(c, (key) => !(grid.get(key) ?? []).some((p) => overlaps(c, p)));
    if (!free) continue;
    placed.push(c);
    cells(c, (key) => {
      const list = grid.get(key);
      if (list) list.push(c);
      else grid.set(key, [c]);
    });
  }
  return placed;
}

/** A node whose label is to be placed: its centre and radius in layout units, and whether it must be labelled. */
export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  r: number;
  name: string;
  /** Selected, focused or core: labelled even where every side is taken. */
  keep: boolean;
}

/** Where a node's label goes: its anchor point and text alignment. */
export interface NodeLabelSpot {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 5;
const LABEL_HEIGHT = 15;

/**
 * Labels for the SVG network without labels over labels: nodes in the given order (most important
 * first) each take the first side (right, left, below, above) whose box overlaps no label placed
 * before and no other node; a node that finds none keeps its label on the right when `keep`, else
 * goes without (its name is in its tooltip and accessible name). `scale` enlarges labels when the
 * picture is zoomed far out. `obstacles` are boxes drawn over the picture (the open legend): no label
 * is placed under one. Pure: layout units in and out.
 */
export function placeNodeLabels(nodes: readonly LabelledNode[], scale = 1, obstacles: readonly Box[] = []): Map<string, NodeLabelSpot> {
  const placed: Box[] = [...obstacles];
  const circles = nodes.map((n) => ({ id: n.id, x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const spots = new Map<string, NodeLabelSpot>();
  for (const n of nodes) {
    const w = labelWidth(n.name) * 1.05 * scale;
    const h = LABEL_HEIGHT * scale;
    const candidates: [NodeLabelSpot, Box][] = [
      [{ x: n.x + n.r + GAP, y: n.y, anchor: "start" }, { x0: n.x + n.r + GAP, y0: n.y - h / 2, x1: n.x + n.r + GAP + w, y1: n.y + h / 2 }],
      [{ x: n.x - n.r - GAP, y: n.y, anchor: "end" }, { x0: n.x - n.r - GAP - w, y0: n.y - h / 2, x1: n.x - n.r - GAP, y1: n.y + h / 2 }],
      [{ x: n.x, y: n.y + n.r + GAP + h / 2, anchor: "middle" }, { x0: n.x - w / 2, y0: n.y + n.r + GAP, x1: n.x + w / 2, y1: n.y + n.r + GAP + h }],
      [{ x: n.x, y: n.y - n.r - GAP - h / 2, anchor: "middle" }, { x0: n.x - w / 2, y0: n.y - n.r - GAP - h, x1: n.x + w / 2, y1: n.y - n.r - GAP }],
    ];
    const free = candidates.find(([, box]) => !placed.some((p) => overlaps(box, p)) && !circles.some((c) => c.id !== n.id && overlaps(box, c)));
    const chosen = free ?? (n.keep ? candidates[0] : undefined);
    if (!chosen) continue;
    spots.set(n.id, chosen[0]);
    placed.push(chosen[1]);
  }
  return spots;
}
