import { describe, expect, it } from "vitest";
import type { FullGraph, FullTie } from "../graph/schema";
import { compileCorpus } from "./compile-corpus";
import { serializeGraph } from "./serialize";
import { ACTORS, CUES, shippedArticles } from "./test/fixtures";

const compileShipped = () => compileCorpus({ articles: shippedArticles(), actors: ACTORS, cues: CUES, curation: null });
const result = compileShipped();
const graph = result.graph as FullGraph;

const between = (a: string, b: string) => graph.ties.filter((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));
const find = (a: string, b: string, type: string, year?: number): FullTie | undefined =>
  between(a, b).find((t) => t.type === type && (year === undefined || t.years.includes(year)));
const directedFrom = (tie: FullTie | undefined, agent: string) => tie?.evidence.some((e) => (e.direction === "source-to-target" ? tie.source : tie.target) === agent && e.direction !== "mutual");
const cooperative = (t: FullTie) => t.quadClass.endsWith("cooperation");

describe("the shipped corpus", () => {
  it("compiles without problems", () => {
    expect(result.problems).toEqual([]);
    expect(graph.stats.articles).toBe(5);
  });

  it("finds Iran–Syria military cooperation in 2018 (the defense pact Hatami signed)", () => {
    const tie = find("iran", "syria", "military-cooperation", 2018);
    expect(tie?.evidence!.some((e) => /defen[cs]e (pact|agreement)/i.test(e.quote))).toBe(true);
  });

  it("finds Israel acting on Iran in military conflict in 2018 (strikes on Iranian forces in Syria)", () => {
    const tie = find("israel", "iran", "military-conflict", 2018);
    expect(tie?.source).toBe("israel");
    expect(directedFrom(tie, "israel")).toBe(true);
  });

  it("finds the United States pressing Iran in 2018 (the demand that Iran leave Syria)", () => {
    const tie = find("united-states", "iran", "pressure", 2018);
    expect(tie?.source).toBe("united-states");
  });

  it("finds cooperation between Russia and Syria", () => {
    expect(between("russia", "syria").some(cooperative)).toBe(true);
  });

  it("finds Iran supporting Hezbollah", () => {
    const tie = find("iran", "hezbollah", "material-support");
    expect(tie?.source).toBe("iran");
  });

  it("finds the Iran–Syria strategic alliance in 2024", () => {
    expect(find("iran", "syria", "alliance", 2024)).toBeDefined();
  });

  it("finds Saudi Arabia–Syria normalization in 2024", () => {
    expect(find("saudi-arabia", "syria", "normalization", 2024)).toBeDefined();
  });

  it("does not read Russia's refusal to support Iran's presence as Russia supporting Iran", () => {
    expect(between("russia", "iran").filter(cooperative).filter((t) => directedFrom(t, "russia"))).toEqual([]);
  });

  it("reads Russia relying on Iranian ground forces as Iran supporting Russia", () => {
    expect(directedFrom(find("iran", "russia", "material-support", 2018), "iran")).toBe(true);
  });

  it("finds Russia beside Iran as the Syrian regime's ally in 2024", () => {
    expect(find("russia", "syria", "alliance", 2024)?.evidence.some((e) => e.quote.includes("along with Russia"))).toBe(true);
  });

  it("reads the condition the Americans set for Assad's survival as US pressure on Iran", () => {
    expect(directedFrom(find("united-states", "iran", "pressure", 2018), "united-states")).toBe(true);
    expect(find("united-states", "iran", "pressure", 2018)?.evidence.some((e) => e.quote.includes("set the condition"))).toBe(true);
  });

  it("does not relate Iraq and Turkey, or Israel and the PKK, through Hafez al-Assad's acts", () => {
    expect(find("iraq", "turkey", "normalization")).toBeUndefined();
    expect(find("israel", "pkk", "negotiation")).toBeUndefined();
  });

  it("does not read the Americans' failed attempt to tempt Damascus as US–Syria cooperation", () => {
    expect(between("united-states", "syria").filter(cooperative)).toEqual([]);
  });

  it("does not take the image credit 'Source: ISIS' for the Islamic State", () => {
    const isis = graph.actors.find((a) => a.id === "isis");
    const lwj = graph.articles.find((a) => a.id.includes("long-war-journal"));
    expect(lwj?.mentions.filter((m) => m.actorId === "isis")).toEqual([]);
    expect(isis).toBeDefined();
  });

  it("quotes every piece of evidence exactly as the article's words at its offsets", () => {
    const bodies = new Map(graph.articles.map((a) => [a.id, a.body]));
    const all = [...graph.ties, ...graph.coMentions].flatMap((t) => t.evidence ?? []);
    expect(all.length).toBeGreaterThan(50);
    for (const e of all) {
      expect(bodies.get(e.articleId)?.slice(e.start, e.end)).toBe(e.quote);
      if (e.cue) {
        expect(bodies.get(e.articleId)?.slice(e.cue.start, e.cue.end)).toBe(e.cue.text);
        expect(e.cue.start >= e.start && e.cue.end <= e.end).toBe(true);
      }
    }
    for (const a of graph.articles) for (const m of a.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
  });

  it("gives a byte-identical graph for the same input", () => {
    expect(serializeGraph(compileShipped().graph as FullGraph)).toBe(serializeGraph(graph));
  });

  it("dates evidence by the time it is about: the articles' 2018 and 2024, and the earlier periods they recall", () => {
    expect([...new Set(graph.ties.flatMap((t) => t.years))].sort()).toEqual([1989, 1999, 2008, 2018, 2022, 2024]);
  });

  it("counts the Mughniyeh sentence under its period (about 2008), not its article's 2018", () => {
    const killing = graph.ties.filter((t) => t.evidence.some((e) => e.quote.includes("killed a decade ago")));
    expect(killing.map((t) => t.id).sort()).toEqual(["military-conflict--hezbollah--israel", "military-conflict--hezbollah--united-states", "military-cooperation--israel--united-states"]);
    for (const tie of killing) {
      const e = tie.evidence.find((x) => x.quote.includes("killed a decade ago"))!;
      expect(e).toMatchObject({ year: 2008, time: { from: "2008", to: "2008", precision: "year", approximate: true, words: "a decade ago" } });
    }
  });

  it("counts the subtitle repeated as the 2024 article's opening sentence once: Iran–Syria alliance has 8 distinct quotes", () => {
    const alliance = graph.ties.find((t) => t.id === "alliance--iran--syria")!;
    expect(alliance.evidence).toHaveLength(8);
    expect(alliance.strength.total.quotes).toBe(8);
  });
});
