import { QUAD_CLASS_LABELS } from "../graph/vocabulary";
import type { QuadClass } from "../graph/schema";
import "./theme.css";
import "./quad-badge.css";

/**
 * How each quad class is drawn as a line, matching the network's edges so a swatch reads like the
 * picture without colour: material cooperation solid, verbal cooperation dashed, verbal conflict
 * dotted, material conflict thick.
 */
export const QUAD_LINE_STYLES: Record<QuadClass, { dash: string; cap: "butt" | "round"; width: number }> = {
  "material-cooperation": { dash: "", cap: "butt", width: 2.2 },
  "verbal-cooperation": { dash: "5 3", cap: "butt", width: 2.2 },
  "verbal-conflict": { dash: "0.1 4", cap: "round", width: 2.6 },
  "material-conflict": { dash: "", cap: "butt", width: 4 },
};

/** A small line sample in the quad class's colour and line style (decorative: always next to a label). */
export function QuadSwatch({ quadClass }: { quadClass: QuadClass }) {
  const style = QUAD_LINE_STYLES[quadClass];
  return (
    <svg className="tg-quad__swatch" width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
      <line x1="2" x2="20" y1="5" y2="5" stroke="var(--tg-quad-colour)" strokeWidth={style.width} strokeLinecap={style.cap} strokeDasharray={style.dash || undefined} />
    </svg>
  );
}

/** The quad class as a text label with its line swatch: "Material cooperation". */
export function QuadBadge({ quadClass }: { quadClass: QuadClass }) {
  return (
    <span className={`tg-quad tg-quad--${quadClass}`}>
      <QuadSwatch quadClass={quadClass} />
      {QUAD_CLASS_LABELS[quadClass]}
    </span>
  );
}
