import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../test-fixture";
import { DEFAULT_VIEW } from "../view-state";
import { exportFileName, exportScope } from "./export-scope";
import { graphWithUnmentionedActor } from "./test-graphs";

describe("export scope", () => {
  it("honours the year and type filters, and says so in the file name", () => {
    const scope = exportScope(fixtureGraph(), { ...DEFAULT_VIEW, year: 2024, types: ["military-conflict"] });
    expect(scope.ties.map((t) => t.id)).toEqual(["military-conflict--israel--syria", "military-conflict--russia--syria"]);
    expect(scope.ties.every((t) => t.evidence.every((e) => e.year === 2024))).toBe(true);
    expect(scope.years).toEqual([2024]);
    expect(exportFileName(scope, "csv")).toBe("tiegraph_2024_types-military-conflict_core-actors.csv");
  });

  it("names an unfiltered export after all years", () => {
    expect(exportFileName(exportScope(fixtureGraph(), DEFAULT_VIEW), "gexf")).toBe("tiegraph_all-years_core-actors.gexf");
    expect(exportFileName(exportScope(fixtureGraph(), { ...DEFAULT_VIEW, compare: [2018, 2024], others: true }), "graphml")).toBe("tiegraph_2018-vs-2024_all-actors.graphml");
  });

  it("leaves out an actor no article names in the exported years", () => {
    const scope = exportScope(graphWithUnmentionedActor(), DEFAULT_VIEW);
    expect(scope.actors.map((a) => a.id)).not.toContain("nato");
    expect(scope.actors.map((a) => a.id)).toContain("hezbollah"); // named, though tied to no one
  });

  it("judges mentions by the exported years only", () => {
    const graph = fixtureGraph();
    graph.actors.find((a) => a.id === "hezbollah")!.mentionsByYear = { "2018": 3 };
    expect(exportScope(graph, { ...DEFAULT_VIEW, year: 2024 }).actors.map((a) => a.id)).not.toContain("hezbollah");
    expect(exportScope(graph, { ...DEFAULT_VIEW, compare: [2018, 2024] }).actors.map((a) => a.id)).toContain("hezbollah");
  });

  it("keeps an actor at the end of an exported tie even when no sentence names it", () => {
    const graph = fixtureGraph();
    Object.assign(graph.actors.find((a) => a.id === "israel")!, { mentionCount: 0, mentionsByYear: {} });
    expect(exportScope(graph, DEFAULT_VIEW).actors.map((a) => a.id)).toContain("israel");
  });

  it("keeps every actor of the view when asked, and says so in the file name", () => {
    const scope = exportScope(graphWithUnmentionedActor(), DEFAULT_VIEW, { keepUnmentioned: true });
    expect(scope.actors.map((a) => a.id)).toContain("nato");
    expect(exportFileName(scope, "gexf")).toBe("tiegraph_all-years_core-actors_with-unmentioned.gexf");
    expect(scope.description).toContain("with actors not mentioned");
  });
});
