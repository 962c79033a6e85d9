/**
 * Stage 2 of reading: chunks. Tagged tokens are grouped into noun groups ("Assad's Russian allies",
 * "the Tehran-backed forces"), verb groups ("has not been able to fight", "were backed") and the small
 * words between them (prepositions, conjunctions, subordinators, punctuation). A noun group knows
 * which actors it names and how: as its head ("Hezbollah"), as a possessor ("Iran's"), as a modifier
 * ("Iranian targets") or as the agent glued to a participle ("Tehran-backed"); a verb group knows its
 * lemma, voice, negation and modality.
 */
import type { Token } from "./tokens";

/** An actor named in a sentence, at offsets in the sentence's text. */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  /** Words that refer back to the actor ("the kingdom", "He"), not a name of it. */
  anaphor: boolean;
}

export type ActorRole = "head" | "possessor" | "modifier" | "glued";

export interface ActorRef {
  actorId: string;
  role: ActorRole;
  mention: ActorMention;
}

export interface NounGroup {
  kind: "NG";
  from: number;
  /** One past the last token. */
  to: number;
  head: Token;
  actors: ActorRef[];
  /** A possessive pronoun ("his allies"): refers to an actor outside the group. */
  pronounPossessor: boolean;
  /** A personal pronoun standing for the group ("they", "it"). */
  pronoun: boolean;
  /** A participle glued to a name ("Tehran-backed"): the predicate inside the group. */
  glued: Token | null;
  /** A determiner that negates ("no support"). */
  negated: boolean;
}

export interface VerbGroup {
  kind: "VG";
  from: number;
  to: number;
  /** The main verb (the last verb of the group). */
  head: Token;
  lemma: string;
  passive: boolean;
  /** A participle without auxiliary ("Backed by Moscow", "forces backed by Iran"). */
  participle: boolean;
  /** "to fight": its subject is found in the clause that governs it. */
  infinitive: boolean;
  negated: boolean;
  /** A modal that makes the act a possibility (may, might, could, should, would). */
  modal: string | null;
  /** A particle after the verb ("carried out", "propped up"). */
  particle: string | null;
}

export type WordKind = "P" | "C" | "S" | "PUNCT" | "ADV" | "OTHER";

export interface Word {
  kind: WordKind;
  from: number;
  to: number;
  token: Token;
}

export type Chunk = NounGroup | VerbGroup | Word;

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "it", "they", "we", "them", "him"]);
const NEGATING_DETERMINERS = new Set(["no"]);
const DEGREE = new Set(["most", "more", "very", "least", "less", "so", "too", "increasingly", "particularly", "especially"]);
const MODALS = new Set(["may", "might", "could", "should", "would", "must", "can"]);
const NEGATORS = new Set(["not", "n't", "n’t", "never", "no"]);
const BE = new Set(["be", "get"]);
const PARTICLES = new Set(["out", "up", "off", "down"]);
const SUBORDINATORS = new Set(["that", "which", "who", "whom", "whose", "whether", "if", "because", "while", "although", "though", "unless", "when", "whereas"]);
/** Past participles the regular -ed/-en test misses. */
const IRREGULAR_PARTICIPLES = new Set(["led", "hit", "shot", "struck", "fought", "sent", "held", "cut", "built", "brought", "bought", "sought", "set", "met", "made", "put", "kept", "left", "won", "lost", "run", "told"]);

