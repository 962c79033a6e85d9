/**
 * Stage 4 and 5 together: the relations of one sentence. The linguistic layer (src/compile/language:
 * tokens → chunks → clauses and frames → relations) reads every predicate its frame lexicon knows; the
 * cue patterns of classify.ts still read the predicates it does not know yet, and give each mention
 * its role (party, place, claimant). Where both could read a predicate, the frame's reading is the one
 * kept: it knows who is the subject of what, the patterns only guess from distances.
 */
import { clauseTextAt, dedupe, readSentence, unrelatedPairs, type Reading, type SentenceReading } from "./classify";
import type { AnaphorKind } from "./anaphora";
import { ACTS_OF_WAR, actLemma, type Discourse } from "./language/frames";
import { readWithFrames } from "./language/read";
import type { Lexicon } from "./lexicon";
import type { FoundMention } from "./mentions";
import { sentenceCandidates, type SentenceCandidate } from "./candidates";

/**
 * A definite act of war in a sentence ("condemned the strikes", "the killing"): it may refer back to the
 * last one the article reported, so the sentence is read even when it names one actor only.
 */
export const ACT_REFERENCE = new RegExp(`(?<![A-Za-z])(?:the|these|those|this|that)\\s+(?:[A-Za-z-]+\\s+)?(?:${[...ACTS_OF_WAR].join("|")})s?(?![A-Za-z])`, "i");

/** A sentence's reading with the candidates its refused readings make (never ties). */
export type SentenceReadingWithCandidates = SentenceReading & { candidates: SentenceCandidate[] };

export function readSentenceWithFrames(text: string, offset: number, found: readonly (FoundMention & { anaphor?: AnaphorKind })[], lexicon: Lexicon, discourse: Discourse = { acts: new Map() }): SentenceReadingWithCandidates {
  const base = readSentence(text, offset, found, lexicon);
  const actors = new Set(base.mentions.map((m) => m.actorId)).size;
  if (actors < 2 && !(actors === 1 && discourse.acts.size && ACT_REFERENCE.test(text))) return { ...base, candidates: [] };
  const parties = base.mentions.map((m) => ({ actorId: m.actorId, start: m.start - offset, end: m.end - offset, anaphor: m.anaphor !== null }));
  const framed = readWithFrames(text, parties, lexicon.frames, discourse);
  // a pattern is settled by a frame on its first word, the predicate it names ("keep … from operating" is
  // not settled by the participle inside it, "Iranian-backed")
  const readByFrame = (r: Reading) => {
    const start = r.cue.start - offset;
    const firstWordEnd = start + (/^[^\s]+/.exec(r.cue.text)?.[0].length ?? r.cue.text.length);
    return framed.predicates.some((p) => start < p.end && firstWordEnd > p.start);
  };
  const toReading = (fr: (typeof framed.readings)[number]): Reading => ({
    agent: fr.agent,
    target: fr.target,
    mutual: fr.mutual,
    typeId: fr.typeId,
    cue: { text: text.slice(fr.start, fr.end), start: offset + fr.start, end: offset + fr.end, pattern: `frame: ${fr.pattern}` },
  });
  const readings = dedupe([...framed.readings.filter((r) => !r.denied).map(toReading), ...base.readings.filter((r) => !readByFrame(r))]);
  const denials = dedupe([...framed.readings.filter((r) => r.denied).map(toReading), ...base.denials.filter((r) => !readByFrame(r))]);
  // each frame reading is dated by its own clause, as the patterns' readings are
  const clauseOf = new Map(base.clauseOf);
  let clauseAt: ((pos: number) => string | null) | null = null;
  for (const r of [...readings, ...denials]) {
    if (clauseOf.has(r) || !r.cue.pattern.startsWith("frame: ")) continue;
    clauseAt ??= clauseTextAt(text, lexicon);
    const clause = clauseAt(r.cue.start - offset);
    if (clause !== null) clauseOf.set(r, clause);
  }
  const named = base.mentions.filter((m) => !m.anaphor);
  // the acts of war this sentence reports are what the next ones may refer back to
  const acts = new Map<string, Set<string>>();
  for (const r of readings) {
    if (r.typeId !== "military-conflict" || r.mutual || !r.cue.pattern.startsWith("frame: ")) continue;
    const lemma = actLemma(r.cue.pattern.split(" ")[2] ?? "");
    acts.set(lemma, (acts.get(lemma) ?? new Set()).add(r.agent));
  }
  for (const [lemma, agents] of acts) discourse.acts.set(lemma, [...agents]);
  const candidates = sentenceCandidates(text, offset, framed.frames, base.mentions, readings, denials, lexicon);
  return { mentions: base.mentions, readings, denials, coMentions: unrelatedPairs(named, readings), clauseOf, candidates };
}
