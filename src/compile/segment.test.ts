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
});
