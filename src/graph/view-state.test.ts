import { describe, expect, it } from "vitest";
import { fixtureGraph } from "./test-fixture";
import { DEFAULT_VIEW, cleanViewState, parseViewState, toLocation, type ViewState } from "./view-state";

const graph = fixtureGraph();

function roundTrip(state: ViewState): ViewState {
  const location = toLocation(state);
  const [path = "/", query = ""] = location.split("?");
  return parseViewState(path, query ? `?${query}` : "");
}

describe("URL round trip", () => {
  const cases: [string, ViewState][] = [
    ["the overview", DEFAULT_VIEW],
    ["a selected actor in a year", { ...DEFAULT_VIEW, actorId: "iran", year: 2018 }],
    ["a selected tie while comparing", { ...DEFAULT_VIEW, tieId: "alliance--iran--syria", compare: [2018, 2024] }],
    ["filters and toggles", { ...DEFAULT_VIEW, types: ["alliance", "threat"], quads: ["verbal-conflict"], others: true, coMentions: true }],
    ["the reader", { ...DEFAULT_VIEW, view: "reader", articleId: "article-2018", evidenceId: "e1", tieId: "alliance--iran--syria" }],
    ["the table", { ...DEFAULT_VIEW, view: "table", actorId: "syria" }],
    ["the sources", { ...DEFAULT_VIEW, view: "sources" }],
    ["a pair in a year", { ...DEFAULT_VIEW, pairId: "iran--syria", year: 2018 }],
    ["the table of a pair", { ...DEFAULT_VIEW, view: "table", pairId: "iran--syria" }],
    ["a tie's evidence by claimant, publisher's voice only", { ...DEFAULT_VIEW, tieId: "alliance--iran--syria", evidenceOrder: "claimant", publisherVoiceOnly: true }],
  ];
  it.each(cases)("gives back %s", (_name, state) => {
    expect(roundTrip(state)).toEqual(state);
  });

  it("reads a deep link to an actor in a year", () => {
    expect(parseViewState("/actor/iran", "?year=2018")).toEqual({ ...DEFAULT_VIEW, actorId: "iran", year: 2018 });
  });

  it("orders compared years, earliest first", () => {
    expect(parseViewState("/", "?compare=2024,2018").compare).toEqual([2018, 2024]);
  });

  it("reads the evidence order and voice, and keeps them out of the URL when default", () => {
    expect(parseViewState("/tie/x", "?order=publisher&voice=publisher")).toMatchObject({ evidenceOrder: "publisher", publisherVoiceOnly: true });
    expect(toLocation({ ...DEFAULT_VIEW, tieId: "x" })).toBe("/tie/x");
  });

  it("ignores junk instead of throwing", () => {
    expect(parseViewState("/", "?year=abc&compare=2018&order=random&voice=x")).toEqual(DEFAULT_VIEW);
    expect(parseViewState("/actor/%E0%A4%A", "").actorId).toBe("");
  });
});

describe("pairs", () => {
  it("reads a pair in either order as the same pair", () => {
    expect(parseViewState("/pair/syria--iran", "").pairId).toBe("iran--syria");
    expect(toLocation({ ...DEFAULT_VIEW, pairId: "iran--syria" })).toBe("/pair/iran--syria");
  });

  it("reports a pair of an unknown actor, or of one actor with itself, as not found", () => {
    expect(cleanViewState(parseViewState("/pair/iran--narnia", ""), graph)).toMatchObject({ state: { pairId: null }, notFound: ["pair 'iran--narnia'"] });
    expect(cleanViewState(parseViewState("/pair/iran--iran", ""), graph).notFound).toEqual(["that pair"]);
  });
});

describe("cleanViewState", () => {
  it("reports an unknown actor as not found and drops it", () => {
    const { state, notFound } = cleanViewState(parseViewState("/actor/narnia", ""), graph);
    expect(state.actorId).toBeNull();
    expect(notFound).toEqual(["actor 'narnia'"]);
  });

  it("keeps a year the corpus has no articles from, so the views can say 'no coverage'", () => {
    const { state, notFound } = cleanViewState(parseViewState("/", "?year=1999"), graph);
    expect(state.year).toBe(1999);
    expect(notFound).toEqual([]);
    expect(cleanViewState(parseViewState("/", "?compare=2018,2020"), graph).state.compare).toEqual([2018, 2020]);
  });

  it("reports an unknown tie and unknown relation types", () => {
    const { notFound } = cleanViewState(parseViewState("/tie/nope", "?types=alliance,bogus"), graph);
    expect(notFound).toEqual(["tie 'nope'", "relation type 'bogus'"]);
  });

  it("keeps a valid view as it is", () => {
    const state = parseViewState("/actor/iran", "?compare=2018,2024");
    expect(cleanViewState(state, graph)).toEqual({ state, notFound: [] });
  });
});

describe("earlier periods and the compare threshold in the URL", () => {
  it("reads and writes earlier=exclude|only and min=<n>", () => {
    const s = parseViewState("/", "?earlier=only");
    expect(s.earlier).toBe("only");
    expect(toLocation(s)).toBe("/?earlier=only");
    const c = parseViewState("/", "?compare=2018,2024&min=3");
    expect(c.minArticles).toBe(3);
    expect(toLocation(c)).toBe("/?compare=2018,2024&min=3");
  });
  it("ignores junk and keeps the defaults out of the URL", () => {
    const s = parseViewState("/", "?earlier=maybe&min=0&compare=2018,2024");
    expect(s.earlier).toBe("include");
    expect(s.minArticles).toBe(2);
    expect(toLocation(s)).toBe("/?compare=2018,2024");
  });
});

describe("the Review view's URL", () => {
  it("round-trips its queue, filters, item and the compiler's reading", () => {
    const location = "/review?queue=stated&article=a-1&pair=iran--syria&item=ev-0123456789ab&types=alliance&year=2018&reading=compiler";
    const [path, search] = location.split("?");
    const state = parseViewState(path!, `?${search}`);
    expect(state).toMatchObject({ view: "review", reviewQueue: "stated", articleId: "a-1", pairId: "iran--syria", evidenceId: "ev-0123456789ab", types: ["alliance"], year: 2018, compilerOnly: true });
    const again = toLocation(state);
    const [p2, s2] = again.split("?");
    expect(parseViewState(p2!, `?${s2}`)).toEqual(state);
  });
});
