import { describe, expect, it } from "vitest";
import { syndicatedGraph as syndicated, WIRE } from "./passages.fixture";
import { copiesSentence, groupPassages, passageKey } from "./passages";

describe("syndicated passages", () => {
  it("count once in a tie's strength, with their articles and publishers", () => {
    const graph = syndicated();
    const tie = graph.ties.find((t) => t.evidence.some((e) => e.quote === WIRE))!;
    expect(tie.evidence.filter((e) => e.quote === WIRE).map((e) => e.articleId)).toEqual(["wire-a", "wire-b", "wire-c"]);
    const distinct = new Set(tie.evidence.map((e) => e.quote)).size;
    expect(tie.strength.total.quotes).toBe(distinct);
    expect(tie.evidence.length).toBe(distinct + 2);
    expect(tie.strength.total.articles).toBe(new Set(tie.evidence.map((e) => e.articleId)).size);
    expect(tie.strength.total.publishers).toBe(2);
  });

  it("group into one passage that says where the same words appear", () => {
    const graph = syndicated();
    const tie = graph.ties.find((t) => t.evidence.some((e) => e.quote === WIRE))!;
    const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));
    const wire = groupPassages(tie.evidence, publisherOf).find((g) => g.copies[0]!.quote === WIRE)!;
    expect(wire.copies.map((e) => e.articleId)).toEqual(["wire-a", "wire-b", "wire-c"]);
    expect(copiesSentence(wire)).toBe("the same words in 3 articles from 2 publishers");
    expect(copiesSentence({ articles: 1, publishers: ["Agence One"] })).toBeNull();
  });

  it("are the same words whatever quotation marks, dashes or spacing an outlet typed", () => {
    expect(passageKey("Iran’s  “pact” — signed")).toBe(passageKey("Iran's \"pact\" - signed"));
    expect(passageKey("Iran signed")).not.toBe(passageKey("iran signed"));
  });
});
