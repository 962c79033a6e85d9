import { describe, expect, it } from "vitest";
import type { NounGroup, VerbGroup } from "./chunks";
import { analyse } from "./test-sentence";

const groups = (text: string) => {
  const { chunks, show } = analyse(text);
  return {
    nouns: chunks.filter((c): c is NounGroup => c.kind === "NG").map((c) => ({ words: show(c), actors: c.actors.map((a) => `${a.actorId}:${a.role}`) })),
    verbs: chunks.filter((c): c is VerbGroup => c.kind === "VG").map((c) => ({ words: show(c), lemma: c.lemma, passive: c.passive, negated: c.negated, modal: c.modal })),
  };
};

describe("chunks", () => {
  it("groups a possessor, modifiers and a head, and says how each actor is named", () => {
    expect(groups("Assad's Russian allies arrived.").nouns[0]).toEqual({ words: "Assad's Russian allies", actors: ["syria:possessor", "russia:modifier"] });
    expect(groups("Tehran-backed forces advanced.").nouns[0]).toEqual({ words: "Tehran-backed forces", actors: ["iran:glued"] });
    expect(groups("Hezbollah fired.").nouns[0]).toEqual({ words: "Hezbollah", actors: ["hezbollah:head"] });
    expect(groups("the most prominent allies of Iran").nouns[0]?.words).toBe("the most prominent allies");
  });
  it("reads a verb group's voice, negation and modality", () => {
    expect(groups("Hezbollah is backed by Iran.").verbs[0]).toMatchObject({ lemma: "back", passive: true, negated: false });
    expect(groups("Russia has not been able to help.").verbs[0]).toMatchObject({ negated: true });
    expect(groups("Moscow didn’t back the offensive.").verbs[0]).toMatchObject({ lemma: "back", negated: true });
    expect(groups("Israel could strike Iran.").verbs[0]).toMatchObject({ lemma: "strike", modal: "could" });
  });
  it("keeps an infinitive and a second verb as groups of their own", () => {
    expect(groups("Qatar continued to mediate.").verbs.map((v) => v.words)).toEqual(["continued", "to mediate"]);
    expect(groups("Tehran denied supplying drones.").verbs.map((v) => v.lemma)).toEqual(["deny", "supply"]);
  });
  it("keeps a participle between a determiner and a noun inside the group", () => {
    expect(groups("the occupied Palestinian territories").verbs).toEqual([]);
  });
});
