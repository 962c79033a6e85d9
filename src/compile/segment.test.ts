import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment";

describe("segmentSentences", () => {
  it("keeps 'Brig. Gen.' and 'U.S. officials' inside one sentence", () => {
    const body = "It was Brig. Gen. Amir Hatami who signed. U.S. officials objected. Mr. Trump spoke.";
    expect(segmentSentences(body).map((s) => s.text)).toEqual([
      "It was Brig. Gen. Amir Hatami who signed.",
      "U.S. officials objected.",
      "Mr. Trump spoke.",
    ]);
  });

  it("keeps 'the U.N. Security Council' and 'U.S. President Joe Biden' inside one sentence, but ends one on 'the U.S.'", () => {
    const body = "Washington blocked a statement at the U.N. Security Council on Monday. Sanctions were imposed by the U.S. The U.S. President Joe Biden spoke.";
    expect(segmentSentences(body).map((s) => s.text)).toEqual([
      "Washington blocked a statement at the U.N. Security Council on Monday.",
      "Sanctions were imposed by the U.S.",
      "The U.S. President Joe Biden spoke.",
    ]);
  });

  it("gives offsets that slice the body back to each sentence", () => {
    const body = "First paragraph here. Second sentence.\n\n  Another paragraph, indented.\nA line of its own";
    const sentences = segmentSentences(body);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    expect(sentences[1]!.indexInParagraph).toBe(1);
  });

  it("stops at the extraction end (an author bio is not mined)", () => {
    const body = "Iran and Syria signed a pact.\nThe author is a writer.";
    expect(segmentSentences(body, body.indexOf("The author")).map((s) => s.text)).toEqual(["Iran and Syria signed a pact."]);
  });

  it("splits a one-paragraph megabyte the same way as its sentences one by one, in well under a second per 100 KB", () => {
    const sentences = ["It was Brig. Gen. Amir Hatami who signed.", "U.S. officials objected.", "Mr. Trump spoke about Iran’s “presence”."];
    const body = Array.from({ length: 40_000 }, (_, i) => sentences[i % 3]).join(" ");
    expect(body.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const found = segmentSentences(body);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toHaveLength(40_000);
    expect(found.every((s, i) => s.text === sentences[i % 3] && body.slice(s.start, s.end) === s.text && s.paragraph === 0)).toBe(true);
  });

  it("never splits a surrogate pair in a long paragraph without spaces", () => {
    const body = "x😀".repeat(10_000); // 3 code units each: a plain cut at 8192 would fall inside a pair
    const found = segmentSentences(body);
    expect(found.map((s) => s.text).join("")).toBe(body);
    expect(found.every((s) => !/^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
  });
});
