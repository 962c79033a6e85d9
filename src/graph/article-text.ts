/**
 * Cutting an article body into what the reader renders: paragraphs, and inside each paragraph
 * pieces that know whether they fall in the highlighted passage, in its cue, or in an actor mention.
 * Every piece is a `[start, end)` range of the body, so the rendered text is always exactly the
 * article's characters. Pure: no React or DOM.
 */
import type { Mention } from "./schema";

/** A half-open range `[start, end)` of UTF-16 offsets into an article body. */
export interface TextRange {
  start: number;
  end: number;
}

/** One run of the body that is rendered with the same marks. */
export interface TextPiece extends TextRange {
  /** Inside the highlighted evidence passage. */
  passage: boolean;
  /** Inside the passage's cue (the words that made the relation). */
  cue: boolean;
  /** The actor mention the run belongs to, if any. */
  mention: Mention | null;
}

/**
 * The body's paragraphs: each maximal run of characters without a line break, skipping lines that
 * are only whitespace. What lies between two paragraphs is `body.slice(prev.end, next.start)`.
 */
export function splitParagraphs(body: string): TextRange[] {
  const out: TextRange[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function clip(r: TextRange | null, within: TextRange): TextRange | null {
  if (!r) return null;
  const start = Math.max(r.start, within.start);
  const end = Math.min(r.end, within.end);
  return start < end ? { start, end } : null;
}

const inside = (at: number, r: TextRange | null) => r !== null && at >= r.start && at < r.end;

/**
 * Splits `range` into pieces at every passage, cue and mention boundary. The pieces are contiguous
 * and cover `range` exactly. When mentions overlap, the one that starts first (then the longest) wins.
 */
export function segmentRange(
  range: TextRange,
  marks: { passage: TextRange | null; cue: TextRange | null; mentions: readonly Mention[] },
): TextPiece[] {
  const passage = clip(marks.passage, range);
  const cue = clip(marks.cue, range);
  const mentions = marks.mentions
    .filter((m) => m.start < range.end && m.end > range.start && m.start < m.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([range.start, range.end]);
  for (const r of [passage, cue]) if (r) cuts.add(r.start).add(r.end);
  for (const m of mentions) {
    cuts.add(Math.max(m.start, range.start)).add(Math.min(m.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mention = mentions.find((m) => start >= m.start && start < m.end) ?? null;
    pieces.push({ start, end, passage: inside(start, passage), cue: inside(start, cue), mention });
  }
  return pieces;
}

/** Consecutive items grouped by a key, order kept: `[[a1, a2], [b1], [a3]]`. */
export function runsBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs[runs.length - 1];
    if (last && last.key === k) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}
