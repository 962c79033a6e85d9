/**
 * GraphML (http://graphml.graphdrawing.org), read by networkx, igraph, graphology, yEd, Cytoscape and
 * Gephi: actors as nodes, ties as edges with every attribute an analyst filters on.
 *
 * The graph is directed and every edge follows its tie's source and target; a mutual tie says so in
 * its `direction` attribute. GraphML allows a mixed graph (`directed="false"` on an edge), but the
 * readers do not take it: networkx refuses the file, graphology-graphml reads such an edge as directed
 * and igraph has no mixed graphs. Attribute names are the same as in the GEXF export. Pure.
 */
import type { FullTie } from "../schema";
import { xmlEscape as x, type FullScope } from "./export-scope";
import { actorAttributes, actorAttributeValues, actorFacts, scopeYears, tieAttributes, tieAttributeValues, tieFactsOf, type AttributeType, type AttributeValue } from "./tie-facts";

/** The scope as a GraphML document (UTF-8 text). */
export function writeGraphml(scope: FullScope): string {
  const factsOf = tieFactsOf(scope);
  const years = scopeYears(scope, factsOf);
  const nodeKeys: [string, AttributeType][] = [["label", "string"], ...actorAttributes(years)];
  const edgeKeys: [string, AttributeType][] = [["tie_id", "string"], ...tieAttributes(years)];
  // GraphML calls GEXF's "integer" "int"
  const key = (target: "node" | "edge") => ([id, type]: [string, AttributeType]) => `  <key id="${id}" for="${target}" attr.name="${id}" attr.type="${type === "integer" ? "int" : type}"/>`;
  const data = (k: string, value: AttributeValue) => `      <data key="${k}">${x(String(value))}</data>`;
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
      ...actorAttributeValues(a, facts).map(([k, v]) => data(k, v)),
      "    </node>",
    );
  }
  for (const t of scope.ties) out.push(...edge(t));
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");

  function edge(t: FullTie): string[] {
    const f = factsOf(t);
    return [
      `    <edge id="${x(t.id)}" source="${x(t.source)}" target="${x(t.target)}">`,
      data("tie_id", t.id),
      ...tieAttributeValues(t, f).map(([k, v]) => data(k, v)),
      "    </edge>",
    ];
  }
}
