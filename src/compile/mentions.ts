/**
 * Stage 3: finding actor mentions with one compiled matcher for every alias. Aliases are indexed by
 * their first word, so the text is scanned once, word by word, whatever the size of the gazetteer.
 * At each word the longest alias (or ignore phrase) wins; an ignore phrase ('Iranian Students' News
 * Agency') consumes its words without naming an actor.
 */
import { isWordCode, nextWordStart } from "./words";

export interface AliasEntry {
  alias: string;
  /** Null for an ignore phrase. */
  actorId: string | null;
}

export interface FoundMention {
  actorId: string;
  start: number;
  end: number;
  text: string;
  /** Followed by 's / ’s / ’ (Iran's). */
  possessive: boolean;
}

export interface MentionMatcher {
  find(text: string, from?: number, to?: number): FoundMention[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function firstWord(s: string): string {
  return /^[\p{L}\p{N}]+/u.exec(s)?.[0] ?? "";
}

/**
 * The aliases that start with one word, for the text after that word: a word such as 'Syrian' starts
 * twenty aliases ('Syrian Democratic Forces', 'Syrian Arab Army', ...), so longer aliases are grouped by
 * the two characters that follow the word and only the group that the text continues with is tried.
 * Every group is longer than `short` (one character after the word) and `word` (the word alone), so
 * trying group, then short, then word still finds the longest alias.
 */
interface FirstWordEntries {
  /** The first word itself. */
  key: string;
  byNextTwo: Map<number, AliasEntry[]>;
  short: AliasEntry[];
  word: AliasEntry | null;
}

/** Builds the matcher. Apostrophes in aliases match both ' and ’. */
export function createMentionMatcher(entries: readonly AliasEntry[]): MentionMatcher {
  // First words by a hash of their characters, computed while the text's words are scanned, so no
  // string is made for the many words that start no alias (a hash shared by two first words keeps both).
  const byFirstWord = new Map<number, FirstWordEntries[]>();
  // And by the hash's low bits in a table, which rules out most words before the map is asked.
  const maybe = new Uint8Array(0x10000);
  const entriesOf = (key: string): FirstWordEntries => {
    const hash = wordHash(key, 0, key.length);
    maybe[hash & 0xffff] = 1;
    const chain = byFirstWord.get(hash) ?? [];
    byFirstWord.set(hash, chain);
    let at = chain.find((e) => e.key === key);
    if (!at) chain.push((at = { key, byNextTwo: new Map(), short: [], word: null }));
    return at;
  };
  for (const entry of [...entries].sort((a, b) => b.alias.length - a.alias.length)) {
    const variants = new Set([entry.alias, entry.alias.replace(/'/g, "’"), entry.alias.replace(/’/g, "'")]);
    for (const alias of variants) {
      const key = firstWord(alias);
      if (!key) continue;
      const at = entriesOf(key);
      const rest = alias.length - key.length;
      const aliasEntry = { alias, actorId: entry.actorId };
      if (rest === 0) at.word ??= aliasEntry;
      else if (rest === 1) at.short.push(aliasEntry);
      else {
        const next = nextTwo(alias, key.length);
        at.byNextTwo.set(next, [...(at.byNextTwo.get(next) ?? []), aliasEntry]);
      }
    }
  }

  return {
    find(text, from = 0, to = text.length) {
      const found: FoundMention[] = [];
      for (let start = nextWordStart(text, from, to), next = start; start < to; start = nextWordStart(text, next, to)) {
        // The word and its hash in one pass (a word may run on past `to`, as wordEnd has it).
        let wordStop = start;
        let hash = 0;
        for (let c = text.charCodeAt(wordStop); wordStop < text.length && isWordCode(c); c = text.charCodeAt(++wordStop)) hash = (Math.imul(hash, 31) + c) | 0;
        next = wordStop;
        if (!maybe[hash & 0xffff]) continue;
        const chain = byFirstWord.get(hash);
        if (!chain) continue;
        const atWord = chain.find((e) => e.key.length === wordStop - start && text.startsWith(e.key, start));
        if (!atWord) continue;
        // An alias must start on a word boundary: the word scan guarantees it begins one.
        const fits = (c: AliasEntry) => {
          const end = start + c.alias.length;
          return end <= to && text.startsWith(c.alias, start) && !isWordChar(text[end]);
        };
        const longer = wordStop + 1 < to ? atWord.byNextTwo.get(nextTwo(text, wordStop)) : undefined;
        const hit = longer?.find(fits) ?? atWord.short.find(fits) ?? (atWord.word && fits(atWord.word) ? atWord.word : undefined);
        if (!hit) continue;
        const end = start + hit.alias.length;
        if (hit.actorId !== null) {
          found.push({ actorId: hit.actorId, start, end, text: hit.alias, possessive: isApostrophe(text.charCodeAt(end)) && POSSESSIVE.test(text.slice(end, end + 3)) });
        }
        next = end;
      }
      return found;
    },
  };
}

/** The hash the scan computes for the characters from `start` to `end`. */
function wordHash(s: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
  return hash;
}

/** The two UTF-16 code units at `i` as one number. */
function nextTwo(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : WORD_CHAR.test(ch);
}

const POSSESSIVE = /^['’](s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
