/** Content-derived evidence ids. */
import { prefixedHash } from "./hash";

type Passage = { articleId: string; start: number; end: number };

/** The id of a piece of evidence: the same article passage, pair and type always give the same id. */
export function evidenceId(at: Passage, a: string, b: string, type: string): string {
  return evidenceIdsAt(at)(a, b, type);
}

/** evidenceId for one passage and many pairs and types, the passage hashed once. */
export function evidenceIdsAt(at: Passage): (a: string, b: string, type: string) => string {
  const hash = prefixedHash(`${at.articleId}|${at.start}|${at.end}|`);
  return (a, b, type) => `ev-${hash(a < b ? `${a}|${b}|${type}` : `${b}|${a}|${type}`)}`;
}
