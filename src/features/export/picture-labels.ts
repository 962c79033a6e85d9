/**
 * Where the exported picture puts each actor's name: nodes in order of importance each take the
 * nearest free place around their circle (right, left, below, above, then the corners, then a ring
 * further out with a thin leader line), free meaning it overlaps no name already placed and no other
 * circle. The screen may leave a crowded minor name out (its tooltip has it); a picture has no
 * tooltip, so an important name that finds no free place still goes where it overlaps least, and a
 * minor one is left out and counted. Pure: measured widths in, boxes out, picture units throughout.
 */

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  r: number;
  /** The name's measured width and line height. */
  width: number;
  height: number;
  /** Named even where every place is taken (the selection, core actors, the most mentioned). */
  keep: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PictureLabel {
  id: string;
  /** The text's anchor point: x as `anchor` says, y the vertical centre of the line. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
  /** From the circle's edge to the name, when the name sits away from its circle. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

const GAP = 4;
/** Right, left, below, above, then the four corners: the order a reader looks for a name. */
const DIRECTIONS = [0, 180, 90, 270, 45, 135, 315, 225].map((deg) => (deg * Math.PI) / 180);
const RINGS = 4;

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function candidate(n: PictureNode, angle: number, ring: number): PictureLabel {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dist = n.r + GAP + ring * n.height;
  const px = n.x + dist * cos;
  const py = n.y + dist * sin;
  const anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
  const x0 = anchor === "start" ? px : anchor === "end" ? px - n.width : px - n.width / 2;
  const cy = sin > 0.3 ? py + n.height / 2 : sin < -0.3 ? py - n.height / 2 : py;
  const box = { x0, y0: cy - n.height / 2, x1: x0 + n.width, y1: cy + n.height / 2 };
  const leader = ring === 0 ? null : { x1: n.x + n.r * cos, y1: n.y + n.r * sin, x2: px - GAP * cos, y2: py - GAP * sin };
  return { id: n.id, x: px, y: cy, anchor, box, leader };
}

/** Labels for `nodes` (most important first): the placed ones, and the ids left without a name. */
export function placePictureLabels(nodes: readonly PictureNode[]): { labels: PictureLabel[]; unlabelled: string[] } {
  const circles = nodes.map((n) => ({ id: n.id, box: { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r } }));
  const placed: Box[] = [];
  const labels: PictureLabel[] = [];
  const unlabelled: string[] = [];
  const cost = (c: PictureLabel, self: string) =>
    placed.reduce((sum, p) => sum + overlapArea(c.box, p), 0) + circles.reduce((sum, o) => sum + (o.id === self ? 0 : overlapArea(c.box, o.box)), 0);
  for (const n of nodes) {
    let free: PictureLabel | null = null;
    let nearest: { label: PictureLabel; cost: number } | null = null;
    search: for (let ring = 0; ring < RINGS; ring++) {
      for (const angle of DIRECTIONS) {
        const c = candidate(n, angle, ring);
        const k = cost(c, n.id);
        if (k === 0) {
          free = c;
          break search;
        }
        // An important name that overlaps anyway stays beside its circle, where it overlaps least.
        if (ring === 0 && (!nearest || k < nearest.cost)) nearest = { label: c, cost: k };
      }
    }
    const label = free ?? (n.keep ? nearest?.label ?? null : null);
    if (!label) {
      unlabelled.push(n.id);
      continue;
    }
    labels.push(label);
    placed.push(label.box);
  }
  return { labels, unlabelled };
}

/** The smallest box holding every box (and leader line) given; null for none. */
export function boundsOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }));
}
