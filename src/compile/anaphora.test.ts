import { describe, expect, it } from "vitest";
import { compileBodies, tieKeys } from "./test/fixtures";

describe("reading relations through words that refer back to an actor", () => {
  it("takes 'the kingdom' for the kingdom the paragraph named, and only in that paragraph", () => {
    expect(tieKeys(["Saudi Arabia opened a new port on Monday. The kingdom also pledged fresh aid to Yemen."])).toEqual(["saudi-arabia>yemen:material-support"]);
    expect(tieKeys(["Saudi Arabia opened a new port on Monday.\n\nThe kingdom also pledged fresh aid to Yemen."])).toEqual([]);
    expect(tieKeys(["Egypt opened a new port on Monday. The kingdom also pledged fresh aid to Yemen."])).toEqual([]);
  });
  it("takes 'the group' for the armed group named last, in an earlier sentence or earlier in its own", () => {
    expect(tieKeys(["Iran hosted Hamas leaders in Tehran. The group thanked Qatar for its help."])).toContain("hamas>qatar:political-support");
    expect(tieKeys(["Haniyeh thanked Iran for providing weapons to the group."])).toContain("iran>hamas:material-support");
    expect(tieKeys(["Hezbollah fought in Syria for years. Hamas, too, is armed. The group has repeatedly accused Israel of spying."])).toEqual(
      expect.arrayContaining(["hamas>israel:criticism"]),
    );
    expect(tieKeys(["Hezbollah fought in Syria for years. Hamas, too, is armed. The group has repeatedly accused Israel of spying."])).not.toContain("hezbollah>israel:criticism");
  });
  it("takes 'He' for the official the paragraph named, when he is the subject of the cue", () => {
    expect(tieKeys(["Foreign Minister Mohammad Javad Zarif spoke in Tehran on Monday. He accused Washington of economic terrorism."])).toEqual(["iran>united-states:criticism"]);
    expect(tieKeys(["Iran's foreign minister, Hossein Amir-Abdollahian, met Hamas political chief Ismail Haniyeh in Doha. He accused Israel of war crimes."])).toEqual(
      expect.arrayContaining(["iran>israel:criticism"]),
    );
    expect(tieKeys(["Iran's foreign minister, Hossein Amir-Abdollahian, met Hamas political chief Ismail Haniyeh in Doha. He accused Israel of war crimes."])).not.toContain("hamas>israel:criticism");
  });
  it("does not make 'He' the agent of what he reports, nor refer it to a country", () => {
    expect(tieKeys(["Foreign Minister Mohammad Javad Zarif spoke on Monday. He said the new pipeline supports Syria."])).toEqual([]);
    expect(tieKeys(["Iran closed its border on Monday. He accused Israel of spying."])).toEqual([]);
  });
  it("takes a speaker 'he' for the subject of a participle after his words", () => {
    expect(tieKeys(['U.S. Secretary of State Mike Pompeo spoke on Sunday. "There is no evidence," he wrote on Twitter, accusing Iran of the attack.'])).toEqual([
      "united-states>iran:criticism",
    ]);
  });
  it("takes 'The two countries' for the pair the sentence before named", () => {
    expect(tieKeys(["Saudi Arabia and Iran held talks in Baghdad in April. The two countries agreed to restore relations."])).toContain("iran<>saudi-arabia:normalization");
    expect(tieKeys(["Egypt, Jordan and Iraq held talks in Baghdad in April. The two countries agreed to restore relations."])).not.toContain(
      expect.stringMatching(/normalization/),
    );
  });
  it("keeps the evidence in the sentence that states the relation, and never counts a reference as a naming", () => {
    const body = "Saudi Arabia opened a new port on Monday. The kingdom also pledged fresh aid to Yemen.";
    const { graph } = compileBodies(body);
    const evidence = graph?.ties[0]?.evidence[0];
    expect(evidence?.quote).toBe("The kingdom also pledged fresh aid to Yemen.");
    expect(body.slice(evidence!.start, evidence!.end)).toBe(evidence?.quote);
    expect(graph?.articles[0]?.mentions.map((m) => m.text)).toEqual(["Saudi Arabia", "Yemen"]);
    expect(graph?.actors.find((a) => a.id === "saudi-arabia")?.mentionCount).toBe(1);
    expect(graph?.coMentions).toEqual([]);
  });
});
