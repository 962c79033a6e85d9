/**
 * Moving an article's outcome from a compile worker to the main thread. Every quote and every
 * mention's text is the article's own words (`body.slice(start, end)`; quotes are checked in the
 * reduce, mentions are matched on the body), so they travel as their offsets and are cut from the
 * body again on arrival: the main thread then holds them as slices of one text, not as tens of
 * thousands of copies, and there is less to copy across.
 */
import type { ArticleOutcome } from "../compile-corpus";

/** Empties the quotes and mention texts of `outcome` (in place) before it is posted. */
export function packOutcome(outcome: ArticleOutcome): ArticleOutcome {
  const x = outcome.extract;
  if (!x) return outcome;
  for (const m of x.article.mentions) m.text = "";
  for (const f of x.findings) f.quote = "";
  for (const f of x.denials) f.quote = "";
  for (const c of x.coMentions) c.at.quote = "";
  for (const c of x.candidates) c.quote = "";
  return outcome;
}

/** Restores the quotes and mention texts of a packed outcome (in place) from its article's body. */
export function unpackOutcome(outcome: ArticleOutcome): ArticleOutcome {
  const x = outcome.extract;
  if (!x) return outcome;
  const { body } = x.article;
  for (const m of x.article.mentions) m.text = body.slice(m.start, m.end);
  for (const f of x.findings) f.quote = body.slice(f.start, f.end);
  for (const f of x.denials) f.quote = body.slice(f.start, f.end);
  // Co-mentions of one sentence share it, so its quote is cut once.
  for (const c of x.coMentions) c.at.quote ||= body.slice(c.at.start, c.at.end);
  for (const c of x.candidates) c.quote = body.slice(c.start, c.end);
  return outcome;
}
