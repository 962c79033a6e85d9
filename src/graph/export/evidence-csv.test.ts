import { assert, constantFrom, property, string } from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../test-fixture";
import { CSV_COLUMNS, csvCellText, guardCell, writeEvidenceCsv } from "./evidence-csv";
import { exportScope } from "./export-scope";
import { ALL, awkwardGraph } from "./test-graphs";

const parseCsv = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

/** Cells a spreadsheet would run as formulas, from OWASP's CSV-injection page and the usual payloads. */
const FORMULAS = ["=HYPERLINK(\"http://example.com\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "=cmd|' /C calc'!A0", "'=already quoted"];

describe("evidence CSV", () => {
  it("parses back with one row per piece of evidence and every awkward character where it was", () => {
    const scope = exportScope(awkwardGraph(), ALL);
    const parsed = parseCsv(writeEvidenceCsv(scope));
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
      expect(row.direction).toBe(t.direction);
      expect(row["date precision"]).toBe(article.precision);
    }
    expect(byId.get(scope.ties[0]!.evidence[0]!.id)?.source).toBe("Iran & <friends>");
  });

  it("carries who claims each quote, whether it is about an earlier period, and the tie's single-source and contested flags", () => {
    const graph = fixtureGraph();
    const [first, second] = graph.ties[0]!.evidence;
    first!.claimant = { kind: "actor", text: "Iran's defence minister", start: 0, end: 5, actorId: "iran" };
    first!.historical = { period: "the Iran–Iraq war" };
    second!.claimant = { kind: "unnamed", text: "officials", start: 0, end: 5, actorId: null };
    const threat = graph.ties.find((t) => t.id === "threat--iran--israel")!;
    const rows = parseCsv(writeEvidenceCsv(exportScope(graph, ALL))).data;
    expect(rows.find((r) => r["evidence id"] === first!.id)).toMatchObject({
      "claimant kind": "actor",
      claimant: "Iran's defence minister",
      "claimant actor": "Iran",
      historical: "true",
      "historical period": "the Iran–Iraq war",
      "single source": "false",
      contested: "false",
      "quote direction": "mutual",
    });
    expect(rows.find((r) => r["evidence id"] === second!.id)).toMatchObject({ "claimant kind": "unnamed", claimant: "officials", "claimant actor": "", historical: "false", "historical period": "" });
    expect(rows.find((r) => r["evidence id"] === threat.evidence[0]!.id)).toMatchObject({
      "claimant kind": "publisher",
      claimant: "",
      direction: "directed",
      "quote direction": "Israel → Iran",
      "single source": "true",
    });
  });

  it("writes a cell that would start a formula with an apostrophe in front, so spreadsheets show it as text", () => {
    const graph = fixtureGraph();
    const evidence = graph.ties[0]!.evidence;
    graph.articles[0]!.publisher = "-Minus Press";
    graph.actors[0]!.name = "@Iran";
    FORMULAS.slice(0, evidence.length).forEach((f, i) => (evidence[i]!.quote = f));
    const rows = parseCsv(writeEvidenceCsv(exportScope(graph, ALL))).data;
    const row = rows.find((r) => r["evidence id"] === evidence[0]!.id)!;
    expect(row.quote).toBe(`'${FORMULAS[0]}`);
    expect(row.source).toBe("'@Iran");
    expect(rows.find((r) => r.year === "2018")!.publisher).toBe("'-Minus Press");
    for (const r of rows) {
      for (const column of CSV_COLUMNS) expect(r[column], `${column}: ${r[column]}`).not.toMatch(/^[=+\-@\t\r\0]/);
    }
  });

  it("never prefixes a number: counts and years stay numbers", () => {
    const rows = parseCsv(writeEvidenceCsv(exportScope(fixtureGraph(), ALL))).data;
    expect(rows.every((r) => /^\d{4}$/.test(r.year!))).toBe(true);
  });

  it("gives the exact text of any cell back through csvCellText", () => {
    for (const f of FORMULAS) expect(csvCellText(guardCell(f))).toBe(f);
    assert(
      property(string({ unit: "grapheme-composite" }), constantFrom("", "=", "+", "-", "@", "\t", "\r", "'", "''=", "'-"), (text, start) => {
        const cell = guardCell(start + text);
        expect(cell).not.toMatch(/^[=+\-@\t\r\0]/);
        expect(csvCellText(cell)).toBe(start + text);
      }),
    );
  });

  it("starts with a byte-order mark and ends rows with CRLF, as spreadsheets expect", () => {
    const csv = writeEvidenceCsv(exportScope(fixtureGraph(), ALL));
    expect(csv.startsWith("\uFEFFsource,target,type,quad class,year,publisher,article,quote")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
