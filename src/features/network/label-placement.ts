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
