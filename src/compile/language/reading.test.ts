/**
 * What the linguistic layer must read, class by class (issue "Read the news the way a careful reader
 * does"): each class has sentences where a tie must appear and sentences where none may.
 */
import { describe, expect, it } from "vitest";
import { tieKeys } from "../test/fixtures";

const read = (sentence: string) => tieKeys([sentence]).sort();

describe("reading relations through grammar", () => {
  it("1. fronted participles and absolutes", () => {
    expect(read("Backed by Moscow, the Syrian army retook the town.")).toEqual(["russia>syria:material-support"]);
    expect(read("Armed and funded by Tehran, the Houthis fired missiles at Saudi Arabia.")).toEqual(["iran>yemen-houthis:material-support", "yemen-houthis>saudi-arabia:military-conflict"]);
    expect(read("Born in Damascus, the envoy later moved to Moscow.")).toEqual([]);
  });
  it("2. relations carried by nouns and modifiers", () => {
    expect(read("Russia's military intervention on Assad's behalf turned the war.")).toEqual(["russia>syria:material-support"]);
    expect(read("Tehran-backed forces including Hezbollah advanced.")).toEqual(["iran>hezbollah:material-support"]);
    expect(read("Turkey, the main backer of the Syrian opposition, objected.")).toContain("turkey>syrian-opposition:material-support");
    expect(read("The Houthis, an Iranian-backed movement, fired drones.")).toEqual(["iran>yemen-houthis:material-support"]);
    expect(read("Tehran-backed forces advanced on Aleppo.")).toEqual([]);
  });
  it("3. relational nouns with possessors and lists", () => {
    expect(read("Assad and his Iranian and Russian allies retook Aleppo.")).toEqual(["iran<>syria:alliance", "russia<>syria:alliance"]);
    expect(read("Iran is Syria's closest ally, along with Russia.")).toEqual(["iran<>syria:alliance", "russia<>syria:alliance"]);
    expect(read("Iran and Russia discussed Syria's allies.")).not.toContain("iran<>syria:alliance");
  });
  it("4. meetings of three or more", () => {
    expect(read("The leaders of Russia, Iran and Turkey met in Sochi.")).toEqual(["iran<>russia:diplomatic-engagement", "iran<>turkey:diplomatic-engagement", "russia<>turkey:diplomatic-engagement"]);
    expect(read("Russia and Turkey attended the same summit in Sochi.")).toEqual([]);
  });
  it("5. coordinated agents and targets", () => {
    expect(read("Tehran and Moscow have helped Damascus.")).toEqual(["iran>syria:material-support", "russia>syria:material-support"]);
    expect(read("Israel struck Iranian and Hezbollah positions.")).toEqual(["israel>hezbollah:military-conflict", "israel>iran:military-conflict"]);
  });
  it("7. agreements of every kind and economic ties", () => {
    expect(read("Turkey and Iran signed a long-term gas supply agreement.")).toEqual(["iran<>turkey:economic-cooperation"]);
    expect(read("Iran and Syria signed a defense agreement on Sunday.")).toEqual(["iran<>syria:military-cooperation"]);
    expect(read("Russia and Turkey discussed a gas deal that Iran opposed.")).not.toContain("iran<>turkey:economic-cooperation");
  });
  it("9. speech and its speaker", () => {
    expect(read("Haniyeh, speaking from Doha, thanked Iran.")).toEqual(["hamas>iran:political-support"]);
    expect(read("Riyadh said on Tuesday that it would restore relations with Damascus.")).toEqual(["saudi-arabia<>syria:normalization"]);
  });
  it("10. an intent, an attempt or a condition is not yet the act", () => {
    expect(read("Iran plans to arm the Houthis.")).toEqual([]);
    expect(read("If Israel attacks Iran, Hezbollah will respond.")).toEqual([]);
    expect(read("Has Russia supplied drones to Iran?")).toEqual([]);
  });
  it("11. agents by structure, not proximity; one lemma for singular and plural", () => {
    expect(read("Israel and other countries have been pressuring Russia to keep Iranian-backed forces out.")).toEqual(["israel>russia:pressure"]);
    expect(read("Nasrallah urged Moscow to stop supporting Israel.")).toEqual(["hezbollah>russia:pressure"]);
    expect(read("Israeli jets carried out strikes against Iranian targets in Syria.")).toEqual(["israel>iran:military-conflict"]);
    expect(read("Russia and Iran held a joint naval exercise.")).toEqual(["iran<>russia:military-cooperation"]);
    expect(read("Russia and Iran held joint naval exercises.")).toEqual(["iran<>russia:military-cooperation"]);
    expect(read("Imad Mughniyeh, Hezbollah's commander, was killed in a joint Israeli-American operation.")).toEqual([
      "israel<>united-states:military-cooperation",
      "israel>hezbollah:military-conflict",
      "united-states>hezbollah:military-conflict",
    ]);
  });
  it("12. what must stay out: places, denials, calls by others", () => {
    expect(read("Israeli strikes in Syria hit Iranian targets.")).not.toContain("israel>syria:military-conflict");
    expect(read("Tehran denied supplying drones to Russia.")).toEqual([]);
    expect(read("Moscow didn’t back the Syrian offensive against Turkey's forces.")).toEqual([]);
    expect(read("The United Nations envoy in the occupied Palestinian territories spoke on Monday.")).toEqual([]);
  });
});
