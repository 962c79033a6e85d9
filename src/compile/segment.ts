/**
 * Stage 2: a body into paragraphs and sentences, each with exact offsets into the body. Sentences come
 * from `Intl.Segmenter`, then splits after abbreviations ('Brig. Gen. Amir Hatami', 'U.S. officials')
 * are mended.
 */

export interface Sentence {
  /** Offsets into the body, trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Position of the sentence in its paragraph, from 0. */
  indexInParagraph: number;
}

/** Titles and short forms that a sentence never ends on. */
const TITLES = new Set(
  "Mr Mrs Ms Dr Prof Gen Brig Col Lt Maj Sgt Capt Cmdr Adm Sen Rep Gov Pres Amb Rev St Mt Ft No Nos Vol Fig Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jr Sr vs etc approx est".split(" "),
);
/** Initialisms ('U.S.', 'U.N.') that end a sentence only when a capitalised word follows. */
const INITIALISM = /(?:^|[\s(“"'‘])(?:[A-Z]\.){2,}$/;
const ABBREVIATION = /(?:^|[\s(“"'‘])([A-Za-z]+)\.$/;

/** Splits `body` into sentences; paragraphs are separated by blank lines or single line breaks. */
export function segmentSentences(body: string, end = body.length): Sentence[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(body); m && m.index < end; m = lineRe.exec(body)) {
    const lineText = m[0].slice(0, end - m.index);
    if (lineText.trim() === "") continue;
    let index = 0;
    let pending: { start: number; end: number } | null = null;
    const flush = (span: { start: number; end: number }) => {
      const trimmed = trimSpan(body, span.start, span.end);
      if (trimmed.end > trimmed.start) {
        sentences.push({ ...trimmed, text: body.slice(trimmed.start, trimmed.end), paragraph, indexInParagraph: index++ });
      }
    };
    for (const seg of segmenter.segment(lineText)) {
      const span = { start: m.index + seg.index, end: m.index + seg.index + seg.segment.length };
      const current: { start: number; end: number } = pending ? { start: pending.start, end: span.end } : span;
      const text = body.slice(current.start, current.end).trimEnd();
      const next = body.slice(current.end, current.end + 3);
      if (endsWithAbbreviation(text, next)) {
        pending = current;
        continue;
      }
      pending = null;
      flush(current);
    }
    if (pending) flush(pending);
    paragraph++;
  }
  return sentences;
}

function endsWithAbbreviation(text: string, next: string): boolean {
  if (next.trim() === "") return false;
  const nextStartsLower = /^\s*[a-z0-9]/.test(next);
  if (INITIALISM.test(text)) return nextStartsLower;
  const word = ABBREVIATION.exec(text)?.[1];
  if (!word) return false;
  if (TITLES.has(word)) return true;
  // A single capital ('John F. Kennedy') is an initial.
  return word.length === 1 && /[A-Z]/.test(word);
}

function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}
