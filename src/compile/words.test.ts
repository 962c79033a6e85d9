/** The word scans agree with the regular expressions they replace, on any text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpaceCode, isWordCode, lastWordsStart } from "./words";

const text = fc.string({ unit: fc.constantFrom("a", "B", "9", "é", " ", "\n", "\u00a0", "\u2009", ".", "’", "-", "ж", "\u3000") });

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
      fc.property(text, fc.integer({ min: 1, max: 6 }), (s, n) => {
        const expected = s.trimEnd().split(/\s+/).slice(-n).join(" ");
        expect(s.slice(lastWordsStart(s, n)).trimEnd().split(/\s+/).join(" ")).toBe(expected);
      }),
    );
  });
});
