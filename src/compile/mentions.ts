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

/** Builds the matcher. Apostrophes in aliases match both ' and ’. */
export function createMentionMatcher(entries: readonly AliasEntry[]): MentionMatcher {
  const byFirstWord = new Map<string, AliasEntry[]>();
  for (const entry of entries) {
    const variants = new Set([entry.alias, entry.alias.replace(/'/g, "’"), entry.alias.replace(/’/g, "'")]);
    for (const alias of variants) {
      const key = firstWord(alias);
      if (!key) continue;
      const list = byFirstWord.get(key) ?? [];
      list.push({ alias, actorId: entry.actorId });
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  // Most words of a text start no alias: their first character rules them out before any string is
  // made for the lookup.
  const firstCodes = new Set([...byFirstWord.keys()].map((k) => k.charCodeAt(0)));

  return {
    find(text, from = 0, to = text.length) {
      const found: FoundMention[] = [];
      for (let start = nextWordStart(text, from, to), next = start; start < to; start = nextWordStart(text, next, to)) {
        const wordStop = wordEnd(text, start);
        next = wordStop;
        if (!firstCodes.has(text.charCodeAt(start))) continue;
        const candidates = byFirstWord.get(text.slice(start, wordStop));
        if (!candidates) continue;
        // An alias must start on a word boundary: the word scan guarantees it begins one.
        const hit = candidates.find((c) => {
          const end = start + c.alias.length;
          return end <= to && text.startsWith(c.alias, start) && !isWordChar(text[end]);
        });
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

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : WORD_CHAR.test(ch);
}

const POSSESSIVE = /^['’](s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
