/**
 * Moving an article's outcome from a compile worker to the main thread. Every quote is the article's
 * own words (`body.slice(start, end)`, checked in the reduce), so quotes travel as their offsets and
 * are cut from the body again on arrival: the main thread then holds them as slices of one text, not
 * as tens of thousands of copies, and there is less to copy across.
 */
import type { ArticleOutcome } from "../compile-corpus";

/** Empties the quotes of `outcome` (in place) before it is posted. */
export function packOutcome(outcome: ArticleOutcome): ArticleOutcome {
  const x = outcome.extract;
  if (!x) return outcome;
  for (const f of x.findings) f.quote = "";
  for (const f of x.denials) f.quote = "";
  for (const c of x.coMentions) c.evidence.quote = "";
  return outcome;
}

/** Restores the quotes of a packed outcome (in place) from its article's body. */
export function unpackOutcome(outcome: ArticleOutcome): ArticleOutcome {
  const x = outcome.extract;
  if (!x) return outcome;
  const { body } = x.article;
  for (const f of x.findings) f.quote = body.slice(f.start, f.end);
  for (const f of x.denials) f.quote = body.slice(f.start, f.end);
  for (const c of x.coMentions) c.evidence.quote = body.slice(c.evidence.start, c.evidence.end);
  return outcome;
}
