/**
 * Fit to screen, shared by the SVG and the canvas network: the pan and zoom that frame every node
 * (and, for the SVG, its always-drawn label) in the free part of the network's box.
 */
import type { Point } from "../../store/app-store";
import { labelWidth } from "./label-placement";

/** Labels never shrink below this share of their size when zoomed out, so they stay legible. */
const LABEL_FLOOR = 0.9;

/** How much SVG labels are enlarged (in layout units) at zoom `k`. */
export function labelScaleAt(k: number): number {
  return Math.max(1, LABEL_FLOOR / k);
}

/** A pan and zoom: screen = layout × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * The transform that frames `nodes` inside `wrap` (clear of the zoom buttons and of the open legend
 * when there is room beside it); null when there is nothing to frame. `labels`: leave room for a
 * label right of each node (the SVG draws them all; the canvas places its own in screen space).
 */
export function fitTransform(
  wrap: HTMLElement,
  nodes: readonly { id: string; r: number; name: string }[],
  positionOf: (id: string) => Point | undefined,
  { labels, minScale }: { labels: boolean; minScale: number },
): ViewTransform | null {
  const { width, height } = wrap.getBoundingClientRect();
  const placed = nodes.filter((n) => positionOf(n.id));
  if (!width || !height || !placed.length) return null;
  const pad = width < 500 ? 16 : 40;
  const legend = wrap.querySelector<HTMLElement>(".legend[open]");
  const inset = legend && width - legend.offsetWidth > 500 ? legend.offsetWidth + 12 : 0;
  const top = 44; // the zoom buttons
  const availW = width - inset - 2 * pad;
  const availH = height - top - 2 * pad;
  const bounds = (labelScale: number) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of placed) {
      const p = positionOf(n.id) as Point;
      minX = Math.min(minX, p.x - n.r - 4);
      maxX = Math.max(maxX, p.x + n.r + 8 + (labels ? labelWidth(n.name) * labelScale : 0));
      minY = Math.min(minY, p.y - n.r - 8);
      maxY = Math.max(maxY, p.y + n.r + 8);
    }
    const k = Math.max(minScale, Math.min(1.3, availW / (maxX - minX || 1), availH / (maxY - minY || 1)));
    return { minX, minY, maxX, maxY, k };
  };
  // SVG labels grow when zoomed far out (see LABEL_FLOOR), so fit twice: once to learn the scale, once with it.
  const first = bounds(1);
  const { minX, minY, maxX, maxY, k } = labels ? bounds(labelScaleAt(first.k)) : first;
  const cx = inset + pad + availW / 2;
  const cy = top + pad + availH / 2;
  return { x: cx - (k * (minX + maxX)) / 2, y: cy - (k * (minY + maxY)) / 2, k };
}
