/**
 * Stage 2: a body into paragraphs and sentences, each with exact offsets into the body. Sentences come
 * from `Intl.Segmenter`, then splits after abbreviations ('Brig. Gen. Amir Hatami', 'U.S. officials')
 * are mended.
 */
import { isSpaceCode } from "./words";

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
/**
 * Words that continue a name after an initialism ('the U.N. Security Council', 'U.S. President Joe
 * Biden'): a capitalised word of this kind after 'U.S.' starts no new sentence.
 */
const AFTER_INITIALISM =
  /^\s*["“]?(?:President|Vice|Secretary|Senator|Sen|Rep|Ambassador|Embassy|Envoy|Special|Army|Navy|Air|Marine|Marines|Coast|Forces|Central|Command|Treasury|Congress|Senate|House|Department|State|Defense|Defence|Security|General|Assembly|Mission|Representative|Government|Administration|Agency|Attorney|Supreme|Court|Commission|Council|Charter|Human|Relief|Development|Intelligence|Joint|National)\b/;
const ABBREVIATION = /(?:^|[\s(“"'‘])([A-Za-z]+)\.$/;
const LETTER_OR_DOT = /[A-Za-z.]/;

/** One segmenter for every article: building it costs more than segmenting a short paragraph. */
const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/** Splits `body` into sentences; paragraphs are separated by blank lines or single line breaks. */
export function segmentSentences(body: string, end = body.length): Sentence[] {
  const segmenter = SEGMENTER;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(body); m && m.index < end; m = lineRe.exec(body)) {
    const lineText = m[0].slice(0, end - m.index);
    if (lineText.trim() === "") continue;
    let index = 0;
    let pending: { start: number; end: number } | null = null;
    const flush = (span: { start: number; end: number }) => {
      let { start, end: stop } = span;
      while (start < stop && isSpaceCode(body.charCodeAt(start))) start++;
      while (stop > start && isSpaceCode(body.charCodeAt(stop - 1))) stop--;
      if (stop > start) sentences.push({ start, end: stop, text: body.slice(start, stop), paragraph, indexInParagraph: index++ });
    };
    for (const seg of sentenceSegments(segmenter, lineText)) {
      const span = { start: m.index + seg.index, end: m.index + seg.index + seg.segment.length };
      const current: { start: number; end: number } = pending ? { start: pending.start, end: span.end } : span;
      const text = body.slice(current.start, current.end).trimEnd();
      const next = body.slice(current.end, current.end + 16);
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

/**
 * The longest text handed to `Intl.Segmenter` at once. V8's segmenter slows down faster than the
 * length of its input (a one-paragraph 1 MB article took 10 s, against 0.4 s cut into pieces), so a
 * longer paragraph is cut after a sentence end first; the pieces' segments keep paragraph offsets.
 */
const WINDOW = 8192;

function* sentenceSegments(segmenter: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  if (text.length <= WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  for (let from = 0; from < text.length; ) {
    const to = text.length - from <= WINDOW ? text.length : windowEnd(text, from);
    for (const seg of segmenter.segment(text.slice(from, to))) yield { index: from + seg.index, segment: seg.segment };
    from = to;
  }
}

/** Where a window from `from` ends: after its last sentence end and the space after it, else after its last space, else WINDOW in (never inside a surrogate pair). */
function windowEnd(text: string, from: number): number {
  const window = text.slice(from, from + WINDOW);
  let cut = 0;
  for (const m of window.matchAll(/[.!?]["”’')\]]*\s+/g)) cut = m.index + m[0].length;
  for (let i = window.length - 1; cut === 0 && i > 0; i--) if (/\s/.test(window[i]!)) cut = i + 1;
  const last = window.charCodeAt(WINDOW - 1);
  if (cut === 0) cut = last >= 0xd800 && last <= 0xdbff ? WINDOW - 1 : WINDOW;
  return from + cut;
}

function endsWithAbbreviation(sentence: string, next: string): boolean {
  if (next.trim() === "") return false;
  const nextStartsLower = /^\s*[a-z0-9]/.test(next);
  const nextContinuesName = AFTER_INITIALISM.test(next);
  // Both patterns look only at the last run of letters and dots and the character before it: test
  // just that tail, not the whole sentence at every position.
  let i = sentence.length;
  while (i > 0 && LETTER_OR_DOT.test(sentence[i - 1]!)) i--;
  const text = sentence.slice(Math.max(0, i - 1));
  if (INITIALISM.test(text)) return nextStartsLower || nextContinuesName;
  const word = ABBREVIATION.exec(text)?.[1];
  if (!word) return false;
  if (TITLES.has(word)) return true;
  // A single capital ('John F. Kennedy') is an initial.
  return word.length === 1 && /[A-Z]/.test(word);
}
