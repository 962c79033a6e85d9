import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../graph/test-fixture";
import { fold, searchActors, searchPairs } from "./search-actors";

const actors = fixtureGraph().actors;

describe("searchActors", () => {
  it("finds an actor by the start of its name, ignoring case", () => {
    expect(searchActors(actors, "IR").map((m) => m.actor.id)).toEqual(["iran"]);
  });

  it("finds an actor by an alias and says which alias matched", () => {
    const [hit] = searchActors(actors, "tehran");
    expect(hit?.actor.id).toBe("iran");
    expect(hit?.alias).toBe("Tehran");
  });

  it("matches the start of any word of a name", () => {
    expect(searchActors(actors, "states").map((m) => m.actor.id)).toEqual(["united-states"]);
    expect(searchActors(actors, "republic").map((m) => m.actor.id)).toEqual(["iran"]);
  });

  it("returns nothing for an empty query or no match", () => {
    expect(searchActors(actors, "  ")).toEqual([]);
    expect(searchActors(actors, "narnia")).toEqual([]);
  });

  it("ranks exact and prefix matches of names first", () => {
    expect(searchActors(actors, "s").map((m) => m.actor.id)[0]).toBe("syria");
  });
});

describe("fold", () => {
  it("drops accents and punctuation", () => {
    expect(fold("Al-Assad’s  Régime")).toBe("al assad s regime");
  });
});

describe("searchPairs", () => {
  const tied = (a: string, b: string) => ([a, b].sort().join("|") === "iran|syria" ? 5 : 0);
  it("finds the pair two names make, with or without a joiner, in the order typed", () => {
    for (const q of ["iran syria", "Iran-Syria", "Iran–Syria", "Tehran and Syria", "syria / iran"]) {
      expect(searchPairs(actors, q, tied).map((p) => [p.pairId, p.ties])).toEqual([["iran--syria", 5]]);
    }
    expect(searchPairs(actors, "syria iran", tied)[0]?.first.id).toBe("syria");
  });

  it("offers no pair for one name, or two actors never tied", () => {
    expect(searchPairs(actors, "iran", tied)).toEqual([]);
    expect(searchPairs(actors, "russia israel", tied)).toEqual([]);
  });
});
