/**
 * Stage 3b: words that refer back to an actor the paragraph has named. A news sentence often names its
 * actor only once and goes on with "the kingdom", "the group", "He" or "The two countries"; each such
 * word, resolved here, becomes a mention of its actor for reading the relations of its sentence. It is
 * not a naming: the reader's mentions, the mention counts and the co-mentions leave it out, and the
 * evidence is still the sentence that states the relation. Resolution is deliberately narrow:
 *
 * - a definite description the gazetteer lists for an actor ("the kingdom") refers to the actor named
 *   last, in this paragraph, of those that list it;
 * - 'he' or 'she' refers to the person named last in the paragraph: a name after a title ("Foreign
 *   Minister Mohammad Javad Zarif") or before an apposition that gives one ("Mazloum Abdi, the SDF's
 *   commander"), or a named speaker the paragraph quoted;
 * - "The two countries" or "Both sides" opening a sentence refers to the two actors the sentence
 *   before named, when it named exactly two.
 */
import type { Claimant } from "../graph/schema";
import type { Gazetteer } from "./gazetteer";
import type { FoundMention } from "./mentions";

export type AnaphorKind = "description" | "pronoun" | "pair";

/** A word that refers back to an actor, as a mention of that actor at the word's own offsets. */
export interface Anaphor extends FoundMention {
  anaphor: AnaphorKind;
}

/** What a paragraph has named so far, for the sentences after (kept by `remember`). */
export interface ParagraphMemory {
  /** Each actor named or referred back to, in order: where, or that the words named a person. */
  named: { actorId: string; start: number; end: number; sentenceStart: number; person: boolean | null }[];
  /** What the paragraph's previous sentence named, as parties when it was read ("The two countries"). */
  previousSentence: readonly { actorId: string; role?: string }[];
  /** Where the previous sentence started: a person named early in it is its subject, whom 'he' means first. */
  previousStart: number;
}

export function emptyMemory(): ParagraphMemory {
  return { named: [], previousSentence: [], previousStart: -1 };
}

