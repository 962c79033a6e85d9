import Graphology from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../test-fixture";
import { exportScope } from "./export-scope";
import { writeGraphml } from "./graphml";
import { ALL, awkwardGraph, children, parseXml } from "./test-graphs";

/** Reads the file as sigma.js apps do: graphology-graphml with its default options. */
const read = (text: string) => parse(Graphology, text);

describe("GraphML writer, read back by graphology-graphml", () => {
  it("opens as a directed graph with every actor and every tie, each edge from its tie's source to its target", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const graph = read(writeGraphml(scope));
    expect(graph.type).toBe("directed");
    expect(graph.nodes().sort()).toEqual(scope.actors.map((a) => a.id).sort());
    expect(graph.edges().sort()).toEqual(scope.ties.map((t) => t.id).sort());
    for (const tie of scope.ties) {
      expect([graph.source(tie.id), graph.target(tie.id)]).toEqual([tie.source, tie.target]);
    }
  });

  it("keeps mutual ties mutual in their direction attribute", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const graph = read(writeGraphml(scope));
    const mutual = scope.ties.filter((t) => t.direction === "mutual").map((t) => t.id).sort();
    expect(mutual.length).toBeGreaterThan(0);
    expect(graph.filterEdges((_, a) => a.direction === "mutual").sort()).toEqual(mutual);
    expect(graph.filterEdges((_, a) => a.direction === "directed").length).toBe(scope.ties.length - mutual.length);
  });

  it("carries every attribute an analyst filters on, typed, under the same names as the GEXF", () => {
    const graph = read(writeGraphml(exportScope(fixtureGraph(), ALL)));
    expect(graph.getNodeAttributes("iran")).toEqual({ label: "Iran", kind: "state", core: true, color: expect.stringMatching(/^#[0-9a-f]{6}$/), mentions: 10, mentions_2018: 6, mentions_2024: 4 });
    expect(graph.getNodeAttribute("turkey", "core")).toBe(false);
    expect(graph.getEdgeAttributes("alliance--iran--syria")).toEqual({
      tie_id: "alliance--iran--syria",
      relation_type: "Alliance",
      relation_type_id: "alliance",
      quad_class: "Verbal cooperation",
      direction: "mutual",
      quotes: 2,
      articles: 2,
      publishers: 1,
      publisher_names: "Fixture Press",
      single_source: false,
      contested: false,
      years: "2018 2024",
      quotes_by_year: "2018: 1; 2024: 1",
      tone_by_year: "2018: 5.7; 2024: 3",
      quotes_2018: 1,
      quotes_2024: 1,
      tone_2018: 5.7,
      tone_2024: 3,
    });
  });

  it("declares every key it uses and keeps awkward names readable", () => {
    const text = writeGraphml(exportScope(awkwardGraph(), ALL));
    const doc = parseXml(text);
    const keys = new Set(children(doc, "key").map((k) => k.getAttribute("id")));
    for (const d of children(doc, "data")) expect(keys, `undeclared key ${d.getAttribute("key")}`).toContain(d.getAttribute("key"));
    expect(children(doc, "edge").every((e) => e.getAttribute("directed") === null)).toBe(true);
    expect(read(text).getNodeAttribute("iran", "label")).toBe("Iran & <friends>");
  });
});
