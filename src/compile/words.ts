/**
 * Words for lookup, scanned by character code: ASCII letters and digits plus the letter blocks of
 * U+00C0–U+1FFF and U+2C00–U+D7FF (Latin, Greek, Cyrillic, Arabic, Hebrew, CJK…), leaving out the
 * punctuation block where ’ “ ” live. The mention matcher and the cue finder both walk every word of
 * every sentence; walking codes allocates nothing for the many words that start no alias or cue.
 */

/** Is the UTF-16 code unit `c` a word character? */
export function isWordCode(c: number): boolean {
  return c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (c >= 0xc0 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff);
}

/** The start of the first word at or after `i` (before `to`), or `to`. */
export function nextWordStart(text: string, i: number, to: number): number {
  while (i < to && !isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the word that starts at `i` (a word may run on past any limit the caller has). */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** The same class as a regular-expression source, for boundaries in compiled patterns. */
export const WORD_CLASS = "[A-Za-z0-9\\u00C0-\\u1FFF\\u2C00-\\uD7FF]";

/** White space as `\s` has it. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where the last `n` white-space-separated words of `text` start (0 when it has fewer): a backward
 * scan, so a long clause is not split into words to keep its last few.
 */
export function lastWordsStart(text: string, n: number): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  for (let words = 0; i > 0; ) {
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (++words === n) return i;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return 0;
}