/** A title or office right before a name ("Foreign Minister ", "Secretary of State Mike ", "foreign minister, "). */
const TITLE_BEFORE =
  /(?:^|[\s(])(?:President|president|Vice President|Minister|minister|Secretary|secretary|Prince|King|Queen|Emir|Sheikh|Sultan|Ayatollah|General|Gen\.|Brigadier|Colonel|Commander|commander|spokesman|spokeswoman|spokesperson|leader|chief|envoy|ambassador|Ambassador|negotiator|adviser|advisor|cleric|Speaker|Chancellor|Chairman|chairman|Senator|Mr\.?|Ms\.?|Mrs\.?|Dr\.?),?\s+(?:(?:of|for|the)\s+|\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
/** An apposition after a name that gives an office ("Mazloum Abdi, the SDF's commander"). */
const OFFICE_AFTER =
  /^(?:['’]s?)?,\s+(?:the|a|an|its|his|her|their)\s+(?:[^\s,]+\s+){0,5}?(?:minister|secretary|spokesman|spokeswoman|spokesperson|commander|leader|chief|envoy|ambassador|president|adviser|advisor|negotiator|diplomat|general|cleric)\b/i;
/** A named speaker: an office, or two capitalised words in a row ("Hassan Nasrallah"). */
const PERSON_CLAIMANT = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+|\b(?:President|Minister|Secretary|spokes(?:man|woman|person)|leader|commander|chief|envoy|ambassador)\b/u;
/** ASCII expressions, not Unicode ones: they run on every sentence, and V8 runs these several times faster. */
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/g;
/** A sentence opening with a pair: "The two countries", "Both sides". */
const PAIR_OPENING = /^(?:The two|Both)\s+(?:countries|governments|sides|nations|neighbours|neighbors|states|leaders|allies|rivals|capitals)(?![\p{L}])/u;

/** How many words into a sentence its subject may start ("Iran's foreign minister, Hossein Amir-Abdollahian"). */
const SUBJECT_WITHIN = 6;

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}

const descriptionPatterns = new WeakMap<Gazetteer, RegExp | null>();

/** One expression for every description the gazetteer lists ("the kingdom" also as "The kingdom"). */
function descriptionPattern(gazetteer: Gazetteer): RegExp | null {
  let re = descriptionPatterns.get(gazetteer);
  if (re === undefined) {
    const phrases = [...gazetteer.descriptions.keys()].sort((a, b) => b.length - a.length).map((d) => d.slice(4).replace(/\s+/g, "\\s+"));
    re = phrases.length ? new RegExp(`\\b[Tt]he\\s+(?:${phrases.join("|")})\\b`, "g") : null;
    descriptionPatterns.set(gazetteer, re);
  }
  return re;
}

/** Is the mention at `start`–`end` of `body` a person's name (after a title, or before an office)? */
function namesPerson(body: string, sentenceStart: number, start: number, end: number): boolean {
  return TITLE_BEFORE.test(body.slice(Math.max(sentenceStart, start - 60), start)) || OFFICE_AFTER.test(body.slice(end, end + 80));
}

/**
 * The anaphors of one sentence (`text`, at `start` of `body`), given the mentions it names (`found`, in
 * order) and what its paragraph named before. `memory` is only read (`remember` adds to it).
 */
export function findAnaphors(body: string, start: number, text: string, found: readonly FoundMention[], memory: ParagraphMemory, gazetteer: Gazetteer): Anaphor[] {
  const anaphors: Anaphor[] = [];
  const pair = PAIR_OPENING.exec(text);
  const pairIds = pair ? [...new Set(memory.previousSentence.filter((m) => m.role === undefined || m.role === "party").map((m) => m.actorId))] : [];
  if (pair && pairIds.length === 2) {
    for (const actorId of pairIds) anaphors.push({ actorId, start, end: start + pair[0].length, text: pair[0], possessive: false, anaphor: "pair" });
  }
  const descriptions = descriptionPattern(gazetteer);
  const hasPronoun = PRONOUN.test(text);
  PRONOUN.lastIndex = 0;
  if (!hasPronoun && !descriptions) return anaphors;
  // What was named before a position: the paragraph's earlier sentences, then this one up to it.
  const namedBefore = (pos: number) => [...memory.named, ...found.filter((m) => m.end <= pos).map((m) => ({ actorId: m.actorId, start: m.start, end: m.end, sentenceStart: start, person: null }))];
  const isPerson = (n: ParagraphMemory["named"][number]) => n.person ?? namesPerson(body, n.sentenceStart, n.start, n.end);
  const at = (m: RegExpExecArray, actorId: string, anaphor: AnaphorKind): Anaphor => {
    const s = start + m.index;
    const e = s + m[0].length;
    const possessive = /^['’]s?(?![\p{L}])/u.test(body.slice(e, e + 3));
    return { actorId, start: s, end: e, text: m[0], possessive, anaphor };
  };
  if (descriptions) {
    descriptions.lastIndex = 0;
    for (let m = descriptions.exec(text); m; m = descriptions.exec(text)) {
      const owners = gazetteer.descriptions.get(`the ${m[0].slice(4).replace(/\s+/g, " ")}`);
      const before = namedBefore(start + m.index);
      const last = before.findLast((n) => owners?.has(n.actorId));
      if (last) anaphors.push(at(m, last.actorId, "description"));
    }
  }
  if (hasPronoun) {
    for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
      // "Zarif met Haniyeh in Doha. He warned …": the previous sentence's subject before anyone else.
      const before = namedBefore(start + m.index);
      const subject = before.find((n) => n.sentenceStart === memory.previousStart && isPerson(n) && wordCount(body.slice(n.sentenceStart, n.start)) <= SUBJECT_WITHIN);
      const last = subject && !found.some((f) => f.end <= start + m.index) ? subject : before.findLast(isPerson);
      if (last) anaphors.push(at(m, last.actorId, "pronoun"));
    }
  }
  return anaphors.sort((a, b) => a.start - b.start);
}

/**
 * Adds a sentence's mentions, anaphors and claimant to its paragraph's memory; `read`, the mentions
 * with their roles when the sentence was read, tells its parties from its places ("The two countries"
 * after "Saudi Arabia and Iran held talks in Baghdad" are not three).
 */
export function remember(
  memory: ParagraphMemory,
  sentenceStart: number,
  found: readonly FoundMention[],
  anaphors: readonly Anaphor[],
  claimant: Claimant,
  read: readonly { actorId: string; role: string }[] | null,
): void {
  const { named } = memory;
  let i = 0;
  for (const m of found) {
    for (; i < anaphors.length && anaphors[i]!.start < m.start; i++) pushAnaphor(named, anaphors[i]!);
    named.push({ actorId: m.actorId, start: m.start, end: m.end, sentenceStart, person: null });
  }
  for (; i < anaphors.length; i++) pushAnaphor(named, anaphors[i]!);
  // A named speaker ("…, said Hassan Nasrallah") is a person a later 'he' can refer to.
  const { actorId, text, start, end } = claimant;
  if (actorId !== null && text !== null && start !== null && end !== null && PERSON_CLAIMANT.test(text)) named.push({ actorId, start, end, sentenceStart, person: true });
  memory.previousStart = sentenceStart;
  memory.previousSentence = read ?? (anaphors.length ? [...found, ...anaphors] : found);
}

function pushAnaphor(named: ParagraphMemory["named"], a: Anaphor): void {
  if (a.anaphor !== "pair") named.push({ actorId: a.actorId, start: a.start, end: a.end, sentenceStart: 0, person: a.anaphor === "pronoun" });
}
