/**
 * Checks graph.json against the schema off the main thread, so zod (the largest part of the checking
 * code) is never in the first screen's JavaScript. The page fetches the file (see graph-loader.ts)
 * and hands over its bytes; the worker answers one GraphLoad.
 */
import type { GraphBytes } from "./graph-fetch";
import { checkGraphBytes } from "./load-graph";

self.onmessage = (event: MessageEvent<Extract<GraphBytes, { status: "fetched" }>>) => {
  self.postMessage(checkGraphBytes(event.data));
};
