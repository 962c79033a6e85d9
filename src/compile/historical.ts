/**
 * Evidence about an earlier period ("goes back to the Iranian-Iraqi war in the 1980s") is marked
 * historical, with the period when the text gives one. A paragraph that opens in the past stays there
 * until a sentence returns to the present.
 */
import type { Lexicon } from "./lexicon";

const DECADE = /(?<![\p{L}\p{N}])(?:the\s+)?(?:(?:early|mid|late|end of the)\s*-?\s*)?(1[89]\d0|20[0-2]0)s(?![\p{L}\p{N}])/iu;
const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;
const PRESENT = /\b(?:today|now|currently|recently|this (?:week|month|year)|last (?:week|month)|nowadays)\b/i;

/** How many years before publication a named year must be to make a passage historical. */
const YEARS_BACK = 5;

export interface HistoricalMark {
  period: string | null;
}

/** Null when the sentence speaks of its own time; otherwise the period it speaks of. */
export function historicalPeriod(sentence: string, articleYear: number, lexicon: Lexicon): HistoricalMark | null {
  if (PRESENT.test(sentence)) return null;
  // Cheap test first: most sentences name no year, decade or marker word.
  if (!/\d{4}/.test(sentence) && !lexicon.historicalMarker.test(sentence)) return null;
  const decade = DECADE.exec(sentence);
  if (decade && Number(decade[1]) + 9 < articleYear - 1) return { period: decade[0].trim() };
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const year = Number(m[1]);
    // "since 2011" reaches up to now; "the 1973 war" in a comparison ("since the 1973 war") likewise.
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (/since\s+(?:the\s+)?$/iu.test(before) || /\bsince\b/iu.test(sentence.slice(0, m.index))) continue;
    if (year <= articleYear - YEARS_BACK) return { period: String(year) };
  }
  if (lexicon.historicalMarker.test(sentence)) return { period: null };
  return null;
}

/** Whether a sentence clearly speaks of the present, ending a historical paragraph. */
export function speaksOfPresent(sentence: string): boolean {
  return PRESENT.test(sentence);
}
