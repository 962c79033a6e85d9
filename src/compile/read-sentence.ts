/**
 * Stage 4 and 5 together: the relations of one sentence. The linguistic layer (src/compile/language:
 * tokens → chunks → clauses and frames → relations) reads every predicate its frame lexicon knows; the
 * cue patterns of classify.ts still read the predicates it does not know yet, and give each mention
 * its role (party, place, claimant). Where both could read a predicate, the frame's reading is the one
 * kept: it knows who is the subject of what, the patterns only guess from distances.
 */
import { dedupe, readSentence, unrelatedPairs, type Reading, type SentenceReading } from "./classify";
import type { AnaphorKind } from "./anaphora";
import { readWithFrames } from "./language/read";
import type { Lexicon } from "./lexicon";
import type { FoundMention } from "./mentions";

export function readSentenceWithFrames(text: string, offset: number, found: readonly (FoundMention & { anaphor?: AnaphorKind })[], lexicon: Lexicon): SentenceReading {
  const base = readSentence(text, offset, found, lexicon);
  if (new Set(base.mentions.map((m) => m.actorId)).size < 2) return base;
  const parties = base.mentions.map((m) => ({ actorId: m.actorId, start: m.start - offset, end: m.end - offset, anaphor: m.anaphor !== null }));
  const framed = readWithFrames(text, parties, lexicon.frames);
  const readByFrame = (r: Reading) => framed.predicates.some((p) => r.cue.start - offset < p.end && r.cue.end - offset > p.start);
  const toReading = (fr: (typeof framed.readings)[number]): Reading => ({
    agent: fr.agent,
    target: fr.target,
    mutual: fr.mutual,
    typeId: fr.typeId,
    cue: { text: text.slice(fr.start, fr.end), start: offset + fr.start, end: offset + fr.end, pattern: `frame: ${fr.pattern}` },
  });
  const readings = dedupe([...framed.readings.filter((r) => !r.denied).map(toReading), ...base.readings.filter((r) => !readByFrame(r))]);
  const denials = dedupe([...framed.readings.filter((r) => r.denied).map(toReading), ...base.denials.filter((r) => !readByFrame(r))]);
  const named = base.mentions.filter((m) => !m.anaphor);
  return { mentions: base.mentions, readings, denials, coMentions: unrelatedPairs(named, readings), clauseOf: base.clauseOf };
}
