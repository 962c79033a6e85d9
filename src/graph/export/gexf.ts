/**
 * GEXF 1.3 (https://gexf.net), the format Gephi opens: actors as nodes, ties as edges (one per
 * relation type, so parallel edges carry `kind`), with the year as a dynamic attribute: each edge
 * exists in the years of its evidence (spells) and holds its evidence count per year. Pure.
 */
import { QUAD_CLASS_LABELS } from "../vocabulary";
import type { QuadClass } from "../schema";
import { evidenceByYear, hexToRgb, xmlEscape as x, type ExportScope } from "./export-scope";

/** The scope as a GEXF 1.3 document (UTF-8 text). */
export function writeGexf(scope: ExportScope): string {
  const typeLabel = new Map(scope.graph.relationTypes.map((t) => [t.id, t.label]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    "    <creator>Tiegraph</creator>",
    `    <description>${x(`Ties between actors in the news, with their evidence (${scope.description})`)}</description>`,
    "  </meta>",
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" timerepresentation="interval">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="core" title="core" type="boolean"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    "    </attributes>",
    '    <attributes class="node" mode="dynamic">',
    '      <attribute id="mentions_in_year" title="mentions in year" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge" mode="static">',
    '      <attribute id="type" title="relation type" type="string"/>',
    '      <attribute id="quad_class" title="quad class" type="string"/>',
    '      <attribute id="direction" title="direction" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge" mode="dynamic">',
    '      <attribute id="year" title="year" type="integer"/>',
    '      <attribute id="evidence_in_year" title="evidence in year" type="integer"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  for (const a of scope.actors) {
    const { r, g, b } = hexToRgb(a.color);
    const years = Object.entries(a.mentionsByYear).sort(([p], [q]) => p.localeCompare(q));
    out.push(`      <node id="${x(a.id)}" label="${x(a.name)}">`, "        <attvalues>");
    out.push(`          <attvalue for="kind" value="${x(a.kind)}"/>`, `          <attvalue for="core" value="${a.core}"/>`, `          <attvalue for="mentions" value="${a.mentionCount}"/>`);
    for (const [year, n] of years) out.push(`          <attvalue for="mentions_in_year" value="${n}" start="${year}" end="${year}"/>`);
    out.push("        </attvalues>", `        <viz:color r="${r}" g="${g}" b="${b}"/>`, "      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const t of scope.ties) {
    const label = typeLabel.get(t.type) ?? t.type;
    const byYear = evidenceByYear(t);
    out.push(
      `      <edge id="${x(t.id)}" source="${x(t.source)}" target="${x(t.target)}" type="${t.direction === "mutual" ? "undirected" : "directed"}" kind="${x(t.type)}" label="${x(label)}" weight="${t.evidence.length}">`,
      "        <attvalues>",
      `          <attvalue for="type" value="${x(label)}"/>`,
      `          <attvalue for="quad_class" value="${x(QUAD_CLASS_LABELS[t.quadClass as QuadClass])}"/>`,
      `          <attvalue for="direction" value="${t.direction}"/>`,
      `          <attvalue for="evidence" value="${t.evidence.length}"/>`,
    );
    for (const [year, n] of byYear) {
      out.push(`          <attvalue for="year" value="${year}" start="${year}" end="${year}"/>`, `          <attvalue for="evidence_in_year" value="${n}" start="${year}" end="${year}"/>`);
    }
    out.push("        </attvalues>", "        <spells>");
    for (const [year] of byYear) out.push(`          <spell start="${year}" end="${year}"/>`);
    out.push("        </spells>", "      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
