import { describe, expect, it } from "vitest";
import { compileBodies, tieKeys } from "./test/fixtures";

describe("reading relations from sentences", () => {
  it("reads a mutual pact between two states", () => {
    expect(tieKeys(["Tehran and Damascus signed a defense pact on Monday."])).toContain("iran<>syria:military-cooperation");
  });
  it("gives the direction of a strike, and treats the country named as the place as no party", () => {
    const keys = tieKeys(["Israeli jets carried out strikes against Iranian targets in Syria."]);
    expect(keys).toEqual(["israel>iran:military-conflict"]);
  });
  it("reads a demand by coordinated agents on one target", () => {
    expect(tieKeys(["The US and Israel demand the withdrawal of Iranian forces from Syria."])).toEqual(
      expect.arrayContaining(["israel>iran:pressure", "united-states>iran:pressure"]),
    );
  });
  it("reads the agent of a passive after 'by'", () => {
    expect(tieKeys(["Hezbollah is backed by Iran."])).toContain("iran>hezbollah:material-support");
    expect(tieKeys(["Iranian-backed groups like Hezbollah fought on."])).toContain("iran>hezbollah:material-support");
  });
  it("gives a passive without 'by' no agent, and takes a passive's target from right before it", () => {
    expect(tieKeys(["Hezbollah's commander was killed along with a Syrian general on Friday."])).toEqual([]);
    expect(tieKeys(["Jordanian officials named a smuggler accused of working with Hezbollah."])).toEqual([]);
    expect(tieKeys(["Canada and Britain said an inquiry showed the plane had been shot down by an Iranian missile."])).toEqual([]);
    expect(tieKeys(["Syrian rebel factions backed by Ankara advanced."])).toEqual(["turkey>syrian-opposition:material-support"]);
  });
  it("reads the verbs news uses for visits, mediation, fire and broken ties", () => {
    expect(tieKeys(["Qatar's emir travelled to Tehran on Sunday."])).toEqual(["iran<>qatar:diplomatic-engagement"]);
    expect(tieKeys(["Turkish jets pounded the PKK overnight."])).toEqual(["turkey>pkk:military-conflict"]);
    expect(tieKeys(["Hezbollah traded fire with Israel on Monday."])).toEqual(["hezbollah<>israel:military-conflict"]);
    expect(tieKeys(["Bahrain severed ties with Iran in 2016."])).toEqual(["bahrain>iran:sanctions"]);
    expect(tieKeys(["Egypt brokered a truce between Israel and Hamas."])).toEqual(
      expect.arrayContaining(["egypt<>israel:negotiation", "egypt<>hamas:negotiation", "hamas<>israel:negotiation"]),
    );
  });
  it("pairs the actors of a mutual act past an insertion, a topic and a qualifying adjective", () => {
    const restored = tieKeys(["Oman and Iran agreed on Monday, in talks hosted by Qatar, to restore relations."]);
    expect(restored).toContain("iran<>oman:normalization");
    expect(restored).not.toContain("iran<>qatar:normalization");
    expect(tieKeys(["Jordan and Egypt shared intelligence on the Syrian offensive with France."])).toEqual(
      expect.arrayContaining(["egypt<>france:military-cooperation", "france<>jordan:military-cooperation"]),
    );
    expect(tieKeys(["Jordan and Egypt shared intelligence on the Syrian offensive with France."]).filter((k) => k.includes("syria"))).toEqual([]);
    expect(tieKeys(["Bahrain passed details of the Iranian attack to the United States."])).toEqual([]);
  });
  it("relates a visitor to the capital visited, and everyone at a meeting to everyone", () => {
    expect(tieKeys(["Erdogan visited Tehran in July."])).toEqual(["iran<>turkey:diplomatic-engagement"]);
    expect(tieKeys(["The foreign ministers of Iran, Russia and Turkey met in Astana."]).sort()).toEqual([
      "iran<>russia:diplomatic-engagement",
      "iran<>turkey:diplomatic-engagement",
      "russia<>turkey:diplomatic-engagement",
    ]);
  });
  it("reads a glued compound's target only in the words it qualifies", () => {
    expect(tieKeys(["Iranian-backed groups like Hezbollah fought on."])).toContain("iran>hezbollah:material-support");
    expect(tieKeys(["Iranian-backed militias fired rockets at U.S. troops."])).not.toContain("iran>united-states:material-support");
    // the coalition the U.S. leads fought ISIS: the leader is a party to its fight
    expect(tieKeys(["The U.S.-led coalition fought ISIS for years."])).toEqual(["united-states>isis:military-conflict"]);
  });
  it("does not read support from a negated cue", () => {
    expect(tieKeys(["Russia declared that it does not support Iran's presence in Syria."])).toEqual([]);
  });
  it("reads contracted negations, and 'should' as a wish", () => {
    expect(tieKeys(["Russia doesn't support Iran's presence in Syria."])).toEqual([]);
    expect(tieKeys(["Moscow didn’t back the Syrian offensive against Turkey's forces."])).toEqual([]);
    expect(tieKeys(["Analysts say Israel should arm the Kurds."])).toEqual([]);
  });
  it("turns 'will not tolerate' into a threat", () => {
    expect(tieKeys(["Israel has said it will not tolerate Iran's meddling in Syria."])).toEqual(["israel>iran:threat"]);
  });
  it("reads 'said it would' as a reported decision, but keeps other 'would' and 'any' hypothetical", () => {
    expect(tieKeys(["Riyadh said on Tuesday that it would restore relations with Damascus."])).toEqual(["saudi-arabia<>syria:normalization"]);
    expect(tieKeys(["Officials believe Iran would attack Saudi Arabia."])).toEqual([]);
    expect(tieKeys(["Hezbollah said any attack on Lebanon would mean war."])).toEqual([]);
  });
  it("does not read what others call for as done", () => {
    expect(tieKeys(["Biden resisted calls from his own party to pressure Israel."])).toEqual([]);
  });
  it("drops an attempt that failed", () => {
    expect(tieKeys(["The Americans said they tried to court the Damascus regime but failed."])).toEqual([]);
    expect(tieKeys(["The Americans tried to support the Damascus regime but failed."])).toEqual([]);
  });
  it("drops a hypothetical or a capability", () => {
    expect(tieKeys(["Its withdrawal would weaken Tehran's negotiating position with Israel."])).toEqual([]);
    expect(tieKeys(["Israel is worried that Iran will use Syria as a base to threaten Israel."])).toEqual([]);
  });
  it("takes a comma alone for a list only when 'and' closes it", () => {
    expect(tieKeys(["In Iraq, the Islamic Resistance in Iraq claimed attacks on U.S. forces."])).toEqual(["iraqi-militias>united-states:military-conflict"]);
    expect(tieKeys(["Iran sent fighters from Syria, Iraq, Pakistan and the wider region to aid Assad."]).filter((k) => k.includes("pakistan"))).toEqual([]);
    expect(tieKeys(["The vote passed while the US, Israel's ally, abstained."])).toEqual(["israel<>united-states:alliance"]);
  });
  it("takes a person's office, a host capital and a helper for parties, not places", () => {
    expect(tieKeys(["Assad received a warm welcome from the Saudi Crown Prince."])).toEqual(["saudi-arabia<>syria:diplomatic-engagement"]);
    expect(tieKeys(["The UAE reopened its embassy in Damascus in 2018."])).toEqual(["syria<>uae:normalization"]);
    expect(tieKeys(["Israel repelled the drones with help from Britain."])).toEqual(["united-kingdom>israel:material-support"]);
  });
  it("gives a clause without a subject of its own the sentence's subject", () => {
    expect(tieKeys(["Iran's envoy said the talks were over, but warned that Israel was next."])).toEqual(["iran>israel:threat"]);
    expect(tieKeys(["Netanyahu said little, although he praised Trump."])).toEqual(["israel>united-states:political-support"]);
    expect(tieKeys(["Iran's envoy spoke first, but the diplomats praised Israel."])).toEqual([]);
  });
  it("reads a denial, a phone call, a war between two sides and mediators between them", () => {
    expect(tieKeys(["Tehran denied supplying drones to Russia."])).toEqual([]);
    expect(tieKeys(["Lavrov told Pompeo by phone that the strike was illegal."])).toEqual(["russia<>united-states:diplomatic-engagement"]);
    expect(tieKeys(["Militias stepped up attacks after the start of the war between Israel and Hamas."])).toEqual(["hamas<>israel:military-conflict"]);
    expect(tieKeys(["Qatar and Egypt continued to mediate between Israel and Hamas."]).sort()).toEqual([
      "egypt<>hamas:negotiation",
      "egypt<>israel:negotiation",
      "hamas<>israel:negotiation",
      "hamas<>qatar:negotiation",
      "israel<>qatar:negotiation",
    ]);
  });
  it("aims fire at a country's places, and gives a conflict noun no agent it lacks", () => {
    expect(tieKeys(["The Houthis have fired missiles at Saudi cities for years."])).toEqual(["yemen-houthis>saudi-arabia:military-conflict"]);
    expect(tieKeys(["Russia relies on Iranian forces to recapture Syrian territory."]).filter((k) => k.endsWith("military-conflict"))).toEqual([]);
    expect(tieKeys(["Washington struck targets used by Iran's Revolutionary Guards, in retaliation for a drone attack on American troops."]).filter((k) => k.startsWith("iran>"))).toEqual([]);
    expect(tieKeys(["Israel carried out an air strike on Iranian targets."])).toEqual(["israel>iran:military-conflict"]);
  });
  it("reads a cue whose words are quoted", () => {
    expect(tieKeys(["Erdogan called Israel a “terror state” on Friday."])).toEqual(["turkey>israel:criticism"]);
  });
  it("does not take a name after 'told reporters that' for the claimant", () => {
    expect(tieKeys(["Austin told reporters that Washington's commitment to Israel's defence was ironclad."])).toEqual(["united-states>israel:political-support"]);
  });
  it("does not relate the countries of a list of where fighters come from", () => {
    expect(tieKeys(["Iran mobilized militias from Syria, Lebanon, Iraq and Pakistan."])).toEqual([]);
  });
  it("does not relate two actors that merely attend the same summit", () => {
    expect(tieKeys(["Russia and Turkey attended the same summit in Sochi."])).toEqual([]);
  });
  it("does not take an agency's report or a credit line as a tie", () => {
    expect(tieKeys(["Source: ISIS, Aug. 30, 2018. Israel strikes Iran, SANA reported."])).toEqual(["israel>iran:military-conflict"]);
  });
  it("does not mine a wire service's reporting credit", () => {
    expect(tieKeys(["Israel struck Iran on Monday.\nReporting by staff in Washington and Damascus; additional reporting by Tehran bureau."])).toEqual(["israel>iran:military-conflict"]);
    const { graph } = compileBodies("Israel struck Iran on Monday.\nReporting by staff in Washington and Damascus.");
    expect(graph?.coMentions).toEqual([]);
  });
  it("reads a relative clause as about the actor named before it, and resumes the main clause after it", () => {
    expect(tieKeys(["Jordan, which backs the Syrian opposition, stayed silent on Monday."])).toEqual(["jordan>syrian-opposition:material-support"]);
    expect(tieKeys(["Egypt, which hosted talks in Cairo last year, criticized Israel on Sunday."])).toEqual(["egypt>israel:criticism"]);
    expect(tieKeys(["Kuwait and Oman, which restored relations with Syria in 2019, have kept quiet."])).toEqual(
      expect.arrayContaining(["kuwait<>syria:normalization", "oman<>syria:normalization"]),
    );
  });
  it("closes a relative clause after a list of places, not inside it", () => {
    expect(tieKeys(["Tehran, which arms militias in Iraq, Syria and Lebanon, condemned the United States."])).toEqual(["iran>united-states:criticism"]);
  });
  it("marks evidence about an earlier period as historical, with the period", () => {
    const { graph } = compileBodies("Damascus allied with Tehran during the Iran-Iraq war in the 1980s.");
    const evidence = graph?.ties[0]?.evidence[0];
    expect(evidence?.historical).toEqual({ period: "the 1980s" });
  });
  it("dates a reading by its own clause, and a paragraph by its opening sentence's main clause", () => {
    const { graph } = compileBodies("Iran, which sided with Syria in the 1980s, condemned Israel on Monday. Emirati officials hosted Assad in Abu Dhabi.");
    const historical = (type: string) => graph?.ties.find((t) => t.type === type)?.evidence[0]?.historical;
    expect(historical("political-support")).toEqual({ period: "the 1980s" });
    expect(historical("criticism")).toBeNull();
    expect(historical("diplomatic-engagement")).toBeNull();
  });
  it("keeps two actors named without a cue as a co-mention", () => {
    const { graph } = compileBodies("Iran and Russia were both mentioned in the report on Tuesday.");
    expect(graph?.ties).toEqual([]);
    expect(graph?.coMentions.map((c) => c.id)).toEqual(["co--iran--russia"]);
  });
  it("gives a verb coordinated with the clause's first one the clause's subject, and its own negation", () => {
    expect(tieKeys(["Putin compared Israel's conduct in Gaza to a siege and hosted a Hamas delegation in Moscow."])).toEqual(["hamas<>russia:diplomatic-engagement"]);
    expect(tieKeys(["Turkey did not attend the summit and accused Israel of aggression."])).toEqual(["turkey>israel:criticism"]);
    expect(tieKeys(["Turkey did not attend the summit and did not accuse Israel of aggression."])).toEqual([]);
  });
  it("takes a name glued to '-led' for the agent of its campaign, not for a place", () => {
    expect(tieKeys(["Thousands died in the U.S.-led campaign against the Islamic State."])).toEqual(["united-states>isis:military-conflict"]);
  });
  it("reads a compound in an apposition as about the name it describes", () => {
    expect(tieKeys(["They clashed with the Popular Mobilization Forces, an umbrella of mostly Iran-aligned armed groups."])).toEqual(["iran<>iraqi-militias:alliance"]);
    expect(tieKeys(["The Houthis, an Iranian-backed movement, fired drones."])).toEqual(["iran>yemen-houthis:material-support"]);
  });
  it("reads the warned party between 'warned' and 'that', repaired relations and an exchange of fire", () => {
    expect(tieKeys(["Rouhani warned the UAE and Bahrain that they would be responsible."]).sort()).toEqual(["iran>bahrain:threat", "iran>uae:threat"]);
    expect(tieKeys(["Erdogan has been repairing relations with Israel."])).toEqual(["israel<>turkey:normalization"]);
    expect(tieKeys(["Hezbollah and Israeli forces exchanged fire across the border."])).toEqual(["hezbollah<>israel:military-conflict"]);
    expect(tieKeys(["Putin, speaking in Ankara alongside the leaders of Iran and Turkey, said little."]).sort()).toEqual([
      "iran<>russia:diplomatic-engagement",
      "russia<>turkey:diplomatic-engagement",
    ]);
  });
  it("relates a pair named right after 'between'", () => {
    expect(tieKeys(["The agreement underscores the symbiotic relationship between Tehran and Damascus."])).toContain("iran<>syria:alliance");
  });

  it("sizes an actor by the sentences that name it, once per sentence, per year", () => {
    const { graph } = compileBodies("Iran's minister met Iranian officials in Tehran. Syria said nothing.");
    const iran = graph?.actors.find((a) => a.id === "iran");
    expect(iran?.mentionCount).toBe(1);
    expect(iran?.mentionsByYear).toEqual({ "2018": 1 });
  });
});
