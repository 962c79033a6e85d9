/**
 * The app's way to load the graph: fetched and schema-checked in a worker (see graph-check.worker.ts),
 * or, where workers are not available (component tests), by the same code on this thread.
 */
import type { GraphLoad } from "../store/app-store";

/** The fix to print under every load error. */
export const REBUILD_HINT = "Rebuild the graph with `npm run compile` (it reads data/ and writes public/graph.json), then reload this page.";

/** Loads and checks the graph at `url`, relative to the page. Never rejects: failures are GraphLoads. */
export function loadGraph(url = "graph.json"): Promise<GraphLoad> {
  const absolute = new URL(url, document.baseURI).href;
  if (typeof Worker === "undefined") return import("./load-graph").then((m) => m.fetchGraph(absolute));
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./graph-check.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<GraphLoad>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ status: "error", title: "Tiegraph could not check graph.json", details: [`The checking worker failed: ${event.message || "it did not start"}.`, REBUILD_HINT] });
    };
    worker.postMessage({ url: absolute });
  });
}
