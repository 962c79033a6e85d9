/**
 * Stage 3: finding actor mentions with one compiled matcher for every alias. Aliases are indexed by
 * their first word, so the text is scanned once, word by word, whatever the size of the gazetteer.
 * At each word the longest alias (or ignore phrase) wins; an ignore phrase ('Iranian Students' News
 * Agency') consumes its words without naming an actor.
 */
import { nextWordStart, wordEnd } from "./words";

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
  byNextTwo: Map<number, AliasEntry[]>;
  short: AliasEntry[];
  word: AliasEntry | null;
}

/** Builds the matcher. Apostrophes in aliases match both ' and ’. */
export function createMentionMatcher(entries: readonly AliasEntry[]): MentionMatcher {
  const byFirstWord = new Map<string, FirstWordEntries>();
  // Most words of a text start no alias: their first character rules them out before any string is
  // made for the lookup.
  const firstCodes = new Uint8Array(0x10000);
  for (const entry of [...entries].sort((a, b) => b.alias.length - a.alias.length)) {
    const variants = new Set([entry.alias, entry.alias.replace(/'/g, "’"), entry.alias.replace(/’/g, "'")]);
    for (const alias of variants) {
      const key = firstWord(alias);
      if (!key) continue;
      const at: FirstWordEntries = byFirstWord.get(key) ?? { byNextTwo: new Map(), short: [], word: null };
      byFirstWord.set(key, at);
      firstCodes[key.charCodeAt(0)] = 1;
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
        const wordStop = wordEnd(text, start);
        next = wordStop;
        if (!firstCodes[text.charCodeAt(start)]) continue;
        const atWord = byFirstWord.get(text.slice(start, wordStop));
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
