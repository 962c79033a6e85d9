/**
 * GraphML (http://graphml.graphdrawing.org), read by yEd, Cytoscape, NetworkX, igraph and Gephi:
 * actors as nodes, ties as edges (mutual ties undirected), each with its type, quad class, years
 * and evidence count. Pure.
 */
import { QUAD_CLASS_LABELS } from "../vocabulary";
import type { QuadClass } from "../schema";
import { xmlEscape as x, type ExportScope } from "./export-scope";

const KEYS: [id: string, target: "node" | "edge", name: string, type: "string" | "boolean" | "int"][] = [
  ["n_name", "node", "name", "string"],
  ["n_kind", "node", "kind", "string"],
  ["n_core", "node", "core", "boolean"],
  ["n_color", "node", "color", "string"],
  ["n_mentions", "node", "mentions", "int"],
  ["e_type", "edge", "relation type", "string"],
  ["e_type_id", "edge", "relation type id", "string"],
  ["e_quad", "edge", "quad class", "string"],
  ["e_direction", "edge", "direction", "string"],
  ["e_years", "edge", "years", "string"],
  ["e_evidence", "edge", "evidence", "int"],
];

/** The scope as a GraphML document (UTF-8 text). */
export function writeGraphml(scope: ExportScope): string {
  const typeLabel = new Map(scope.graph.relationTypes.map((t) => [t.id, t.label]));
  const data = (key: string, value: string | number | boolean) => `      <data key="${key}">${x(String(value))}</data>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- Tiegraph: ${x(scope.description).replace(/--/g, "- -")} -->`,
    ...KEYS.map(([id, target, name, type]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="tiegraph" edgedefault="directed">',
  ];
  for (const a of scope.actors) {
    out.push(`    <node id="${x(a.id)}">`, data("n_name", a.name), data("n_kind", a.kind), data("n_core", a.core), data("n_color", a.color), data("n_mentions", a.mentionCount), "    </node>");
  }
  for (const t of scope.ties) {
    out.push(
      `    <edge id="${x(t.id)}" source="${x(t.source)}" target="${x(t.target)}" directed="${t.direction === "directed"}">`,
      data("e_type", typeLabel.get(t.type) ?? t.type),
      data("e_type_id", t.type),
      data("e_quad", QUAD_CLASS_LABELS[t.quadClass as QuadClass]),
      data("e_direction", t.direction),
      data("e_years", t.years.join(" ")),
      data("e_evidence", t.evidence.length),
      "    </edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
