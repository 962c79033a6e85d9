/**
 * Checks graph.json against the schema off the main thread, so zod (the largest part of the checking
 * code) is never in the first screen's JavaScript. The page fetches the file (see graph-loader.ts)
 * and hands over a copy of its bytes; the worker answers whether they hold a valid graph.
 */
import type { GraphBytes } from "./graph-fetch";
import type { GraphVerdict } from "./graph-loader";
import { checkGraphBytes } from "./load-graph";

self.onmessage = (event: MessageEvent<Extract<GraphBytes, { status: "fetched" }>>) => {
  const load = checkGraphBytes(event.data);
  // The page reads the bytes itself: only the verdict travels back.
  const verdict: GraphVerdict = load.status === "ready" ? { status: "checked" } : load;
  self.postMessage(verdict);
};
