/**
 * GEXF 1.3 (https://gexf.net), the format Gephi opens: actors as nodes, ties as edges (one per
 * relation type, so parallel edges carry `kind`), following Gephi's conventions: a mutual tie is a
 * `mutual` edge (Gephi draws it both ways), the years are spells (an edge exists in the years of its
 * quotes, a node in the years it is named or tied), colours and sizes are `viz:` elements.
 *
 * The file is also written for the readers that are not Gephi, checked by tests:
 * - every attribute is static and declared in one `<attributes>` block per class, with its title equal
 *   to its id (graphology-gexf reads only the last block of a class and names attributes by id,
 *   networkx by title); the per-year counts are columns of their own (`quotes_2018`), so no reader
 *   that flattens dynamic values keeps one year's count as if it were the total;
 * - graphology-gexf types its graph after the first edge and has no 'mutual' graph, so in a graph with
 *   both kinds of tie the directed edges come first; a graph whose ties are all mutual is undirected.
 * networkx reads GEXF 1.3 from version 3.6 on; for the older ones (Debian 12 ships 2.8.8, Debian 13
 * 3.4.2) the same file can be written as GEXF 1.2, which has no edge `kind` (1.3 added it to tell
 * parallel edges apart). Pure.
 */
import type { FullTie } from "../schema";
import { hexToRgb, xmlEscape as x, type FullScope } from "./export-scope";
import { actorAttributes, actorAttributeValues, actorFacts, QUAD_CLASS_COLORS, scopeYears, tieAttributes, tieAttributeValues, tieFactsOf, type AttributeType, type AttributeValue } from "./tie-facts";


/** A node's drawn size: the network's radius for its mentions (square root, so area follows the count). */
function nodeSize(mentions: number): number {
  return mentions <= 0 ? 6 : Math.round(Math.min(30, 7 + 1.6 * Math.sqrt(mentions)) * 10) / 10;
}

/** An edge's drawn thickness: grows with the square root of its quotes, as on screen. */
function edgeThickness(quotes: number): number {
  return Math.round(Math.min(7, 1.4 + 1.1 * Math.sqrt(Math.max(1, quotes) - 1)) * 10) / 10;
}

/** The GEXF versions written: 1.3, Gephi's own, and 1.2 for readers that predate it. */
export type GexfVersion = "1.3" | "1.2";

const HEADERS: Record<GexfVersion, string> = {
  "1.3": '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  "1.2": '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
};

/** The scope as a GEXF document (UTF-8 text), version 1.3 unless asked for 1.2. */
export function writeGexf(scope: FullScope, version: GexfVersion = "1.3"): string {
  const factsOf = tieFactsOf(scope);
  const years = scopeYears(scope, factsOf);
  const nodeAttributes = actorAttributes(years);
  const edgeAttributes = tieAttributes(years);
  const declare = (cls: "node" | "edge", list: [string, AttributeType][]) => [
    `    <attributes class="${cls}" mode="static">`,
    ...list.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    "    </attributes>",
  ];
  const values = (list: [string, AttributeValue][]) => list.map(([id, v]) => `          <attvalue for="${id}" value="${x(String(v))}"/>`);
  const spells = (list: readonly number[]) => ["        <spells>", ...list.map((y) => `          <spell start="${y}" end="${y}"/>`), "        </spells>"];

  const mutual = scope.ties.filter((t) => t.direction === "mutual");
  const directed = scope.ties.filter((t) => t.direction !== "mutual");
  const mixed = mutual.length > 0 && directed.length > 0;
  const edgeDefault = directed.length === 0 && mutual.length > 0 ? "undirected" : "directed";

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    HEADERS[version],
    "  <meta>",
    "    <creator>Tiegraph</creator>",
    `    <description>${x(`Ties between actors in the news, with their evidence (${scope.description})`)}</description>`,
    "  </meta>",
    `  <graph mode="dynamic" defaultedgetype="${edgeDefault}" timeformat="integer"${version === "1.3" ? ' timerepresentation="interval"' : ""}>`,
    ...declare("node", nodeAttributes),
    ...declare("edge", edgeAttributes),
    "    <nodes>",
  ];

  const tieYears = new Map<string, Set<number>>();
  for (const t of scope.ties) {
    for (const end of [t.source, t.target]) {
      const set = tieYears.get(end) ?? new Set<number>();
      for (const e of t.evidence) set.add(e.year);
      tieYears.set(end, set);
    }
  }
  for (const a of scope.actors) {
    const facts = actorFacts(scope, a);
    const { r, g, b } = hexToRgb(a.color);
    const present = [...new Set([...facts.mentionsByYear.map(([y]) => y), ...(tieYears.get(a.id) ?? [])])].sort((p, q) => p - q);
    out.push(
      `      <node id="${x(a.id)}" label="${x(a.name)}">`,
      "        <attvalues>",
      ...values(actorAttributeValues(a, facts)),
      "        </attvalues>",
      ...(present.length ? spells(present) : []),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:size value="${nodeSize(facts.mentions)}"/>`,
      "      </node>",
    );
  }
  out.push("    </nodes>", "    <edges>");
  for (const t of [...directed, ...mutual]) out.push(...edge(t));
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");

  function edge(t: FullTie): string[] {
    const f = factsOf(t);
    const { r, g, b } = hexToRgb(QUAD_CLASS_COLORS[t.quadClass]);
    const type = mixed && t.direction === "mutual" ? ' type="mutual"' : "";
    return [
      `      <edge id="${x(t.id)}" source="${x(t.source)}" target="${x(t.target)}"${type}${version === "1.3" ? ` kind="${x(t.type)}"` : ""} label="${x(f.typeLabel)}" weight="${f.quotes}">`,
      "        <attvalues>",
      ...values(tieAttributeValues(t, f)),
      "        </attvalues>",
      ...spells(f.quotesByYear.map(([y]) => y)),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:thickness value="${edgeThickness(f.quotes)}"/>`,
      "      </edge>",
    ];
  }
}
