/**
 * The linguistic layer as one pipeline: tokens → chunks → clauses and frames → relations. Each stage
 * is its own module, pure and tested with sentences; this one runs them in order on one sentence.
 */
import type { ActorMention } from "./chunks";
import { chunk } from "./chunks";
import { buildFrames, type Discourse, type Frame } from "./frames";
import { readFrames, settles, type FrameIndex, type FrameReading } from "./relations";
import { tokenize } from "./tokens";

export interface SentenceFrames {
  frames: Frame[];
  readings: FrameReading[];
  /** Predicates a frame settled (sentence offsets): the cue patterns stay out of them. */
  predicates: { start: number; end: number }[];
}

/** Reads one sentence: `mentions` are the actors it names (or refers back to), at sentence offsets. */
export function readWithFrames(text: string, mentions: readonly ActorMention[], index: FrameIndex, discourse?: Discourse): SentenceFrames {
  const tokens = tokenize(text);
  const chunks = chunk(tokens, mentions);
  const frames = buildFrames(text, tokens, chunks, index, discourse);
  const readings = readFrames(frames, index);
  const predicates = frames.filter((f) => settles(f, index, readings)).map((f) => ({ start: f.start, end: f.end }));
  return { frames, readings, predicates };
}
