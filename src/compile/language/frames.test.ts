import { describe, expect, it } from "vitest";
import { analyse, roles } from "./test-sentence";

describe("predicate frames", () => {
  it("finds the subject through coordination, an apposition, a relative clause and an insertion", () => {
    expect(roles("Tehran and Moscow have helped Damascus.", "help")).toEqual({ subject: "iran+russia", object: "syria" });
    expect(roles("The leaders of Russia, Iran and Turkey met in Sochi.", "meet")).toEqual({ subject: "russia+iran+turkey" });
    expect(roles("Jordan, which backs the Syrian opposition, stayed silent.", "back")).toEqual({ subject: "jordan", object: "syrian-opposition" });
    expect(roles("Moscow and Beijing, which remain parties to the deal, have backed Tehran.", "back")).toEqual({ subject: "russia+china", object: "iran" });
    expect(roles("Haniyeh, speaking from Doha, thanked Iran.", "thank")).toEqual({ subject: "hamas", object: "iran" });
  });
  it("swaps the roles of a passive and of a participle with 'by', fronted or after its noun", () => {
    expect(roles("Hezbollah is backed by Iran.", "back")).toEqual({ subject: "hezbollah", by: "iran" });
    expect(roles("Backed by Moscow, the Syrian army retook the town.", "back")).toEqual({ subject: "syria", by: "russia" });
    expect(roles("Rebel factions backed by Ankara advanced.", "back")).toEqual({ by: "turkey" });
  });
  it("gives a relational noun its possessor, modifiers, obliques and owner", () => {
    expect(roles("Iran is Syria's closest ally.", "ally")).toEqual({ possessor: "syria", owner: "iran" });
    expect(roles("Israeli jets carried out strikes against Iranian targets in Syria.", "strike")).toEqual({ "prep:against": "iran", "prep:in": "syria", subject: "israel" });
    expect(roles("Russia's military intervention on Assad's behalf turned the war.", "intervention")).toEqual({ possessor: "russia", "prep:behalf": "syria" });
  });
  it("marks what is not asserted: a condition, a question, a call on others, an intent", () => {
    const irrealis = (text: string, lemma: string) => analyse(text).frames.find((f) => f.lemma === lemma)?.irrealis ?? null;
    expect(irrealis("If Israel attacks Iran, Hezbollah will respond.", "attack")).toBe("a condition");
    expect(irrealis("Has Russia supplied drones to Iran?", "supply")).toBe("question");
    expect(irrealis("Nasrallah urged Moscow to stop Israel.", "stop")).toMatch(/a call by others/);
    expect(irrealis("Iran plans to arm the Houthis.", "arm")).toMatch(/an intent/);
    expect(irrealis("Riyadh said that it would restore relations with Damascus.", "restore")).toBeNull();
  });
});
