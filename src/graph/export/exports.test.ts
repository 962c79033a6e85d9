import { DOMParser } from "@xmldom/xmldom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "../view-state";
import { GraphSchema, type Graph } from "../schema";
import { fixtureGraph } from "../test-fixture";
import { CSV_COLUMNS, writeEvidenceCsv } from "./evidence-csv";
import { exportFileName, exportScope } from "./export-scope";
import { writeGexf } from "./gexf";
import { scopeGraph, writeGraphJson } from "./graph-json";
import { writeGraphml } from "./graphml";

const ALL = { ...DEFAULT_VIEW, others: true };

/** Parses XML strictly: any well-formedness error or warning fails the test. */
function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(text, "text/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

function children(parent: Element | Document, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

/** A graph whose words need escaping in every format: quotes, commas, ampersands, angle brackets, line breaks. */
function awkwardGraph(): Graph {
  const graph = fixtureGraph();
  const article = graph.articles[0]!;
  article.title = 'Tehran & Damascus: "a pact", <signed>\nat last';
  article.publisher = "Al-Monitor, Washington";
  const evidence = graph.ties[0]!.evidence[0]!;
  evidence.quote = 'Iran said: "we stand, as ever, with Syria" & <mean it>\r\nsecond line';
  graph.actors[0]!.name = "Iran & <friends>";
  return graph;
}

describe("GEXF writer", () => {
  it("writes well-formed GEXF 1.3 with every tie as an edge carrying its evidence count", () => {
    const scope = exportScope(fixtureGraph(), ALL);
    const doc = parseXml(writeGexf(scope));
    const root = doc.documentElement;
    expect(root.getAttribute("xmlns")).toBe("http://gexf.net/1.3");
    expect(root.getAttribute("version")).toBe("1.3");
    const nodeIds = children(doc, "node").map((n) => n.getAttribute("id"));
    expect(nodeIds.sort()).toEqual(scope.actors.map((a) => a.id).sort());
    const edges = children(doc, "edge");
    expect(edges).toHaveLength(scope.ties.length);
    for (const tie of scope.ties) {
      const edge = edges.find((e) => e.getAttribute("id") === tie.id);
      expect(edge, tie.id).toBeDefined();
      expect(nodeIds).toContain(edge!.getAttribute("source"));
      expect(nodeIds).toContain(edge!.getAttribute("target"));
      expect(edge!.getAttribute("weight")).toBe(String(tie.evidence.length));
      const evidence = children(edge!, "attvalue").find((v) => v.getAttribute("for") === "evidence");
      expect(evidence?.getAttribute("value")).toBe(String(tie.evidence.length));
    }
  });

  it("declares the year as a dynamic attribute and gives each edge a spell per year of its evidence", () => {
    const doc = parseXml(writeGexf(exportScope(fixtureGraph(), ALL)));
    const graph = children(doc, "graph")[0]!;
    expect(graph.getAttribute("mode")).toBe("dynamic");
    expect(graph.getAttribute("timeformat")).toBe("integer");
    const dynamicEdgeAttrs = children(doc, "attributes").find((a) => a.getAttribute("class") === "edge" && a.getAttribute("mode") === "dynamic")!;
    expect(children(dynamicEdgeAttrs, "attribute").map((a) => a.getAttribute("id"))).toContain("year");
    const alliance = children(doc, "edge").find((e) => e.getAttribute("id") === "alliance--iran--syria")!;
    expect(children(alliance, "spell").map((s) => s.getAttribute("start"))).toEqual(["2018", "2024"]);
    const years = children(alliance, "attvalue").filter((v) => v.getAttribute("for") === "year");
    expect(years.map((v) => [v.getAttribute("value"), v.getAttribute("start"), v.getAttribute("end")])).toEqual([
      ["2018", "2018", "2018"],
      ["2024", "2024", "2024"],
    ]);
  });

  it("escapes names so the file stays well-formed, and keeps them readable after parsing", () => {
    const doc = parseXml(writeGexf(exportScope(awkwardGraph(), ALL)));
    expect(children(doc, "node").map((n) => n.getAttribute("label"))).toContain("Iran & <friends>");
  });
});

describe("GraphML writer", () => {
  it("writes well-formed GraphML with every actor, every tie and its evidence count", () => {
    const scope = exportScope(awkwardGraph(), ALL);
    const doc = parseXml(writeGraphml(scope));
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = new Set(children(doc, "key").map((k) => k.getAttribute("id")));
    for (const d of children(doc, "data")) expect(keys, `undeclared key ${d.getAttribute("key")}`).toContain(d.getAttribute("key"));
    const nodes = children(doc, "node");
    expect(nodes.map((n) => n.getAttribute("id")).sort()).toEqual(scope.actors.map((a) => a.id).sort());
    const nameOf = (n: Element) => children(n, "data").find((d) => d.getAttribute("key") === "n_name")?.textContent;
    expect(nodes.map(nameOf)).toContain("Iran & <friends>");
    const edges = children(doc, "edge");
    expect(edges).toHaveLength(scope.ties.length);
    for (const tie of scope.ties) {
      const edge = edges.find((e) => e.getAttribute("id") === tie.id)!;
      const value = (key: string) => children(edge, "data").find((d) => d.getAttribute("key") === key)?.textContent;
      expect(value("e_evidence")).toBe(String(tie.evidence.length));
      expect(value("e_type_id")).toBe(tie.type);
      expect(edge.getAttribute("directed")).toBe(String(tie.direction === "directed"));
    }
  });
});

describe("evidence CSV", () => {
  it("round-trips through a CSV parser: one row per piece of evidence, every awkward character intact", () => {
    const scope = exportScope(awkwardGraph(), ALL);
    const csv = writeEvidenceCsv(scope);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const evidence = scope.ties.flatMap((t) => t.evidence.map((e) => ({ t, e })));
    expect(parsed.data).toHaveLength(evidence.length);
    const byId = new Map(parsed.data.map((row) => [row["evidence id"], row]));
    for (const { t, e } of evidence) {
      const row = byId.get(e.id)!;
      const article = scope.graph.articles.find((a) => a.id === e.articleId)!;
      expect(row.quote).toBe(e.quote);
      expect(row.year).toBe(String(e.year));
      expect(row.publisher).toBe(article.publisher);
      expect(row.article).toBe(article.title);
      expect(row["tie id"]).toBe(t.id);
    }
    expect(byId.get(scope.ties[0]!.evidence[0]!.id)?.source).toBe("Iran & <friends>");
  });

  it("starts with a byte-order mark and ends rows with CRLF, as spreadsheets expect", () => {
    const csv = writeEvidenceCsv(exportScope(fixtureGraph(), ALL));
    expect(csv.startsWith("\uFEFFsource,target,type,quad class,year,publisher,article,quote")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("export scope", () => {
  it("honours the year and type filters, and says so in the file name", () => {
    const scope = exportScope(fixtureGraph(), { ...DEFAULT_VIEW, year: 2024, types: ["military-conflict"] });
    expect(scope.ties.map((t) => t.id)).toEqual(["military-conflict--israel--syria", "military-conflict--russia--syria"]);
    expect(scope.ties.every((t) => t.evidence.every((e) => e.year === 2024))).toBe(true);
    expect(exportFileName(scope, "csv")).toBe("tiegraph_2024_types-military-conflict_core-actors.csv");
  });

  it("names an unfiltered export after all years", () => {
    expect(exportFileName(exportScope(fixtureGraph(), DEFAULT_VIEW), "gexf")).toBe("tiegraph_all-years_core-actors.gexf");
    expect(exportFileName(exportScope(fixtureGraph(), { ...DEFAULT_VIEW, compare: [2018, 2024], others: true }), "graphml")).toBe("tiegraph_2018-vs-2024_all-actors.graphml");
  });

  it("writes graph JSON that the app's own schema accepts, with only the cited articles", () => {
    const scope = exportScope(fixtureGraph(), { ...DEFAULT_VIEW, year: 2018 });
    const graph = GraphSchema.parse(JSON.parse(writeGraphJson(scope)));
    expect(graph.ties).toHaveLength(scope.ties.length);
    expect(graph.articles.map((a) => a.id)).toEqual(["article-2018"]);
    expect(scopeGraph(scope).stats.evidence).toBe(scope.ties.reduce((s, t) => s + t.evidence.length, 0));
  });
});
