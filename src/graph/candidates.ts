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

export const CANDIDATES_VERSION = 2;

/**
 * candidates.json: a compile proposes about ten candidates a sentence, so each sentence is kept once
 * (`[article, published, start, quote]`) and each candidate as a row naming its sentence:
 * `[sentence, id, year, source, target, mutual, type, cueStart, cueEnd, reason, detail, score]`, its
 * cue's words being the sentence's at those offsets (a quarter of the bytes of the objects).
 */
export const CandidatesFileSchema = z.object({
  version: z.literal(CANDIDATES_VERSION),
  sentences: z.array(z.tuple([z.string().min(1), z.string().min(1), z.number().int().nonnegative(), z.string().min(1)])),
  candidates: z.array(
    z.tuple([
      z.number().int().nonnegative(),
      z.string().regex(/^ev-[0-9a-f]+$/),
      z.number().int(),
      z.string().min(1),
      z.string().min(1),
      z.union([z.literal(0), z.literal(1)]),
      z.string().min(1),
      z.number().int().nonnegative(),
      z.number().int().nonnegative(),
      z.enum(CANDIDATE_REASONS),
      z.string().nullable(),
      z.number().min(0).max(1),
    ]),
  ),
});
export type CandidatesFile = z.infer<typeof CandidatesFileSchema>;

/** The file of `candidates`, each sentence once. */
export function packCandidates(candidates: readonly Candidate[]): CandidatesFile {
  const sentences: CandidatesFile["sentences"] = [];
  const index = new Map<string, number>();
  const rows = candidates.map((c): CandidatesFile["candidates"][number] => {
    if (c.quote.slice(c.cue.start - c.start, c.cue.end - c.start) !== c.cue.text) throw new Error(`candidate ${c.id}: its cue is not in its sentence`);
    const key = `${c.articleId}|${c.start}`;
    let s = index.get(key);
    if (s === undefined) index.set(key, (s = sentences.push([c.articleId, c.published, c.start, c.quote]) - 1));
    return [s, c.id, c.year, c.source, c.target, c.mutual ? 1 : 0, c.type, c.cue.start, c.cue.end, c.reason, c.detail, c.score];
  });
  return { version: CANDIDATES_VERSION, sentences, candidates: rows };
}

/** The candidates a file holds; throws when a row names a sentence the file lacks or a cue outside its sentence. */
export function unpackCandidates(file: CandidatesFile): Candidate[] {
  return file.candidates.map(([s, id, year, source, target, mutual, type, cueStart, cueEnd, reason, detail, score]) => {
    const sentence = file.sentences[s];
    if (!sentence) throw new Error(`candidate ${id} names sentence ${s}, which the file does not have`);
    const [articleId, published, start, quote] = sentence;
    const text = quote.slice(cueStart - start, cueEnd - start);
    if (cueStart < start || cueEnd > start + quote.length || !text) throw new Error(`candidate ${id}: its cue at ${cueStart}–${cueEnd} is not in its sentence`);
    return { id, articleId, published, year, quote, start, end: start + quote.length, source, target, mutual: mutual === 1, type, cue: { text, start: cueStart, end: cueEnd }, reason, detail, score };
  });
}

/** Highest score first, then by article and place: the order the Review queue shows them in. */
export function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export { CANDIDATES_FILE, COMPILER_READING_FILE } from "./vocabulary";
