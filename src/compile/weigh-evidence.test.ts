/** The weighing fields of the graph (strength, claimant, tone, contests, alias trail, coverage) on hand-made articles. */
import { describe, expect, it } from "vitest";
import { dropRepeatedPassages } from "./aggregate";
import { compileCorpus } from "./compile-corpus";
import { ACTORS, CUES, article } from "./test/fixtures";

function compile(...articles: { body: string; publisher?: string; published?: string }[]) {
  const files = articles.map((a, i) => ({
    file: `t/${i}.md`,
    text: article(a.body, { id: `t-${i}`, publisher: a.publisher ?? `Wire ${i}`, published: a.published ?? "2018-08-28" }),
  }));
  const { graph, problems } = compileCorpus({ articles: files, actors: ACTORS, cues: CUES, curation: null });
  if (!graph) throw new Error(problems.map((p) => p.message).join("\n"));
  return graph;
}

const tie = (graph: ReturnType<typeof compile>, id: string) => {
  const found = graph.ties.find((t) => t.id === id);
  if (!found) throw new Error(`no tie ${id}; ties: ${graph.ties.map((t) => t.id).join(", ")}`);
  return found;
};
const pair = (graph: ReturnType<typeof compile>, id: string) => graph.pairs.find((p) => p.id === id);

describe("strength of a tie", () => {
  it("marks a tie resting on one article of one publisher as single-source", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement on Sunday." });
    const t = tie(graph, "military-cooperation--iran--syria");
    expect(t.singleSource).toBe(true);
    expect(t.strength.total).toEqual({ quotes: 1, articles: 1, publishers: 1 });
  });

  it("counts distinct quotes, articles and publishers per year", () => {
    const graph = compile(
      { body: "Iran and Syria signed a defense agreement on Sunday. Iran and Syria signed a second defense agreement later.", publisher: "Wire A" },
      { body: "Iran and Syria signed a defense agreement.", publisher: "Wire A", published: "2018-09-01" },
      { body: "Iran and Syria signed a defense agreement again.", publisher: "Wire B", published: "2024-05-31" },
    );
    const t = tie(graph, "military-cooperation--iran--syria");
    expect(t.singleSource).toBe(false);
    expect(t.strength.byYear).toEqual({ "2018": { quotes: 3, articles: 2, publishers: 1 }, "2024": { quotes: 1, articles: 1, publishers: 1 } });
    expect(t.strength.total).toEqual({ quotes: 4, articles: 3, publishers: 2 });
  });
});

describe("who makes the claim", () => {
  it("records an attributed claim with its claimant, apart from the tie's parties", () => {
    const graph = compile({ body: "Iran will rebuild Syria's army, according to Israel's defense minister." });
    const e = tie(graph, "material-support--iran--syria").evidence[0]!;
    expect(e.claimant).toMatchObject({ kind: "actor", actorId: "israel", text: "Israel's defense minister" });
    expect(graph.ties.some((t) => t.source === "israel" || t.target === "israel")).toBe(false);
  });

  it("records a narrator's claim in the publisher's voice", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement on Sunday." });
    expect(tie(graph, "military-cooperation--iran--syria").evidence[0]!.claimant).toMatchObject({ kind: "publisher", text: null });
  });
});

describe("tone and contradictions", () => {
  it("scores a pair's tone per year from the quad classes of its quotes", () => {
    const graph = compile(
      { body: "Iran and Syria signed a defense agreement on Sunday." },
      { body: "Iran threatened Syria over the border.", published: "2018-09-02" },
      { body: "Iran and Syria signed another defense agreement.", published: "2024-01-10" },
    );
    expect(pair(graph, "pair--iran--syria")?.tone).toEqual([
      { year: 2018, score: 1.5, quotes: 2, articles: 2 },
      { year: 2024, score: 7, quotes: 1, articles: 1 },
    ]);
  });

  it("flags a pair as contested when cooperation and conflict are reported in the same year, with both quotes", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement on Sunday." }, { body: "Iran threatened Syria over the border.", published: "2018-09-02" });
    const contest = pair(graph, "pair--iran--syria")?.contested[0];
    expect(contest).toMatchObject({ year: 2018, kind: "opposite-quad-classes" });
    expect(contest?.a.quote).toBe("Iran and Syria signed a defense agreement on Sunday.");
    expect(contest?.b.quote).toBe("Iran threatened Syria over the border.");
  });

  it("flags a pair as contested when one passage denies what another states", () => {
    const graph = compile({ body: "Russia supports Iran in Syria's war." }, { body: "Russia does not support Iran, its officials insist.", published: "2018-10-01" });
    const contest = pair(graph, "pair--iran--russia")?.contested.find((c) => c.kind === "negation");
    expect(contest?.a.quote).toBe("Russia supports Iran in Syria's war.");
    expect(contest?.b).toMatchObject({ quote: "Russia does not support Iran, its officials insist.", negated: true, tieId: null });
  });

  it("does not take 'it is no secret that' for a denial", () => {
    const graph = compile({ body: "It is no secret that Russia supports Iran in Syria's war." });
    expect(tie(graph, "material-support--iran--russia").evidence).toHaveLength(1);
    expect(pair(graph, "pair--iran--russia")?.contested).toEqual([]);
  });

  it("does not let a denial the other way round contest a directed relation", () => {
    const graph = compile({ body: "Russia supports Iran in Syria's war." }, { body: "Iran does not support Russia, its officials insist.", published: "2018-10-01" });
    expect(pair(graph, "pair--iran--russia")?.contested).toEqual([]);
  });

  it("does not contest a pair whose passages agree", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement on Sunday." }, { body: "Iran and Syria signed a defense agreement.", published: "2018-09-02" });
    expect(pair(graph, "pair--iran--syria")?.contested).toEqual([]);
  });
});

