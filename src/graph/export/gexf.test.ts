import Graphology from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { FIXTURE_TIES, fixtureGraph } from "../test-fixture";
import { DEFAULT_VIEW } from "../view-state";
import { exportScope } from "./export-scope";
import { writeGexf } from "./gexf";
import { ALL, awkwardGraph, children, parseXml } from "./test-graphs";

/** Reads the file as Gephi Lite, Retina and sigma.js do: graphology-gexf with its default options. */
const read = (text: string) => parse(Graphology, text);

describe("GEXF writer, read back by graphology-gexf", () => {
  it("opens with every actor and every tie, mutual ties undirected and directed ties one-way", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const graph = read(writeGexf(scope));
    expect(graph.type).toBe("mixed");
    expect(graph.nodes().sort()).toEqual(scope.actors.map((a) => a.id).sort());
    expect(graph.edges().sort()).toEqual(scope.ties.map((t) => t.id).sort());
    for (const tie of scope.ties) {
      expect(graph.isUndirected(tie.id), tie.id).toBe(tie.direction === "mutual");
      expect(graph.extremities(tie.id).sort()).toEqual([tie.source, tie.target].sort());
      if (tie.direction === "directed") expect(graph.source(tie.id)).toBe(tie.source);
      expect(graph.getEdgeAttribute(tie.id, "direction")).toBe(tie.direction);
      expect(graph.getEdgeAttribute(tie.id, "quotes")).toBe(tie.evidence.length);
      expect(graph.getEdgeAttribute(tie.id, "weight")).toBe(tie.evidence.length);
    }
  });

  it("carries every attribute an analyst filters on, typed", () => {
    const graph = read(writeGexf(exportScope(fixtureGraph(), ALL)));
    expect(graph.getNodeAttributes("iran")).toMatchObject({ label: "Iran", kind: "state", core: true, mentions: 10, mentions_2018: 6, mentions_2024: 4 });
    expect(graph.getNodeAttributes("turkey")).toMatchObject({ label: "Turkey", core: false });
    expect(graph.getNodeAttribute("hezbollah", "kind")).toBe("non-state armed group");
    expect(graph.getNodeAttribute("iran", "color")).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
    expect(graph.getNodeAttribute("iran", "size")).toBeGreaterThan(graph.getNodeAttribute("turkey", "size"));
    expect(graph.getEdgeAttributes("military-cooperation--iran--syria")).toMatchObject({
      relation_type: "Military cooperation",
      relation_type_id: "military-cooperation",
      quad_class: "Material cooperation",
      direction: "mutual",
      quotes: 2,
      articles: 1,
      publishers: 1,
      publisher_names: "Fixture Press",
      single_source: true,
      contested: false,
      years: "2018",
      quotes_by_year: "2018: 2",
      quotes_2018: 2,
      // The pair's tone over all its types: one alliance quote (+3) and two of military cooperation (+7).
      tone_2018: 5.7,
      tone_2024: 3,
      tone_by_year: "2018: 5.7; 2024: 3",
    });
    expect(graph.getEdgeAttributes("alliance--iran--syria")).toMatchObject({ quotes: 2, quotes_2018: 1, quotes_2024: 1, articles: 2, single_source: false });
  });

  it("marks the ties of a pair whose passages disagree in the exported years as contested", () => {
    const contested = fixtureGraph([...FIXTURE_TIES, { source: "israel", target: "syria", type: "alliance", years: [2024] }]);
    const all = read(writeGexf(exportScope(contested, ALL)));
    expect(all.getEdgeAttribute("military-conflict--israel--syria", "contested")).toBe(true);
    expect(all.getEdgeAttribute("alliance--israel--syria", "contested")).toBe(true);
    expect(all.getEdgeAttribute("alliance--iran--syria", "contested")).toBe(false);
    const only2018 = exportScope(contested, { ...ALL, year: 2018 });
    expect(read(writeGexf(only2018)).getEdgeAttribute("threat--iran--israel", "contested")).toBe(false);
  });

  it("writes a graph whose ties are all mutual as undirected, and one whose ties are all directed as directed", () => {
    expect(read(writeGexf(exportScope(fixtureGraph(), { ...ALL, types: ["alliance"] }))).type).toBe("undirected");
    expect(read(writeGexf(exportScope(fixtureGraph(), { ...ALL, types: ["threat"] }))).type).toBe("directed");
  });

  it("keeps names with ampersands, angle brackets and quotes readable", () => {
    expect(read(writeGexf(exportScope(awkwardGraph(), ALL))).getNodeAttribute("iran", "label")).toBe("Iran & <friends>");
  });
});

