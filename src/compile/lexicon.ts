/**
 * The cue lexicon (data/cues.yaml): relation types with their quad classes, the cue patterns that
 * signal them, and the word lists that steer what is not a relation. Compiled once into one regular
 * expression for all cues.
 */
import { z } from "../graph/zod-without-eval";
import { RelationTypeSchema, type RelationType } from "../graph/schema";
import { frameIndex, type FrameIndex } from "./language/relations";
import type { Problem } from "./problems";
import { isSpaceCode, lastWordsStart, nextWordStart, WORD_CLASS, wordEnd } from "./words";
import { parseYaml } from "./yaml-input";

const CueSchema = z.object({
  type: z.string().min(1),
  pattern: z.string().min(1),
  agent: z.enum(["before", "after", "none"]).default("before"),
  whenNegated: z.string().min(1).optional(),
});

const phrases = z.array(z.string().min(1)).default([]);

/**
 * A frame of the frame lexicon: predicate lemmas (a verb, a relational noun, or a participle glued to a
 * name) and which of their roles hold the two sides of a relation (see data/cues.yaml, `frames`).
 */
const FrameEntrySchema = z.object({
  kind: z.enum(["verb", "noun", "glued"]),
  lemmas: z.array(z.string().min(1)).min(1),
  type: z.string().min(1),
  /** Types by a word before the noun ("security agreement", "gas deal"); `type` when none matches. */
  byModifier: z.record(z.string(), z.string()).default({}),
  agent: z.array(z.string().min(1)).default([]),
  patient: z.array(z.string().min(1)).default([]),
  /** Mutual: every pair across these roles (and within 'subject' and 'between'). */
  partners: z.array(z.string().min(1)).default([]),
  /** The partner roles whose actors are also paired among themselves (a coordinated subject met). */
  among: z.array(z.string().min(1)).default(["subject", "between"]),
  /** The verb's object must be one of these nouns ("restored ties"); the noun is then no predicate of its own. */
  object: z.array(z.string().min(1)).optional(),
  particle: z.string().min(1).optional(),
  /** The noun states the relation only with one of these words before it ("joint operation"). */
  modifier: z.array(z.string().min(1)).optional(),
  whenNegated: z.string().min(1).optional(),
});
export type FrameEntry = z.infer<typeof FrameEntrySchema>;

export const CueFileSchema = z.object({
  relationTypes: z.array(RelationTypeSchema).min(1, "must list at least one relation type"),
  cues: z.array(CueSchema).min(1, "must list at least one cue"),
  frames: z.array(FrameEntrySchema).default([]),
  negators: phrases,
  notNegations: phrases,
  hedges: phrases,
  hedgeScopes: phrases,
  reportingVerbs: phrases,
  failures: phrases,
  capabilityNouns: phrases,
  locatives: phrases,
  placeModifiers: phrases,
  claimantMarkers: phrases,
  clauseBreaks: phrases,
  relativeOpeners: phrases,
  creditLines: phrases,
  historicalMarkers: phrases,
  placeNouns: phrases,
  hostNouns: phrases,
  personTitles: phrases,
  /**
   * Words that make a sentence a candidate for what its speaker does to an actor it names (never a
   * tie): a claimant saying "aggression" of an actor may criticise it. By relation type.
   */
  speechWords: z.record(z.string(), z.array(z.string().min(1))).default({}),
});
export type CueFile = z.infer<typeof CueFileSchema>;

export interface Cue {
  type: RelationType;
  pattern: string;
  agent: "before" | "after" | "none";
  /** The cue is glued by a hyphen to its agent ("Iranian-backed"). */
  glued: boolean;
  whenNegated: RelationType | null;
}

/** A cue found in a text: which cue, and where. */
export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
  text: string;
}

