/**
 * The cue lexicon (data/cues.yaml): relation types with their quad classes, the cue patterns that
 * signal them, and the word lists that steer what is not a relation. Compiled once into one regular
 * expression for all cues.
 */
import { z } from "zod";
import { RelationTypeSchema, type RelationType } from "../graph/schema";
import type { Problem } from "./problems";
import { parseYaml } from "./yaml-input";

const CueSchema = z.object({
  type: z.string().min(1),
  pattern: z.string().min(1),
  agent: z.enum(["before", "after", "none"]).default("before"),
  whenNegated: z.string().min(1).optional(),
});

const phrases = z.array(z.string().min(1)).default([]);

export const CueFileSchema = z.object({
  relationTypes: z.array(RelationTypeSchema).min(1, "must list at least one relation type"),
  cues: z.array(CueSchema).min(1, "must list at least one cue"),
  negators: phrases,
  hedges: phrases,
  hedgeScopes: phrases,
  failures: phrases,
  capabilityNouns: phrases,
  locatives: phrases,
  placeModifiers: phrases,
  claimantMarkers: phrases,
  clauseBreaks: phrases,
  creditLines: phrases,
  historicalMarkers: phrases,
  placeNouns: phrases,
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

export interface Lexicon {
  relationTypes: RelationType[];
  cues: Cue[];
  /** All cues in one expression; group `c<i>` is cue i. Global, so reset `lastIndex` before use. */
  cueRegex: RegExp;
  negator: RegExp;
  hedge: RegExp;
  hedgeScope: RegExp;
  failure: RegExp;
  capabilityNoun: RegExp;
  /** Matches at the end of the text before a mention that is a place. */
  placeBefore: RegExp;
  /** Matches at the start of the text after a mention that is a place ("Syrian territory"). */
  placeAfter: RegExp;
  /** Matches at the end of the text before a mention that is a claimant. */
  claimantBefore: RegExp;
  clauseBreak: RegExp;
  creditLine: RegExp;
  historicalMarker: RegExp;
  /** Matches at the end of the text before a mention when a cue then 'from' precede it ("demand from"). */
  cueThenFrom: RegExp;
}

const W = "[\\p{L}\\p{N}]";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A list of phrases as one alternation with word boundaries ("n't" and "no" alike). */
function phraseAlternation(list: readonly string[]): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return sorted.map((p) => escape(p).replace(/\s+/g, "\\s+")).join("|") || "(?!)";
}
function words(list: readonly string[]): RegExp {
  return new RegExp(`(?<!${W})(?:${phraseAlternation(list)})(?!${W})`, "iu");
}

/** Compiles one token of a cue pattern: word, word*, or (alternatives). */
function tokenSource(token: string): string {
  const alternatives = token.startsWith("(") && token.endsWith(")") ? token.slice(1, -1).split("|") : [token];
  return `(?:${alternatives
    .map((alt) =>
      alt
        .split(/\s+/)
        .map((w) => (w.endsWith("*") ? `${escape(w.slice(0, -1))}[\\p{L}\\p{N}'’-]*` : escape(w)))
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
    if (i > 0) source += gap ? "\\s+(?:[^\\s]+\\s+){0,4}?" : "\\s+";
    gap = false;
    source += tokenSource(token);
  });
  return glued ? `(?<=${W})-${source}(?!${W})` : `(?<!${W})${source}(?!${W})`;
}

/** Checks and compiles the cue file; problems name the file and line. */
export function loadLexicon(file: string, source: string): { lexicon: Lexicon | null; problems: Problem[] } {
  const { value, problems } = parseYaml(source, CueFileSchema, file);
  if (!value) return { lexicon: null, problems };
  const types = new Map(value.relationTypes.map((t) => [t.id, t]));
  const lines = source.split("\n");
  const lineOf = (needle: string) => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
  const cues: Cue[] = [];
  for (const cue of value.cues) {
    const type = types.get(cue.type);
    const negType = cue.whenNegated ? types.get(cue.whenNegated) : undefined;
    if (!type || (cue.whenNegated && !negType)) {
      const missing = type ? cue.whenNegated : cue.type;
      problems.push({ file, line: lineOf(cue.pattern), message: `cue '${cue.pattern}' names relation type '${missing}', which 'relationTypes' does not define; add it there or fix the name` });
      continue;
    }
    try {
      new RegExp(patternSource(cue.pattern), "u");
    } catch {
      problems.push({ file, line: lineOf(cue.pattern), message: `cue pattern '${cue.pattern}' is malformed; check its parentheses` });
      continue;
    }
    cues.push({ type, pattern: cue.pattern, agent: cue.agent, glued: cue.pattern.startsWith("-"), whenNegated: negType ?? null });
  }
  if (problems.length) return { lexicon: null, problems };

  // Longer patterns first, so "military cooperation" wins over "cooperation with" at the same place.
  const order = cues.map((_, i) => i).sort((a, b) => tokens(cues[b]!.pattern).length - tokens(cues[a]!.pattern).length || a - b);
  const cueRegex = new RegExp(order.map((i) => `(?<c${i}>${patternSource(cues[i]!.pattern)})`).join("|"), "giu");
  const placeModifiers = `(?:(?:${phraseAlternation(value.placeModifiers)})\\s+)*`;
  return {
    lexicon: {
      relationTypes: value.relationTypes,
      cues,
      cueRegex,
      negator: words(value.negators),
      hedge: words(value.hedges),
      hedgeScope: words(value.hedgeScopes),
      placeAfter: new RegExp(`^(?:['’]s?)?\\s+(?:${phraseAlternation(value.placeNouns)})(?!${W})`, "iu"),
      failure: words(value.failures),
      capabilityNoun: new RegExp(`^\\s+(?:${phraseAlternation(value.capabilityNouns)})(?!${W})`, "iu"),
      placeBefore: new RegExp(`(?<!${W})(?:${phraseAlternation(value.locatives)})\\s+${placeModifiers}$`, "iu"),
      claimantBefore: new RegExp(`(?<!${W})(?:${phraseAlternation(value.claimantMarkers)})\\s+(?:[^\\s]+\\s+){0,4}$`, "iu"),
      clauseBreak: new RegExp(value.clauseBreaks.map(escape).join("|") || "(?!)", "giu"),
      creditLine: new RegExp(`^(?:${phraseAlternation(value.creditLines)})`, "iu"),
      historicalMarker: words(value.historicalMarkers),
      cueThenFrom: new RegExp(`(?:${order.map((i) => patternSource(cues[i]!.pattern)).join("|")})\\s+from\\s+(?:the\\s+)?$`, "iu"),
    },
    problems,
  };
}
