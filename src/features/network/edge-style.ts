/**
 * How a tie is drawn, by quad class: colour (a CSS class resolved per theme), line style and width.
 * Colour is never the only cue: each quad class also has its own dash pattern or weight.
 */
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import type { QuadClass } from "../../graph/schema";

/** The stroke of one quad class. `dash` is an SVG stroke-dasharray ("" for solid). */
export interface QuadStyle {
  quadClass: QuadClass;
  label: string;
  /** CSS class that sets the stroke colour (see network.css), readable in light and dark themes. */
  className: string;
  dash: string;
  /** Round caps turn short dashes into dots. */
  lineCap: "butt" | "round";
  /** Added to the evidence-based width; material conflict is drawn heavier. */
  extraWidth: number;
  /** How the line looks, in words, for the legend and screen readers. */
  pattern: string;
}

/** Every quad class's style, in legend order (cooperation first). */
export const QUAD_STYLES: Record<QuadClass, QuadStyle> = {
  "material-cooperation": {
    quadClass: "material-cooperation",
    label: QUAD_CLASS_LABELS["material-cooperation"],
    className: "quad-material-cooperation",
    dash: "",
    lineCap: "butt",
    extraWidth: 0,
    pattern: "solid line",
  },
  "verbal-cooperation": {
    quadClass: "verbal-cooperation",
    label: QUAD_CLASS_LABELS["verbal-cooperation"],
    className: "quad-verbal-cooperation",
    dash: "7 4",
    lineCap: "butt",
    extraWidth: 0,
    pattern: "dashed line",
  },
  "verbal-conflict": {
    quadClass: "verbal-conflict",
    label: QUAD_CLASS_LABELS["verbal-conflict"],
    className: "quad-verbal-conflict",
    dash: "0.1 4.5",
    lineCap: "round",
    extraWidth: 0.6,
    pattern: "dotted line",
  },
  "material-conflict": {
    quadClass: "material-conflict",
    label: QUAD_CLASS_LABELS["material-conflict"],
    className: "quad-material-conflict",
    dash: "",
    lineCap: "butt",
    extraWidth: 1.6,
    pattern: "thick solid line",
  },
};

/** Quad classes in the order the legend and filters list them. */
export const QUAD_ORDER: readonly QuadClass[] = ["material-cooperation", "verbal-cooperation", "verbal-conflict", "material-conflict"];

/** The style of a quad class. */
export function quadStyle(quadClass: QuadClass): QuadStyle {
  return QUAD_STYLES[quadClass];
}

/** Stroke width for a tie with `evidenceCount` quotes: grows with the square root, capped at 7. */
export function tieWidth(evidenceCount: number, quadClass: QuadClass): number {
  const base = 1.4 + 1.1 * Math.sqrt(Math.max(1, evidenceCount) - 1);
  return Math.round(Math.min(7, base + quadStyle(quadClass).extraWidth) * 10) / 10;
}

/** Node radius for an actor with `mentions` mentions: square-root scale, so area follows the count. */
export function nodeRadius(mentions: number): number {
  if (mentions <= 0) return 6;
  return Math.round(Math.min(30, 7 + 1.6 * Math.sqrt(mentions)) * 10) / 10;
}
