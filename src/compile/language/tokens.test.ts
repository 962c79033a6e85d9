import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";

describe("tokens", () => {
  it("keeps every token's exact place in the sentence, through curly quotes and contractions", () => {
    const text = "Moscow didn’t back “Tehran-backed” forces, Iran's envoy said.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toContain("Tehran");
  });
  it("gives lemmas and parts of speech", () => {
    const [, verb, , noun] = tokenize("Iran backed the militias.");
    expect(verb).toMatchObject({ lemma: "back", pos: "VERB" });
    expect(noun).toMatchObject({ lemma: "militia", pos: "NOUN" });
  });
  it("marks a hyphen's neighbours as glued", () => {
    const tokens = tokenize("Tehran-backed forces");
    expect(tokens.map((t) => t.glued)).toEqual([false, true, true, false]);
  });
  it("repairs what the small model gets wrong in news copy", () => {
    expect(tokenize("The Syrian army retook the town.").find((t) => t.text === "retook")).toMatchObject({ pos: "VERB", lemma: "retake" });
    expect(tokenize("Armed by Tehran, the militia advanced.")[0]).toMatchObject({ pos: "VERB", lemma: "arm" });
    expect(tokenize("He compared Israel's conduct to a siege.").find((t) => t.text === "conduct")?.pos).toBe("NOUN");
  });
});
