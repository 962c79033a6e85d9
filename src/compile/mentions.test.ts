import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMentionMatcher, type AliasEntry } from "./mentions";

const matcher = createMentionMatcher([
  { alias: "Iran", actorId: "iran" },
  { alias: "Iranian", actorId: "iran" },
  { alias: "Syria", actorId: "syria" },
  { alias: "Syrian Democratic Forces", actorId: "sdf" },
  { alias: "U.S.", actorId: "us" },
  { alias: "Iranian Students' News Agency", actorId: null },
]);
const ids = (text: string) => matcher.find(text).map((m) => `${m.actorId}:${text.slice(m.start, m.end)}`);

describe("the mention matcher", () => {
  it("prefers the longest alias at a position", () => {
    expect(ids("US-backed Syrian Democratic Forces in Syria")).toEqual(["sdf:Syrian Democratic Forces", "syria:Syria"]);
  });
  it("respects word boundaries and finds possessives", () => {
    const found = matcher.find("Iran’s ally Syria; Iranians? Syriac.");
    expect(found.map((m) => [m.text, m.possessive])).toEqual([["Iran", true], ["Syria", false]]);
  });
  it("lets an ignore phrase shadow the aliases inside it, with either apostrophe", () => {
    expect(ids("as reported by the Iranian Students’ News Agency (ISNA), Iran said")).toEqual(["iran:Iran"]);
  });
  it("matches aliases that end in a full stop", () => {
    expect(ids("the U.S. and Iran")).toEqual(["us:U.S.", "iran:Iran"]);
  });
});

/** The matcher's rule, written plainly: at each word start, the longest alias that ends on a boundary. */
function naiveFind(entries: readonly AliasEntry[], text: string): string[] {
  const aliases = entries
    .flatMap((e) => [e.alias, e.alias.replace(/'/g, "’"), e.alias.replace(/’/g, "'")].map((alias) => ({ alias, actorId: e.actorId })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const word = /[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]/;
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const found: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (!word.test(text[i]!) || (i > 0 && word.test(text[i - 1]!))) {
      i++;
      continue;
    }
    const hit = aliases.find((a) => /^[\p{L}\p{N}]/u.test(a.alias) && text.startsWith(a.alias, i) && !isWord(text[i + a.alias.length]));
    if (!hit) {
      while (i < text.length && word.test(text[i]!)) i++;
      continue;
    }
    if (hit.actorId) found.push(`${hit.actorId}@${i}:${hit.alias}`);
    i += hit.alias.length;
  }
  return found;
}

describe("the mention matcher, against the plain rule", () => {
  it("finds what a longest-alias-first scan finds, on text made of alias pieces", () => {
    // Aliases that share first words and the characters after them, as a real gazetteer's do.
    const entries: AliasEntry[] = [
      { alias: "Syrian", actorId: "syria" },
      { alias: "Syrian Democratic Forces", actorId: "sdf" },
      { alias: "Syrian Democratic Council", actorId: "sdc" },
      { alias: "Syrian Arab Army", actorId: "saa" },
      { alias: "Syrian-backed", actorId: null },
      { alias: "Syriana", actorId: "film" },
      { alias: "al-Qaeda", actorId: "aq" },
      { alias: "al-Assad", actorId: "assad" },
      { alias: "al Nusra", actorId: "nusra" },
      { alias: "Iran'", actorId: "odd" },
      { alias: "Iran", actorId: "iran" },
      { alias: "Iran's Revolutionary Guards", actorId: "irgc" },
      { alias: "U.S.", actorId: "us" },
      { alias: "U.S", actorId: "us2" },
    ];
    const sharing = createMentionMatcher(entries);
    const piece = fc.constantFrom("Syrian", " Democratic", " Forces", " Council", " Arab", " Army", "-backed", "a", "al", "-Qaeda", "-Assad", " Nusra", "Iran", "'", "’", "s", " Revolutionary Guards", "U.S", ".", " ", ",", "é", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        const got = sharing.find(text).map((m) => `${m.actorId}@${m.start}:${m.text}`);
        expect(got).toEqual(naiveFind(entries, text));
      }),
      { numRuns: 2000 },
    );
  });
});
