import { useId } from "react";
import type { Pair } from "../graph/schema";
import { toneLabel } from "../graph/weigh-labels";
import "./tone-trajectory.css";

type TonePoint = Pair["tone"][number];

const WIDTH = 280;
const HEIGHT = 120;
const PAD = { left: 48, right: 26, top: 18, bottom: 22 };

/** Where each year's point sits: x by year (evenly spread in time), y from +10 at the top to −10 at the bottom. */
export function tonePoints(tone: readonly TonePoint[]): (TonePoint & { x: number; y: number })[] {
  const years = tone.map((t) => t.year);
  const first = Math.min(...years);
  const span = Math.max(...years) - first;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  return tone.map((t) => ({
    ...t,
    x: PAD.left + (span === 0 ? plotWidth / 2 : ((t.year - first) / span) * plotWidth),
    y: PAD.top + ((10 - t.score) / 20) * plotHeight,
  }));
}

/** "2018: +5.2 from 20 quotes". */
export function toneSentence(t: TonePoint): string {
  return `${t.year}: ${toneLabel(t.score)} from ${t.quotes} ${t.quotes === 1 ? "quote" : "quotes"}`;
}

/**
 * A pair's tone per year on the cooperation–conflict scale (−10 … +10): one labelled point per year
 * with evidence, joined by a line, and the same values as text below the picture. `title` names what
 * it shows ("Tone of Iran and Syria, all relation types").
 */
export function ToneTrajectory({ tone, title }: { tone: readonly TonePoint[]; title: string }) {
  const titleId = useId();
  const descId = useId();
  if (!tone.length) return null;
  const points = tonePoints(tone);
  const zeroY = PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2;
  const description = points.map(toneSentence).join("; ");
  return (
    <figure className="tg-tone">
      <svg className="tg-tone__plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <line className="tg-tone__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top} y2={PAD.top} />
        <line className="tg-tone__zero" x1={PAD.left} x2={WIDTH - PAD.right} y1={zeroY} y2={zeroY} />
        <line className="tg-tone__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        <text className="tg-tone__scale" x={PAD.left - 18} y={PAD.top + 3} textAnchor="end">
          +10
        </text>
        <text className="tg-tone__scale" x={PAD.left - 18} y={zeroY + 3} textAnchor="end">
          0
        </text>
        <text className="tg-tone__scale" x={PAD.left - 18} y={HEIGHT - PAD.bottom + 3} textAnchor="end">
          −10
        </text>
        {points.length > 1 ? <polyline className="tg-tone__line" points={points.map((p) => `${p.x},${p.y}`).join(" ")} /> : null}
        {points.map((p) => (
          <g key={p.year} className="tg-tone__point" data-year={p.year}>
            <circle cx={p.x} cy={p.y} r={4} />
            <text className="tg-tone__value" x={p.x} y={p.y - 8} textAnchor="middle">
              {toneLabel(p.score)}
            </text>
            <text className="tg-tone__year" x={p.x} y={HEIGHT - 6} textAnchor="middle">
              {p.year}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="tg-tone__caption">
        <ul className="tg-tone__values" aria-label="Tone per year">
          {points.map((p) => (
            <li key={p.year}>{toneSentence(p)}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