export function isParticipleForm(t: Token): boolean {
  return /(?:ed|en|wn)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** Chunks a tagged sentence; `mentions` are the actors named in it, at sentence offsets. */
export function chunk(tokens: readonly Token[], mentions: readonly ActorMention[]): Chunk[] {
  const mentionAt = mentionIndex(tokens, mentions);
  const chunks: Chunk[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (startsNoun(tokens, k, mentionAt)) {
      const ng = nounGroup(tokens, k, mentionAt);
      chunks.push(ng);
      k = ng.to;
    } else if (startsVerb(tokens, k)) {
      const vg = verbGroup(tokens, k);
      chunks.push(vg);
      k = vg.to;
    } else {
      chunks.push({ kind: wordKind(t, tokens[k + 1]), from: k, to: k + 1, token: t });
      k++;
    }
  }
  return chunks;
}

/** For each token, the mention it belongs to (or null). */
function mentionIndex(tokens: readonly Token[], mentions: readonly ActorMention[]): (ActorMention | null)[] {
  return tokens.map((t) => mentions.find((m) => t.start >= m.start && t.end <= m.end && t.start < t.end) ?? mentions.find((m) => t.start < m.end && t.end > m.start) ?? null);
}

function wordKind(t: Token, next: Token | undefined): WordKind {
  if (t.pos === "ADP") return "P";
  if (t.pos === "CCONJ") return "C";
  if (SUBORDINATORS.has(t.lower) && (t.pos === "SCONJ" || t.pos === "PRON" || t.pos === "DET")) return next && t.lower === "that" && next.pos === "NOUN" ? "OTHER" : "S";
  if (t.pos === "SCONJ") return "S";
  if (t.pos === "PUNCT" || t.pos === "SYM") return "PUNCT";
  if (t.pos === "ADV") return "ADV";
  return "OTHER";
}

const NOMINAL = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

function startsNoun(tokens: readonly Token[], k: number, mentionAt: (ActorMention | null)[]): boolean {
  const t = tokens[k]!;
  if (mentionAt[k]) return true;
  if (t.pos === "PRON") return POSSESSIVE_PRONOUNS.has(t.lower) || PERSONAL_PRONOUNS.has(t.lower);
  if (t.pos === "DET" && SUBORDINATORS.has(t.lower)) return false;
  return NOMINAL.has(t.pos);
}

function startsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  // "to" before a verb opens an infinitive; "not"/"never" before a verb belong to it.
  const next = tokens[k + 1];
  if (t.pos === "PART" && (t.lower === "to" || NEGATORS.has(t.lower)) && next && (next.pos === "VERB" || next.pos === "AUX")) return true;
  return false;
}

function nounGroup(tokens: readonly Token[], from: number, mentionAt: (ActorMention | null)[]): NounGroup {
  let k = from;
  let pronounPossessor = false;
  let pronoun = false;
  let glued: Token | null = null;
  let negated = false;
  const first = tokens[k]!;
  if (first.pos === "PRON" && !mentionAt[k]) {
    if (PERSONAL_PRONOUNS.has(first.lower)) return { kind: "NG", from, to: from + 1, head: first, actors: [], pronounPossessor: false, pronoun: true, glued: null, negated: false };
    pronounPossessor = true;
    k++;
  }
  let head = first;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    const m = mentionAt[k];
    if (m) {
      // "the militias Iran backs": a name after a common noun, followed by a verb, is that verb's subject
      if (k > from && tokens[k - 1]!.pos === "NOUN" && mentionAt[k - 1] !== m) {
        let last = k;
        while (mentionAt[last + 1] === m) last++;
        if (tokens[last + 1]?.pos === "VERB") break;
      }
      head = t;
      continue;
    }
    if (t.pos === "DET" && k === from) {
      negated = NEGATING_DETERMINERS.has(t.lower);
      continue;
    }
    if (t.pos === "PART" && (t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === "’") && t.glued) continue;
    // A hyphen glues words into one ("long-term", "Tehran-backed").
    if (t.text === "-" && t.glued && tokens[k + 1]?.glued && k > from) {
      const next = tokens[k + 1]!;
      if (next.pos === "VERB" || isParticipleForm(next)) {
        glued = next;
        k++;
        head = next;
      }
      continue;
    }
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "ADJ") {
      head = t;
      continue;
    }
    // "the most prominent allies": a degree adverb before an adjective stays in the group
    if (t.pos === "ADV" && k > from && tokens[k + 1]?.pos === "ADJ" && DEGREE.has(t.lower)) continue;
    // A participle or gerund between a determiner or adjective and a noun modifies it ("armed groups").
    if (t.pos === "VERB" && k > from && tokens[k + 1] && (tokens[k + 1]!.pos === "NOUN" || tokens[k + 1]!.pos === "PROPN" || tokens[k + 1]!.pos === "ADJ") && (tokens[k - 1]!.pos === "DET" || tokens[k - 1]!.pos === "ADJ")) {
      continue;
    }
    break;
  }
  const to = Math.max(k, from + 1);
  const actors = actorsOf(tokens, from, to, mentionAt, head, glued);
  return { kind: "NG", from, to, head, actors, pronounPossessor, pronoun, glued, negated };
}

