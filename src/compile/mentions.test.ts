import { describe, expect, it } from "vitest";
import { createMentionMatcher } from "./mentions";

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
