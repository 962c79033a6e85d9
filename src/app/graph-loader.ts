/**
 * The app's way to load the graph: fetched on this thread and schema-checked in a worker (see
 * graph-check.worker.ts), or, where workers are not available (component tests), all on this thread.
 */
import type { Graph } from "../graph/schema";
import type { GraphLoad } from "../store/app-store";
import { fetchGraphBytes, REBUILD_HINT } from "./graph-fetch";

export { REBUILD_HINT };

/** The checking worker's answer: the graph is valid, or what is wrong with it. */
export type GraphVerdict = { status: "checked" } | Extract<GraphLoad, { status: "error" }>;

let early: { url: string; load: Promise<GraphLoad> } | null = null;

/**
 * Starts loading the graph before the app's code runs (boot.ts, main.tsx's first import, calls it),
 * so the file is fetched and the checking worker starts while React and the app are evaluated.
 */
export function startGraphLoad(url = "graph.json"): void {
  early = { url, load: checkInWorker(url) };
}

/** Loads and checks the graph at `url`, relative to the page (the load already started, if any). Never rejects: failures are GraphLoads. */
export function loadGraph(url = "graph.json"): Promise<GraphLoad> {
  if (early?.url === url) {
    const { load } = early;
    early = null;
    return load;
  }
  return checkInWorker(url);
}

/**
 * The file is fetched on this thread at once (the worker would fetch it only once started), and a
 * copy of its bytes is handed to the worker that checks them, which starts meanwhile. This thread
 * reads the same bytes while the worker checks them, so the checked graph never has to be copied back
 * from the worker (that took longer than reading it).
 */
async function checkInWorker(url: string): Promise<GraphLoad> {
  const absolute = new URL(url, document.baseURI).href;
  if (typeof Worker === "undefined") return import("./load-graph").then((m) => m.fetchGraph(absolute));
  const worker = new Worker(new URL("./graph-check.worker.ts", import.meta.url), { type: "module" });
  const answer = new Promise<GraphVerdict>((resolve) => {
    worker.onmessage = (event: MessageEvent<GraphVerdict>) => resolve(event.data);
    worker.onerror = (event) =>
      resolve({ status: "error", title: "Tiegraph could not check graph.json", details: [`The checking worker failed: ${event.message || "it did not start"}.`, REBUILD_HINT] });
  });
  const fetched = await fetchGraphBytes(absolute);
  if (fetched.status === "error") {
    worker.terminate();
    return fetched;
  }
  const copy = fetched.bytes.slice(0);
  worker.postMessage({ ...fetched, bytes: copy }, [copy]);
  let read: unknown;
  try {
    read = JSON.parse(new TextDecoder().decode(fetched.bytes));
  } catch {
    // not JSON: the worker says so, naming the file
  }
  const verdict = await answer;
  worker.terminate();
  // Valid by the schema, which transforms nothing: what was read here is the graph.
  return verdict.status === "checked" ? { status: "ready", graph: read as Graph } : verdict;
}