describe("alias trail and coverage", () => {
  it("records the words matched for each mention and the actor they resolve to", () => {
    const graph = compile({ body: "Tehran and Damascus signed a defense agreement, Hatami said." });
    expect(graph.articles[0]!.mentions.map((m) => `${m.text}→${m.actorId}`)).toEqual(["Tehran→iran", "Damascus→syria", "Hatami→iran"]);
  });

  it("lists the articles and publishers of each year, so a year without articles reads as no coverage", () => {
    const graph = compile({ body: "Iran and Syria met.", publisher: "Wire A" }, { body: "Iran and Syria met again.", publisher: "Wire B", published: "2024-02-02" }, { body: "Iran spoke.", publisher: "Wire A", published: "2018-03-03" });
    expect(graph.coverage).toEqual([
      { year: 2018, articles: 2, publishers: ["Wire A"] },
      { year: 2024, articles: 1, publishers: ["Wire B"] },
    ]);
  });
});

describe("the time evidence is about", () => {
  it("counts a passage under the period its sentence states, with its words and their place", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement in 2015." });
    const [e] = tie(graph, "military-cooperation--iran--syria").evidence;
    expect(e).toMatchObject({ year: 2015, published: "2018-08-28", time: { from: "2015", to: "2015", precision: "year", words: "in 2015" } });
    expect(e!.quote.slice(e!.time.start! - e!.start, e!.time.end! - e!.start)).toBe("in 2015");
  });

  it("counts a passage that states no period under its publication date", () => {
    const graph = compile({ body: "Iran and Syria signed a defense agreement." });
    expect(tie(graph, "military-cooperation--iran--syria").evidence[0]).toMatchObject({ year: 2018, time: { from: "2018-08-28", precision: "day", words: null } });
  });

  it("counts an open range ('since 2011') under the publication's year", () => {
    const graph = compile({ body: "Iran has backed Syria since 2011." });
    expect(tie(graph, "material-support--iran--syria").evidence[0]).toMatchObject({ year: 2018, time: { from: "2011", precision: "open" } });
  });

  it("carries the period a paragraph opens with to a later sentence of it that states none", () => {
    const graph = compile({ body: "In the 1980s the region was at war. Iran and Syria signed a defense agreement." });
    expect(tie(graph, "military-cooperation--iran--syria").evidence[0]).toMatchObject({ year: 1989, time: { precision: "decade", words: "the 1980s", start: null } });
  });
});

describe("one sentence, one passage", () => {
  it("counts a sentence an article repeats (a subtitle) once, even with other quotation marks and a word changed", () => {
    const graph = compile({
      body: `Although Assad is Iran's "most prominent ally" in the region, he backed Tehran last\n\nAlthough Assad is Iran’s “most prominent ally” in the region, he backed Tehran once more.`,
    });
    const alliance = tie(graph, "alliance--iran--syria");
    expect(alliance.evidence).toHaveLength(1);
    expect(alliance.evidence[0]!.start).toBe(0);
    expect(alliance.strength.total.quotes).toBe(1);
    expect(pair(graph, "pair--iran--syria")?.tone.map((t) => t.quotes)).toEqual([1]);
  });

  it("keeps two sentences of an article that share only some words, and the same sentence in two articles", () => {
    const piece = (articleId: string, start: number, quote: string) => ({ ...tie(compile({ body: "Iran and Syria signed a defense agreement." }), "military-cooperation--iran--syria").evidence[0]!, articleId, start, end: start + quote.length, quote });
    const same = "Iran and Syria signed a defense agreement in Damascus on Sunday.";
    const evidence = [
      piece("a", 0, same),
      piece("a", 100, "Iran and Syria signed a trade agreement in Tehran with Russia watching closely."),
      piece("b", 0, same),
    ];
    dropRepeatedPassages(evidence);
    expect(evidence.map((e) => `${e.articleId}@${e.start}`)).toEqual(["a@0", "a@100", "b@0"]);
  });
});

describe("a paragraph's period and a sentence that only says 'back then'", () => {
  it("dates 'back then' by the period the paragraph opened with", () => {
    const graph = compile({ body: "In the 1980s the region was at war. Back then Iran and Syria signed a defense agreement." });
    expect(tie(graph, "military-cooperation--iran--syria").evidence[0]).toMatchObject({ year: 1989, time: { precision: "decade", words: "the 1980s" } });
  });
});
