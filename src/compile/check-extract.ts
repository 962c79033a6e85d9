/**
 * The map step's schema check: one article's extract against the graph schema's parts, where they
 * are made. The reduce then checks only how the parts fit together (AssembledGraphSchema), so the
 * cost of checking every mention and every piece of evidence is spread over the workers instead of
 * added to the single-threaded end of a compile.
 */
import type { z } from "zod";
import { ArticleSchema, EvidenceSchema, type Evidence } from "../graph/schema";
import { coMentionEvidence, evidenceOf, type ArticleExtract } from "./extract-article";
import type { Problem } from "./problems";

/** Problems with what the compiler made of one article: a bug in the compiler, never in the input. */
export function checkExtract(extract: ArticleExtract, file: string): Problem[] {
  const article = ArticleSchema.safeParse(extract.article);
  if (!article.success) return [compilerBug(file, "an article", article.error)];
  const checker = evidenceChecker(file);
  // Findings are checked as the evidence they become; the reduce only decides which way it points.
  for (const f of extract.findings) {
    const problem = checker(evidenceOf(f, { id: f.evidenceId, direction: "mutual", curation: null }));
    if (problem) return [problem];
  }
  for (const c of extract.coMentions) {
    const problem = checker(coMentionEvidence(c.at, c.id));
    if (problem) return [problem];
  }
  return [];
}

/** The fields in which the pieces of evidence of one sentence differ. */
const PER_RELATION = { id: true, cue: true, direction: true } as const;
const PerRelationSchema = EvidenceSchema.pick(PER_RELATION);
const PER_SENTENCE = Object.keys(EvidenceSchema.shape).filter((k) => !(k in PER_RELATION)) as (keyof Evidence)[];

/**
 * Checks evidence against EvidenceSchema. The evidence of one sentence shares every field but its
 * id, cue and direction (a sentence naming four actors makes six co-mentions), so a piece whose shared
 * fields are the very values of the last piece checked in full has only those three checked.
 */
function evidenceChecker(file: string): (evidence: Evidence) => Problem | null {
  let last: Evidence | null = null;
  return (evidence) => {
    if (last && PER_SENTENCE.every((k) => evidence[k] === last![k])) {
      const checked = PerRelationSchema.safeParse(evidence);
      return checked.success ? null : compilerBug(file, "evidence", checked.error);
    }
    const problem = checkEvidence(file, evidence);
    if (!problem) last = evidence;
    return problem;
  };
}

/** Evidence made in the reduce (an editor's, from curation.yaml) is checked there, the same way. */
export function checkEvidence(file: string, evidence: Evidence): Problem | null {
  const checked = EvidenceSchema.safeParse(evidence);
  return checked.success ? null : compilerBug(file, "evidence", checked.error);
}

export function compilerBug(file: string, what: string, error: z.ZodError): Problem {
  const issue = error.issues[0];
  return { file, line: 1, message: `the compiler made ${what} that fails the graph schema at ${issue?.path.join(".")}: ${issue?.message}; please report this` };
}
