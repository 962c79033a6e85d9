import { useId } from "react";
import type { Coverage, Pair } from "../graph/schema";
import { toneLabel } from "../graph/weigh-labels";
import "./tone-trajectory.css";

type TonePoint = Pair["tone"][number];

const WIDTH = 300;
const HEIGHT = 132;
const PAD = { left: 48, right: 26, top: 18, bottom: 34 };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Where each year's point sits: x by the order of the years (evenly spaced, so a year recalled from
 * decades back does not squeeze the others; the years are labelled), y from +10 at the top to −10 at
 * the bottom.
 */
export function tonePoints(tone: readonly TonePoint[]): (TonePoint & { x: number; y: number })[] {
  const sorted = [...tone].sort((a, b) => a.year - b.year);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  return sorted.map((t, i) => ({
    ...t,
    x: PAD.left + (sorted.length === 1 ? plotWidth / 2 : (i / (sorted.length - 1)) * plotWidth),
    y: PAD.top + ((10 - t.score) / 20) * plotHeight,
  }));
}

/**
 * Which neighbouring points a line may join: two points of consecutive years that both have articles
 * in the corpus. A line across years without coverage would draw a trend the articles do not report.
 */
export function toneSegments<T extends Pick<TonePoint, "year">>(points: readonly T[], coverage: readonly Pick<Coverage, "year">[]): [T, T][] {
  const covered = new Set(coverage.map((c) => c.year));
  const segments: [T, T][] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.year === a.year + 1 && covered.has(a.year) && covered.has(b.year)) segments.push([a, b]);
  }
  return segments;
}

/** "2018: −4.0 from 6 quotes in 3 articles", "2024: +3.0 from a single quote (1 article)". */
export function toneSentence(t: TonePoint): string {
  if (t.quotes === 1) return `${t.year}: ${toneLabel(t.score)} from a single quote (1 article)`;
  return `${t.year}: ${toneLabel(t.score)} from ${plural(t.quotes, "quote", "quotes")} in ${plural(t.articles, "article", "articles")}`;
}

/**
 * A pair's tone per year on the cooperation–conflict scale (−10 … +10): one labelled point per year
 * with evidence (the year its passages are about), each with its number of quotes and articles; a
 * point resting on a single quote is drawn hollow and says so, and no line is drawn across years the
 * corpus has no articles from (`coverage`). The same values are written out below the picture.
 * `title` names what it shows ("Tone of Iran and Syria, all relation types").
 */
export function ToneTrajectory({ tone, title, coverage }: { tone: readonly TonePoint[]; title: string; coverage: readonly Coverage[] }) {
  const titleId = useId();
  const descId = useId();
  if (!tone.length) return null;
  const points = tonePoints(tone);
  const segments = toneSegments(points, coverage);
  const zeroY = PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2;
  const unjoined = points.length > 1 && segments.length < points.length - 1;
  const description = `${points.map(toneSentence).join("; ")}.${unjoined ? " Years without articles between points are not joined by a line." : ""}`;
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
        {segments.map(([a, b]) => (
          <line key={a.year} className="tg-tone__line" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
        ))}
        {points.map((p) => (
          <g key={p.year} className={`tg-tone__point${p.quotes === 1 ? " tg-tone__point--single" : ""}`} data-year={p.year} data-quotes={p.quotes}>
            <circle cx={p.x} cy={p.y} r={p.quotes === 1 ? 4.5 : 5} />
            <text className="tg-tone__value" x={p.x} y={p.y - 9} textAnchor="middle">
              {toneLabel(p.score)}
            </text>
            <text className="tg-tone__year" x={p.x} y={HEIGHT - PAD.bottom + 13} textAnchor="middle">
              {p.year}
            </text>
            <text className="tg-tone__n" x={p.x} y={HEIGHT - PAD.bottom + 25} textAnchor="middle">
              {p.quotes === 1 ? "1 quote" : `n=${p.quotes} · ${p.articles} art.`}
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
        <p className="tg-tone__key">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <circle className="tg-tone__key-single" cx="6" cy="6" r="4" />
          </svg>{" "}
          hollow: a single quote{unjoined ? " · no line across years without articles" : ""}
        </p>
      </figcaption>
    </figure>
  );
}
