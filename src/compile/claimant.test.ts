import { describe, expect, it } from "vitest";
import { findClaimant } from "./claimant";
import { reference } from "./test/fixtures";

const { gazetteer } = reference();

function claimantOf(sentence: string) {
  const mentions = gazetteer.matcher.find(sentence, 0, sentence.length);
  return findClaimant(sentence, 0, mentions, null);
}

describe("findClaimant", () => {
  it("takes a sentence without attribution to be the publisher's own voice", () => {
    expect(claimantOf("Iran and Syria signed a defense agreement on Sunday.")).toMatchObject({ kind: "publisher", text: null, actorId: null });
  });

  it("reads 'according to' as a claim of the actor its words name", () => {
    const c = claimantOf("Iran will rebuild Syria's army, according to Iran's military attaché in Damascus.");
    expect(c).toMatchObject({ kind: "actor", actorId: "iran" });
    expect(c.text).toBe("Iran's military attaché");
  });

  it("reads a leader who said it as a claim of the leader's actor", () => {
    expect(claimantOf("Hatami said Iran would help Syria rebuild its military.")).toMatchObject({ kind: "actor", text: "Hatami", actorId: "iran" });
  });

  it("reads 'Israel has said' as Israel's claim", () => {
    expect(claimantOf("Israel has said it will keep striking Iranian targets in Syria.")).toMatchObject({ kind: "actor", text: "Israel", actorId: "israel" });
  });

  it("reads an inverted speech verb at the end of a quote", () => {
    expect(claimantOf("“We will stand by Syria,” said Amir Hatami.")).toMatchObject({ kind: "actor", text: "Amir Hatami", actorId: "iran" });
  });

  it("tells an unnamed source from a named one outside the graph", () => {
    expect(claimantOf("The analyst said Russia would not protect Iran in Syria.")).toMatchObject({ kind: "unnamed", text: "The analyst", actorId: null });
    expect(claimantOf("Officials said Iran sent weapons to Hezbollah.")).toMatchObject({ kind: "unnamed", text: "Officials" });
    expect(claimantOf("Iran helps Syria, as reported by the Iranian Students' News Agency (ISNA).")).toMatchObject({ kind: "named", actorId: null });
  });

  it("finds the speaker past a relative clause, before the outlet that reported it", () => {
    const c = claimantOf("Iran’s Minister of Defense Amir Hatami, whose visit to Damascus was interesting, spoke of Iran’s desire to help Syria, as reported by ISNA.");
    expect(c).toMatchObject({ kind: "actor", text: "Iran’s Minister of Defense Amir Hatami", actorId: "iran" });
  });

  it("does not take a relative pronoun or a coordinated verb's subject phrase for the speaker", () => {
    expect(claimantOf("Qatar, which maintains ties with Hamas, said it would host the talks.")).toMatchObject({ kind: "actor", text: "Qatar", actorId: "qatar" });
    expect(claimantOf("Iran blamed Israel and vowed revenge.")).toMatchObject({ kind: "publisher" });
  });

  it("does not take a commentator's nationality for the actor's voice", () => {
    expect(claimantOf("An Iranian analyst who requested anonymity told reporters that Israel pressures Russia.")).toMatchObject({ kind: "unnamed", text: "An Iranian analyst", actorId: null });
  });

  it("hands a pronoun the claimant of the paragraph so far", () => {
    const hatami = claimantOf("Hatami said Iran would help Syria.");
    const sentence = "He said Iran would also train Syrian officers.";
    expect(findClaimant(sentence, 0, gazetteer.matcher.find(sentence, 0, sentence.length), hatami)).toEqual(hatami);
  });

  it("locates the claimant's words in the text exactly", () => {
    const text = "Turkey attacked the SDF, according to Kurdish officials.";
    const c = findClaimant(text, 100, gazetteer.matcher.find(text, 0, text.length).map((m) => ({ ...m, start: m.start + 100, end: m.end + 100 })), null);
    expect(text.slice(c.start! - 100, c.end! - 100)).toBe(c.text);
  });
});
