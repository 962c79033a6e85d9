/**
 * Loading public/graph.json and checking it against the schema, with messages that say what is wrong
 * and how to fix it (rebuild with `npm run compile`). Never throws: every failure becomes a
 * `GraphLoad` of status "error".
 */
import { GraphSchema, SCHEMA_VERSION } from "../graph/schema";
import type { GraphLoad } from "../store/app-store";
import { fetchGraphBytes, graphText, REBUILD_HINT, type GraphBytes } from "./graph-fetch";

const MAX_ISSUES = 5;

/** A graph file checked: the graph, or what is wrong with it. */
export type CheckedGraph = Exclude<GraphLoad, { status: "loading" }>;

/** Checks the text of a graph file: JSON, then schema version, then the full schema. */
export function checkGraphText(text: string, source = "graph.json"): CheckedGraph {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { status: "error", title: `${source} is not valid JSON`, details: [firstLine((err as Error).message), REBUILD_HINT] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { status: "error", title: `${source} does not hold a graph`, details: ["Expected a JSON object with actors, ties and articles.", REBUILD_HINT] };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const found = version === undefined ? "no schemaVersion" : `schemaVersion ${JSON.stringify(version)}`;
    return {
      status: "error",
      title: `${source} was built for another version of Tiegraph`,
      details: [`It has ${found}; this app reads schemaVersion ${SCHEMA_VERSION}.`, REBUILD_HINT],
    };
  }
  const result = GraphSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues;
    const lines = issues.slice(0, MAX_ISSUES).map((i) => `${i.path.length ? i.path.map(String).join(".") : "(top level)"}: ${i.message}`);
    if (issues.length > MAX_ISSUES) lines.push(`…and ${issues.length - MAX_ISSUES} more problem(s).`);
    return { status: "error", title: `${source} does not match the graph schema (${issues.length} problem${issues.length === 1 ? "" : "s"})`, details: [...lines, REBUILD_HINT] };
  }
  return { status: "ready", graph: result.data };
}

/** Checks fetched bytes (in the worker: see graph-check.worker.ts). */
export function checkGraphBytes(fetched: Extract<GraphBytes, { status: "fetched" }>): CheckedGraph {
  const text = graphText(fetched);
  return "text" in text ? checkGraphText(text.text, fetched.name) : text;
}

/** Fetches and checks the graph at `url` on this thread (where there are no workers: component tests). */
export async function fetchGraph(url = "graph.json", fetcher: typeof fetch = fetch): Promise<GraphLoad> {
  const fetched = await fetchGraphBytes(url, fetcher);
  return fetched.status === "error" ? fetched : checkGraphBytes(fetched);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