export interface Lexicon {
  /** The checked file it was compiled from: what a compile worker compiles its own copy from. */
  definition: CueFile;
  relationTypes: RelationType[];
  cues: Cue[];
  /** The frame lexicon: which predicates state which relation, between which roles. */
  frames: FrameIndex;
  /** Every cue in `text`, left to right, not overlapping; at one place the longest pattern wins. */
  findCues(text: string, from?: number): CueHit[];
  negator: RegExp;
  /** Phrases with a negator that negate nothing ("no secret", "not only"), removed before testing. */
  notNegation: RegExp;
  hedge: RegExp;
  hedgeScope: RegExp;
  /** Matches the end of a clause's text before a cue when 'would' there reports a decision ("said it would "). */
  reportedFuture: RegExp;
  failure: RegExp;
  capabilityNoun: RegExp;
  /** Does the text before a mention make it a place ("in southern ")? */
  isPlaceBefore(before: string): boolean;
  /** Matches at the start of the text after a mention that is a place ("Syrian territory"). */
  placeAfter: RegExp;
  /** Matches at the start of the text after a mention that names a person's office ("Saudi Crown Prince"). */
  titleAfter: RegExp;
  /** Matches a text ending in a post abroad ("its embassy"): an 'in' or 'to' after it names the host. */
  hostNoun: RegExp;
  /** Does the text before a mention make it a claimant ("according to ")? */
  isClaimantBefore(before: string): boolean;
  clauseBreak: RegExp;
  /** Does a clause break open a relative clause (", which ")? */
  relativeOpener: RegExp;
  creditLine: RegExp;
  historicalMarker: RegExp;
}

/**
 * A word character for cue and phrase boundaries: the same fast, non-Unicode class as the word scan (words.ts), so
 * no expression needs the slower `u` flag.
 */
const W = WORD_CLASS;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A list of phrases as one alternation with word boundaries ("n't" and "no" alike). */
function phraseAlternation(list: readonly string[]): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return sorted.map((p) => escape(p).replace(/\s+/g, "\\s+")).join("|") || "(?!)";
}
function words(list: readonly string[]): RegExp {
  return new RegExp(`(?<!${W})(?:${phraseAlternation(list)})(?!${W})`, "i");
}

