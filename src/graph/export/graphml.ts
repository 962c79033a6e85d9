/**
 * GraphML (http://graphml.graphdrawing.org), read by networkx, igraph, graphology, yEd, Cytoscape and
 * Gephi: actors as nodes, ties as edges with every attribute an analyst filters on.
 *
 * The graph is directed and every edge follows its tie's source and target; a mutual tie says so in
 * its `direction` attribute. GraphML allows a mixed graph (`directed="false"` on an edge), but the
 * readers do not take it: networkx refuses the file, graphology-graphml reads such an edge as directed
 * and igraph has no mixed graphs. Attribute names are the same as in the GEXF export. Pure.
 */
import type { Tie } from "../schema";
import { xmlEscape as x, type ExportScope } from "./export-scope";
import { actorFacts, byYearText, scopeYears, tieFactsOf } from "./tie-facts";

type KeyType = "string" | "boolean" | "int" | "double";

/** The scope as a GraphML document (UTF-8 text). */
export function writeGraphml(scope: ExportScope): string {
  const factsOf = tieFactsOf(scope);
  const years = scopeYears(scope, factsOf);
  const nodeKeys: [string, KeyType][] = [
    ["label", "string"],
    ["kind", "string"],
    ["core", "boolean"],
    ["color", "string"],
    ["mentions", "int"],
    ...years.map((y): [string, KeyType] => [`mentions_${y}`, "int"]),
  ];
  const edgeKeys: [string, KeyType][] = [
    ["tie_id", "string"],
    ["relation_type", "string"],
    ["relation_type_id", "string"],
    ["quad_class", "string"],
    ["direction", "string"],
    ["quotes", "int"],
    ["articles", "int"],
    ["publishers", "int"],
    ["publisher_names", "string"],
    ["single_source", "boolean"],
    ["contested", "boolean"],
    ["years", "string"],
    ["quotes_by_year", "string"],
    ["tone_by_year", "string"],
    ...years.map((y): [string, KeyType] => [`quotes_${y}`, "int"]),
    ...years.map((y): [string, KeyType] => [`tone_${y}`, "double"]),
  ];
  const key = (target: "node" | "edge") => ([id, type]: [string, KeyType]) => `  <key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>`;
  const data = (k: string, value: string | number | boolean) => `      <data key="${k}">${x(String(value))}</data>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- Tiegraph: ${x(scope.description).replace(/--/g, "- -")} -->`,
    ...nodeKeys.map(key("node")),
    ...edgeKeys.map(key("edge")),
    '  <graph id="tiegraph" edgedefault="directed">',
  ];
  for (const a of scope.actors) {
    const facts = actorFacts(scope, a);
    out.push(
      `    <node id="${x(a.id)}">`,
      data("label", a.name),
      data("kind", a.kind),
      data("core", a.core),
      data("color", a.color),
      data("mentions", facts.mentions),
      ...facts.mentionsByYear.map(([y, n]) => data(`mentions_${y}`, n)),
      "    </node>",
    );
  }
  for (const t of scope.ties) out.push(...edge(t));
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");

  function edge(t: Tie): string[] {
    const f = factsOf(t);
    return [
      `    <edge id="${x(t.id)}" source="${x(t.source)}" target="${x(t.target)}">`,
      data("tie_id", t.id),
      data("relation_type", f.typeLabel),
      data("relation_type_id", t.type),
      data("quad_class", f.quadClassLabel),
      data("direction", t.direction),
      data("quotes", f.quotes),
      data("articles", f.articles),
      data("publishers", f.publishers.length),
      data("publisher_names", f.publishers.join("; ")),
      data("single_source", f.singleSource),
      data("contested", f.contested),
      data("years", f.quotesByYear.map(([y]) => y).join(" ")),
      data("quotes_by_year", byYearText(f.quotesByYear)),
      data("tone_by_year", byYearText(f.toneByYear)),
      ...f.quotesByYear.map(([y, n]) => data(`quotes_${y}`, n)),
      ...f.toneByYear.map(([y, s]) => data(`tone_${y}`, s)),
      "    </edge>",
    ];
  }
}
