import type { Graph } from "../graph/schema";

/**
 * The graph as the bytes written to disk: keys in schema order, no whitespace, one trailing newline,
 * so the same input always gives a byte-identical file.
 */
export function serializeGraph(graph: Graph): string {
  return `${JSON.stringify(graph)}\n`;
}