/** Compiles one token of a cue pattern: word, word*, or (alternatives). */
function tokenSource(token: string): string {
  const alternatives = token.startsWith("(") && token.endsWith(")") ? token.slice(1, -1).split("|") : [token];
  return `(?:${alternatives
    .map((alt) =>
      alt
        .split(/\s+/)
        .map((w) => (w.endsWith("*") ? `${escape(w.slice(0, -1))}[A-Za-z0-9\\u00C0-\\u1FFF\\u2C00-\\uD7FF'’-]*` : escape(w)))
        .join("\\s+"),
    )
    .join("|")})`;
}

/** Splits a pattern on spaces outside parentheses. */
function tokens(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of pattern.trim()) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === " " && depth === 0) {
      if (current) out.push(current);
      current = "";
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** A quotation mark around a word of a cue. */
const QUOTE = `["“”‘’']`;

/** Compiles a cue pattern into a regular-expression source with word boundaries. */
export function patternSource(pattern: string): string {
  const glued = pattern.startsWith("-");
  const parts = tokens(glued ? pattern.slice(1) : pattern);
  let source = "";
  let gap = false;
  parts.forEach((token, i) => {
    if (token === "~") {
      gap = true;
      return;
    }
    // Words of a cue may be quoted ('called Israel a "terror state"', '"deconfliction" arrangement').
    if (i > 0) source += gap ? `\\s+(?:[^\\s]+\\s+){0,4}?${QUOTE}?` : `${QUOTE}?\\s+${QUOTE}?`;
    gap = false;
    source += tokenSource(token);
  });
  return glued ? `(?<=${W})-${source}(?!${W})` : `(?<!${W})${source}(?!${W})`;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/**
 * A word's first three characters, lower-cased, as a number when they are ASCII (no string is made
 * for the many words that start no cue), else as a string.
 */
function headKey(text: string, start: number, end: number): number | string {
  const n = Math.min(3, end - start);
  let key = 0;
  for (let k = n - 1; k >= 0; k--) {
    const c = text.charCodeAt(start + k);
    if (c >= 0x80) return text.slice(start, start + n).toLowerCase();
    key = key * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return key * 4 + n;
}

/**
 * One pass over the words of a text: each word looks up the cues that can start with it (by exact
 * word or by stem), and only those are tried, each with its own sticky expression. The cost grows with
 * the text, not with the size of the lexicon.
 */
function createCueFinder(cues: readonly Cue[]): Lexicon["findCues"] {
  // Longer patterns first, so "military cooperation" wins over "cooperation with" at the same place.
  // A glued cue ("Iranian-backed") beats the same word alone.
  const rank = cues.map((c, i) => ({ i, n: tokens(c.pattern).length + (c.glued ? 100 : 0) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.i);
  const priority = new Map(rank.map((i, r) => [i, r]));
  const sticky = cues.map((c) => new RegExp(patternSource(c.pattern), "iy"));
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(key, list);
  };
  cues.forEach((cue, i) => {
    const first = tokens(cue.glued ? cue.pattern.slice(1) : cue.pattern)[0] ?? "";
    const alternatives = first.startsWith("(") && first.endsWith(")") ? first.slice(1, -1).split("|") : [first];
    for (const alt of alternatives) {
      const head = alt.split(/\s+/)[0] ?? "";
      if (head.endsWith("*") && FIRST_WORD.exec(head)?.[0] === head.slice(0, -1)) add(stems, head.slice(0, -1).toLowerCase(), i);
      else add(exact, (FIRST_WORD.exec(head)?.[0] ?? "").toLowerCase(), i);
    }
  });
  // Stems are looked up by their first three letters, then checked with startsWith.
  const stemsByHead = new Map<string, { stem: string; cues: number[] }[]>();
  for (const [stem, list] of stems) {
    const head = stem.slice(0, 3);
    stemsByHead.set(head, [...(stemsByHead.get(head) ?? []), { stem, cues: list }]);
  }
  const byPriority = (a: number, b: number) => priority.get(a)! - priority.get(b)!;
  // Most words start no cue at all: their first three letters rule them out before any lookup.
  const heads = new Set([...exact.keys(), ...stems.keys()].map((k) => headKey(k, 0, k.length)));
  for (const list of exact.values()) list.sort(byPriority);

  return (text, from = 0) => {
    const hits: CueHit[] = [];
    for (let start = nextWordStart(text, from, text.length), next = start; start < text.length; start = nextWordStart(text, next, text.length)) {
      const stop = wordEnd(text, start);
      next = stop;
      if (!heads.has(headKey(text, start, stop))) continue;
      const word = text.slice(start, stop).toLowerCase();
      const exactCues = exact.get(word);
      let stemmed: number[] | null = null;
      for (const s of stemsByHead.get(word.slice(0, 3)) ?? []) if (word.startsWith(s.stem)) (stemmed ??= []).push(...s.cues);
      if (!exactCues && !stemmed) continue;
      const candidates = stemmed ? [...(exactCues ?? []), ...stemmed].sort(byPriority) : exactCues!;
      for (const i of candidates) {
        const cue = cues[i]!;
        const at = cue.glued ? start - 1 : start;
        if (at < 0 || (cue.glued && text[at] !== "-")) continue;
        const re = sticky[i]!;
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        hits.push({ cue, start: at, end: at + m[0].length, text: m[0] });
        next = at + m[0].length;
        break;
      }
    }
    return hits;
  };
}

/**
 * "in southern " before a mention: a locative, then any place modifiers, up to the mention. Such a
 * text ends with a locative's or a modifier's last word, so that word is looked up first and the
 * end-anchored pattern (which V8 tries at every position) runs only when it can match.
 */
function placeTest(locatives: readonly string[], modifiers: readonly string[]): Lexicon["isPlaceBefore"] {
  const pattern = new RegExp(`(?<!${W})(?:${phraseAlternation(locatives)})\\s+(?:(?:${phraseAlternation(modifiers)})\\s+)*$`, "i");
  const lastWords = new Set([...locatives, ...modifiers].map((p) => p.trim().split(/\s+/).pop()!.toLowerCase()));
  const wordTail = new RegExp(`${W}*$`);
  return (before) => {
    if (!isSpaceCode(before.charCodeAt(before.length - 1))) return false;
    // A modifier is the whole last word; a locative may follow punctuation inside it ("(in").
    const last = before.slice(lastWordsStart(before, 1)).trimEnd().toLowerCase();
    const tail = wordTail.exec(last)?.[0] ?? "";
    return (lastWords.has(last) || lastWords.has(tail)) && pattern.test(before);
  };
}

/**
 * "according to Iran's " before a mention: a claimant marker and at most four words. Only the last
 * words that can hold such a match are tested, not the whole window at every position.
 */
function claimantTest(markers: readonly string[]): Lexicon["isClaimantBefore"] {
  // The claimant follows the marker within four words, never past 'that' ("told reporters that Washington's").
  const pattern = new RegExp(`(?<!${W})(?:${phraseAlternation(markers)})\\s+(?:(?!(?:that|which|whether|if)\\s)[^\\s]+\\s+){0,4}$`, "i");
  const span = Math.max(1, ...markers.map((m) => m.trim().split(/\s+/).length)) + 4 + 1;
  return (before) => pattern.test(before.slice(lastWordsStart(before, span)));
}

/** Checks and compiles the cue file; problems name the file and line. */
export function loadLexicon(file: string, source: string): { lexicon: Lexicon | null; problems: Problem[] } {
  const { value, problems } = parseYaml(source, CueFileSchema, file);
  if (!value) return { lexicon: null, problems };
  const types = new Map(value.relationTypes.map((t) => [t.id, t]));
  const lines = source.split("\n");
  const lineOf = (needle: string) => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
  for (const frame of value.frames) {
    for (const t of [frame.type, ...Object.values(frame.byModifier), ...(frame.whenNegated ? [frame.whenNegated] : [])]) {
      if (!types.has(t)) problems.push({ file, line: lineOf(`lemmas: [${frame.lemmas[0]}`), message: `frame '${frame.lemmas.join(", ")}' names relation type '${t}', which 'relationTypes' does not define; add it there or fix the name` });
    }
  }
  for (const cue of value.cues) {
    const missing = !types.has(cue.type) ? cue.type : cue.whenNegated && !types.has(cue.whenNegated) ? cue.whenNegated : null;
    if (missing) {
      problems.push({ file, line: lineOf(cue.pattern), message: `cue '${cue.pattern}' names relation type '${missing}', which 'relationTypes' does not define; add it there or fix the name` });
      continue;
    }
    try {
      RegExp(patternSource(cue.pattern), "u");
    } catch {
      problems.push({ file, line: lineOf(cue.pattern), message: `cue pattern '${cue.pattern}' is malformed; check its parentheses` });
    }
  }
  if (problems.length) return { lexicon: null, problems };
  return { lexicon: lexiconOf(value), problems };
}

/** The lexicon of a file that loadLexicon has checked. */
export function lexiconOf(definition: CueFile): Lexicon {
  const value = definition;
  const types = new Map(value.relationTypes.map((t) => [t.id, t]));
  const cues: Cue[] = value.cues.map((cue) => ({
    type: types.get(cue.type)!,
    pattern: cue.pattern,
    agent: cue.agent,
    glued: cue.pattern.startsWith("-"),
    whenNegated: cue.whenNegated ? types.get(cue.whenNegated)! : null,
  }));
  return {
    definition,
    relationTypes: value.relationTypes,
    cues,
    frames: frameIndex(value.frames, new Set(value.relationTypes.filter((t) => t.directed).map((t) => t.id))),
    findCues: createCueFinder(cues),
    negator: words(value.negators),
    notNegation: new RegExp(`(?<!${W})(?:${phraseAlternation(value.notNegations)})(?!${W})`, "gi"),
    hedge: words(value.hedges),
    hedgeScope: words(value.hedgeScopes),
    reportedFuture: new RegExp(`(?<!${W})(?:${phraseAlternation(value.reportingVerbs)})\\s+(?:[^\\s]+\\s+){0,5}?would\\s+(?:[^\\s]+\\s+){0,2}$`, "i"),
    placeAfter: new RegExp(`^(?:['’]s?)?\\s+(?:${phraseAlternation(value.placeNouns)})(?!${W})`, "i"),
    titleAfter: new RegExp(`^(?:['’]s?)?\\s+(?:${phraseAlternation(value.personTitles)})(?!${W})`, "i"),
    hostNoun: new RegExp(`(?<!${W})(?:${phraseAlternation(value.hostNouns)})$`, "i"),
    failure: words(value.failures),
    capabilityNoun: new RegExp(`^\\s+(?:${phraseAlternation(value.capabilityNouns)})(?!${W})`, "i"),
    isPlaceBefore: placeTest(value.locatives, value.placeModifiers),
    isClaimantBefore: claimantTest(value.claimantMarkers),
    clauseBreak: new RegExp([...value.clauseBreaks, ...value.relativeOpeners].map(escape).join("|") || "(?!)", "gi"),
    relativeOpener: new RegExp(`^(?:${value.relativeOpeners.map(escape).join("|") || "(?!)"})$`, "i"),
    creditLine: new RegExp(`^(?:${phraseAlternation(value.creditLines)})`, "i"),
    historicalMarker: words(value.historicalMarkers),
  };
}
