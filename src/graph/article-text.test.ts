import { describe, expect, it } from "vitest";
import { runsBy, segmentRange, splitParagraphs } from "./article-text";

const body = "First line here.\n\nSecond paragraph, Iran and Syria.\nThird line.\n  \nLast.";

describe("splitParagraphs", () => {
  it("cuts the body at line breaks and skips blank lines", () => {
    expect(splitParagraphs(body).map((p) => body.slice(p.start, p.end))).toEqual([
      "First line here.",
      "Second paragraph, Iran and Syria.",
      "Third line.",
      "Last.",
    ]);
  });

  it("leaves only line breaks and blanks between paragraphs, so gaps plus paragraphs rebuild the body", () => {
    const paragraphs = splitParagraphs(body);
    let rebuilt = "";
    let at = 0;
    for (const p of paragraphs) {
      const gap = body.slice(at, p.start);
      expect(gap.trim()).toBe("");
      rebuilt += gap + body.slice(p.start, p.end);
      at = p.end;
    }
    expect(rebuilt + body.slice(at)).toBe(body);
  });
});

describe("segmentRange", () => {
  const para = { start: 18, end: 51 }; // "Second paragraph, Iran and Syria."
  const iran = { actorId: "iran", start: body.indexOf("Iran"), end: body.indexOf("Iran") + 4, text: "Iran" };
  const syria = { actorId: "syria", start: body.indexOf("Syria"), end: body.indexOf("Syria") + 5, text: "Syria" };

  it("covers the range with contiguous pieces", () => {
    const pieces = segmentRange(para, { passage: { start: 36, end: 51 }, cue: { start: 41, end: 44 }, mentions: [iran, syria] });
    expect(pieces[0]!.start).toBe(para.start);
    expect(pieces.at(-1)!.end).toBe(para.end);
    pieces.slice(1).forEach((p, i) => expect(p.start).toBe(pieces[i]!.end));
    expect(pieces.map((p) => body.slice(p.start, p.end)).join("")).toBe(body.slice(para.start, para.end));
  });

  it("flags the passage, its cue and the mentions", () => {
    const pieces = segmentRange(para, { passage: { start: 36, end: 51 }, cue: { start: 41, end: 44 }, mentions: [iran, syria] });
    const text = (f: (p: (typeof pieces)[number]) => boolean) => pieces.filter(f).map((p) => body.slice(p.start, p.end)).join("");
    expect(text((p) => p.passage)).toBe("Iran and Syria.");
    expect(text((p) => p.cue)).toBe("and");
    expect(pieces.filter((p) => p.mention).map((p) => p.mention!.actorId)).toEqual(["iran", "syria"]);
  });

  it("clips marks that reach outside the range", () => {
    const pieces = segmentRange(para, { passage: { start: 0, end: 30 }, cue: null, mentions: [] });
    expect(pieces.filter((p) => p.passage).map((p) => [p.start, p.end])).toEqual([[18, 30]]);
  });
});

describe("runsBy", () => {
  it("groups neighbours with the same key", () => {
    expect(runsBy([1, 1, 2, 1], (n) => n).map((r) => r.items)).toEqual([[1, 1], [2], [1]]);
  });
});
