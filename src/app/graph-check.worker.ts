/**
 * Fetches graph.json and checks it against the schema off the main thread, so zod (the largest part
 * of the checking code) is never in the first screen's JavaScript. Answers one GraphLoad per request.
 */
import { fetchGraph } from "./load-graph";

self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  self.postMessage(await fetchGraph(event.data.url));
};
