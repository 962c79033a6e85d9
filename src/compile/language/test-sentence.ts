/** Test helper: one sentence through the linguistic layer, with the shipped gazetteer's mentions. */
import { reference } from "../test/fixtures";
import { chunk, type ActorMention, type Chunk } from "./chunks";
import { buildFrames, type Frame } from "./frames";
import { tokenize, type Token } from "./tokens";

const { gazetteer, lexicon } = reference();

export function analyse(text: string): { tokens: Token[]; chunks: Chunk[]; frames: Frame[]; show: (c: Chunk) => string } {
  const mentions: ActorMention[] = gazetteer.matcher.find(text, 0, text.length).map((m) => ({ actorId: m.actorId, start: m.start, end: m.end, anaphor: false }));
  const tokens = tokenize(text);
  const chunks = chunk(tokens, mentions);
  const frames = buildFrames(text, tokens, chunks, lexicon.frames);
  const show = (c: Chunk) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
  return { tokens, chunks, frames, show };
}

/** A frame's roles as "slot=actor+actor", for the frame of `lemma`. */
export function roles(text: string, lemma: string): Record<string, string> {
  const f = analyse(text).frames.find((x) => x.lemma === lemma);
  if (!f) return {};
  return Object.fromEntries([...f.slots].filter(([, p]) => p.length).map(([s, p]) => [s, p.map((x) => x.actorId).join("+")]));
}