describe("GEXF writer, by Gephi's conventions", () => {
  it("writes GEXF 1.3 with mutual ties as mutual edges, one attribute block per class and parallel edges told apart by kind", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const doc = parseXml(writeGexf(scope));
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://gexf.net/1.3");
    expect(doc.documentElement.getAttribute("version")).toBe("1.3");
    expect(children(doc, "graph")[0]!.getAttribute("defaultedgetype")).toBe("directed");
    expect(children(doc, "attributes").map((a) => a.getAttribute("class"))).toEqual(["node", "edge"]);
    const edges = children(doc, "edge");
    // graphology-gexf types its graph after the first edge, and has no graph of type 'mutual'.
    expect(edges[0]!.getAttribute("type")).toBeNull();
    for (const tie of scope.ties) {
      const edge = edges.find((e) => e.getAttribute("id") === tie.id)!;
      expect(edge.getAttribute("type")).toBe(tie.direction === "mutual" ? "mutual" : null);
      expect(edge.getAttribute("kind")).toBe(tie.type);
    }
  });

  it("gives each edge a spell per year of its quotes and each node one per year it is named or tied, with viz colour and size", () => {
    const doc = parseXml(writeGexf(exportScope(fixtureGraph(), ALL)));
    const graph = children(doc, "graph")[0]!;
    expect(graph.getAttribute("mode")).toBe("dynamic");
    expect(graph.getAttribute("timeformat")).toBe("integer");
    const spells = (el: Element) => children(el, "spell").map((s) => [s.getAttribute("start"), s.getAttribute("end")]);
    const alliance = children(doc, "edge").find((e) => e.getAttribute("id") === "alliance--iran--syria")!;
    expect(spells(alliance)).toEqual([["2018", "2018"], ["2024", "2024"]]);
    expect(children(alliance, "viz:thickness")).toHaveLength(1);
    const iran = children(doc, "node").find((n) => n.getAttribute("id") === "iran")!;
    expect(spells(iran)).toEqual([["2018", "2018"], ["2024", "2024"]]);
    expect(children(iran, "viz:color")).toHaveLength(1);
    expect(children(iran, "viz:size")[0]!.getAttribute("value")).toMatch(/^\d+(\.\d)?$/);
  });

  it("holds only the exported year: no spell, quote count or tone of another year", () => {
    const text = writeGexf(exportScope(fixtureGraph(), { ...DEFAULT_VIEW, year: 2018 }));
    expect(text).not.toMatch(/2024/);
    const graph = read(text);
    expect(graph.getEdgeAttributes("alliance--iran--syria")).toMatchObject({ quotes: 1, quotes_2018: 1, years: "2018", tone_by_year: "2018: 5.7" });
  });
});

describe("GEXF 1.2 for readers that predate 1.3", () => {
  it("writes the same graph in the 1.2 namespace, without the 1.3-only kind and time representation", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const text = writeGexf(scope, "1.2");
    const doc = parseXml(text);
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://www.gexf.net/1.2draft");
    expect(doc.documentElement.getAttribute("version")).toBe("1.2");
    expect(children(doc, "edge").some((e) => e.hasAttribute("kind"))).toBe(false);
    expect(children(doc, "graph")[0]!.hasAttribute("timerepresentation")).toBe(false);
    const graph = read(text);
    expect(graph.edges().sort()).toEqual(scope.ties.map((t) => t.id).sort());
    expect(graph.filterEdges((e) => graph.isUndirected(e)).sort()).toEqual(scope.ties.filter((t) => t.direction === "mutual").map((t) => t.id).sort());
  });
});
