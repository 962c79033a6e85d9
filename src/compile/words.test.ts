/** The word scans and the lexicon's quick tests agree with the regular expressions they replace, on any text. */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { CUES, reference } from "./test/fixtures";
import { isSpaceCode, isWordCode, lastWordsStart } from "./words";

const anyText = fc.string({ unit: fc.constantFrom("a", "B", "9", "é", " ", "\n", "\u00a0", "\u2009", ".", "’", "-", "ж", "\u3000") });

describe("word scans", () => {
  it("class characters as the regular expressions do", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isWordCode(c), ch).toBe(/[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]/.test(ch));
      expect(isSpaceCode(c), ch).toBe(/\s/.test(ch));
    }
  });

  it("finds the last n words as splitting on white space does", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 6 }), (s, n) => {
        const expected = s.trimEnd().split(/\s+/).slice(-n).join(" ");
        expect(s.slice(lastWordsStart(s, n)).trimEnd().split(/\s+/).join(" ")).toBe(expected);
      }),
    );
  });
});

describe("the lexicon's place and claimant tests", () => {
  // The plain end-anchored patterns, as data/cues.yaml defines them; the lexicon's faster tests must agree.
  const W = "[A-Za-z0-9\\u00C0-\\u1FFF\\u2C00-\\uD7FF]";
  const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|");
  const cues = parseYaml(CUES.text) as { locatives: string[]; placeModifiers: string[]; claimantMarkers: string[] };
  const place = new RegExp(`(?<!${W})(?:${alt(cues.locatives)})\\s+(?:(?:${alt(cues.placeModifiers)})\\s+)*$`, "i");
  const claimant = new RegExp(`(?<!${W})(?:${alt(cues.claimantMarkers)})\\s+(?:[^\\s]+\\s+){0,4}$`, "i");
  const lexicon = reference().lexicon;
  const phrase = fc.constantFrom(...cues.locatives, ...cues.placeModifiers, ...cues.claimantMarkers, "In", "THE", "Iran's", "(in", "“according", "forces", "said", "in,", "of-", "Syria");
  const gap = fc.constantFrom(" ", "  ", "\n", ", ", "(", "-");
  const before = fc.array(fc.tuple(phrase, gap), { maxLength: 14 }).map((parts) => parts.map(([p, g]) => p + g).join(""));

  it("call a mention a place or a claimant exactly when the patterns do", () => {
    fc.assert(
      fc.property(before, (text) => {
        expect(lexicon.isPlaceBefore(text), text).toBe(place.test(text));
        expect(lexicon.isClaimantBefore(text), text).toBe(claimant.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
