import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "./view-state";
import { findEvidence, findLink, inReadingOrder, linkInView, tiesByArticle } from "./evidence-lookup";
import { sampleGraph } from "./sample-graph.fixture";

const graph = sampleGraph();

describe("evidence lookup", () => {
  it("finds ties and co-mentions by id", () => {
    expect(findLink(graph, "co--iran--russia")?.evidence).toHaveLength(1);
    expect(findLink(graph, "threat--israel--syria")?.source).toBe("israel");
    expect(findLink(graph, "nope")).toBeUndefined();
  });

  it("finds a piece of evidence and the link it supports", () => {
    expect(findEvidence(graph, "ev-a2")?.link.id).toBe("military-cooperation--iran--syria");
    expect(findEvidence(graph, "ev-a3")?.link.id).toBe("co--iran--russia");
  });

  it("orders evidence by date, article and position", () => {
    const tie = findLink(graph, "military-cooperation--iran--syria")!;
    expect(inReadingOrder(tie.evidence!).map((e) => e.id)).toEqual(["ev-b1", "ev-a1", "ev-a2"]);
  });

  it("trims a link to the view's year, and falls back to the whole link when the view hides it", () => {
    expect(linkInView(graph, { ...DEFAULT_VIEW, year: 2018 }, "military-cooperation--iran--syria")).toMatchObject({ inView: true });
    const hidden = linkInView(graph, { ...DEFAULT_VIEW, year: 2024 }, "military-cooperation--iran--syria");
    expect(hidden?.inView).toBe(false);
    expect(hidden?.link.evidence).toHaveLength(3);
  });

  it("counts the ties and types each article supports", () => {
    const summary = tiesByArticle(graph);
    expect(summary.get("b-pact")).toEqual({ ties: 2, types: ["military-cooperation", "threat"] });
    expect(summary.get("c-reminders")?.types).toEqual(["alliance"]);
  });
});
