/** Content-derived evidence ids. */
import { stableHash } from "./hash";

/** The id of a piece of evidence: the same article passage, pair and type always give the same id. */
export function evidenceId(at: { articleId: string; start: number; end: number }, a: string, b: string, type: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `ev-${stableHash(`${at.articleId}|${at.start}|${at.end}|${x}|${y}|${type}`)}`;
}
