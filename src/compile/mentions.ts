/**
 * Stage 3: finding actor mentions with one compiled matcher for every alias. Aliases are indexed by
 * their first word, so the text is scanned once, word by word, whatever the size of the gazetteer.
 * At each word the longest alias (or ignore phrase) wins; an ignore phrase ('Iranian Students' News
 * Agency') consumes its words without naming an actor.
 */

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
/** See WORD_RUN in lexicon.ts: the same fast class of word characters. */
const WORD_START = /[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+/g;

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

  return {
    find(text, from = 0, to = text.length) {
      const found: FoundMention[] = [];
      WORD_START.lastIndex = from;
      for (let m = WORD_START.exec(text); m && m.index < to; m = WORD_START.exec(text)) {
        const start = m.index;
        const candidates = byFirstWord.get(m[0]);
        if (!candidates) continue;
        // An alias must start on a word boundary: the word regex guarantees it begins one.
        const hit = candidates.find((c) => {
          const end = start + c.alias.length;
          return end <= to && text.startsWith(c.alias, start) && !isWordChar(text[end]);
        });
        if (!hit) continue;
        const end = start + hit.alias.length;
        if (hit.actorId !== null) {
          found.push({ actorId: hit.actorId, start, end, text: hit.alias, possessive: /^['’](s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u.test(text.slice(end, end + 3)) });
        }
        WORD_START.lastIndex = end;
      }
      return found;
    },
  };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
