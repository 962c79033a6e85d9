/**
 * Candidate readings: relations the compiler saw a hint of in a sentence but did not state, because a
 * strict rule refused them (a hedge or an intent, an agent it could not tell, two actors named with a
 * relation word whose roles did not name both). An editor accepts, rejects or retypes each in the
 * Review view. Candidates live in their own file (`public/candidates.json`), loaded only by the
 * Review view and the import report, and are never drawn as ties.
 */
import { z } from "./zod-without-eval";

/** Why a candidate was not stated: the strict rule that refused it. */
export const CANDIDATE_REASONS = ["hedged", "unclear-agent", "roles-unclear", "speech", "co-mention"] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

/** The words for each reason, as the Review view says them. */
export const CANDIDATE_REASON_LABELS: Record<CandidateReason, string> = {
  hedged: "Not asserted",
  "unclear-agent": "Unclear who acts",
  "roles-unclear": "Relation word, roles not clear",
  speech: "Said by one actor about another",
  "co-mention": "Named together near a relation word",
};

export const CandidateSchema = z.object({
  /** Stable across compiles: the passage, the pair and the type (the id its evidence would have). */
  id: z.string().regex(/^ev-[0-9a-f]+$/),
  articleId: z.string().min(1),
  published: z.string().min(1),
  /** The year the sentence is about (as its evidence would be). */
  year: z.number().int(),
  /** The sentence, exactly `body.slice(start, end)`. */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The proposed pair: `source` acts on `target` unless `mutual`. */
  source: z.string().min(1),
  target: z.string().min(1),
  mutual: z.boolean(),
  type: z.string().min(1),
  /** The words that suggested the type, at body offsets. */
  cue: z.object({ text: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  reason: z.enum(CANDIDATE_REASONS),
  /** The rule's own words ("modal 'could'", "an intent ('plans')"), or null. */
  detail: z.string().nullable(),
  /** 0–1: how likely an editor is to accept it (the Review queue's order). */
  score: z.number().min(0).max(1),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const CANDIDATES_VERSION = 1;

export const CandidatesFileSchema = z.object({
  version: z.literal(CANDIDATES_VERSION),
  candidates: z.array(CandidateSchema),
});
export type CandidatesFile = z.infer<typeof CandidatesFileSchema>;

/** Highest score first, then by article and place: the order the Review queue shows them in. */
export function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export { CANDIDATES_FILE, COMPILER_READING_FILE } from "./vocabulary";