/** The actors a noun group names, each with its role in the group. */
function actorsOf(tokens: readonly Token[], from: number, to: number, mentionAt: (ActorMention | null)[], head: Token, glued: Token | null): ActorRef[] {
  const refs: ActorRef[] = [];
  for (let k = from; k < to; k++) {
    const m = mentionAt[k];
    if (!m || refs.some((r) => r.mention === m)) continue;
    let last = k;
    while (last + 1 < to && mentionAt[last + 1] === m) last++;
    const after = tokens[last + 1];
    let role: ActorRole;
    if (after && (after.lower === "'s" || after.lower === "’s" || after.lower === "'" || after.lower === "’") && after.glued) role = "possessor";
    else if (glued && after?.text === "-" && tokens[last + 2] === glued) role = "glued";
    else if (tokens[last] === head) role = "head";
    else role = "modifier";
    refs.push({ actorId: m.actorId, role, mention: m });
  }
  return refs;
}

function verbGroup(tokens: readonly Token[], from: number): VerbGroup {
  let k = from;
  let negated = false;
  let modal: string | null = null;
  let sawBe = false;
  let infinitive = false;
  let head = tokens[from]!;
  let auxiliaries = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === "AUX") {
      if (MODALS.has(t.lower)) modal = t.lower;
      if (BE.has(t.lemma)) sawBe = true;
      if (t.lower.endsWith("n't") || t.lower.endsWith("n’t")) negated = true;
      head = t;
      auxiliaries++;
      continue;
    }
    if (t.pos === "PART" && NEGATORS.has(t.lower)) {
      negated = true;
      continue;
    }
    if (t.pos === "PART" && t.lower === "to" && (tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "AUX")) {
      // "continued to mediate": the infinitive is a group of its own, governed by the verb before it
      if (k > from && head.pos === "VERB") break;
      infinitive = true;
      continue;
    }
    if (t.pos === "ADV" && k > from && (tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "AUX" || tokens[k + 1]?.pos === "ADV")) {
      if (t.lower === "never") negated = true;
      continue;
    }
    if (t.pos === "VERB") {
      // "denied supplying", "helped rebuild": a second verb is a group of its own, governed by the first
      if (head.pos === "VERB" && k > from && !BE.has(head.lemma)) break;
      head = t;
      if (BE.has(t.lemma) && tokens[k + 1]?.pos === "VERB") sawBe = true;
      continue;
    }
    break;
  }
  let particle: string | null = null;
  const next = tokens[k];
  if (next && next.pos === "ADP" && PARTICLES.has(next.lower) && head.pos === "VERB") {
    particle = next.lower;
    k++;
  }
  const passive = sawBe && head.pos === "VERB" && !BE.has(head.lemma) && isParticipleForm(head);
  const participle = !passive && auxiliaries === 0 && !infinitive && head.pos === "VERB" && isParticipleForm(head) && head.lower !== head.lemma;
  return { kind: "VG", from, to: Math.max(k, from + 1), head, lemma: head.lemma, passive, participle, infinitive, negated, modal, particle };
}
