/**
 * Fetching graph.json's bytes, with the messages that say what went wrong (missing, refused,
 * unreachable, a web page instead of the file). No zod here: the page fetches on its own thread, as
 * soon as its code runs (boot.ts), and hands the bytes to the checking worker.
 */
import type { GraphLoad } from "../store/app-store";

/** The fix to print under every load error. */
export const REBUILD_HINT = "Rebuild the graph with `npm run compile` (it reads data/ and writes public/graph.json), then reload this page.";

/** The bytes of the graph file, or what went wrong. */
export type GraphBytes = { status: "fetched"; name: string; bytes: ArrayBuffer } | Extract<GraphLoad, { status: "error" }>;

/**
 * Fetches the graph at `url` as bytes, asking the server whether a copy the browser keeps is still
 * current (a graph rebuilt since must not be taken from the cache: its side files have changed). Never
 * throws.
 */
export async function fetchGraphBytes(url = "graph.json", fetcher: typeof fetch = fetch): Promise<GraphBytes> {
  // Messages name the file, not the address it was fetched from.
  const name = url.replace(/^.*\//, "") || url;
  let response: Response;
  try {
    response = await fetcher(url, { cache: "no-cache" });
  } catch (err) {
    return { status: "error", title: `Could not load ${name}`, details: [`The request failed: ${(err as Error).message}.`, REBUILD_HINT] };
  }
  if (!response.ok) {
    const missing = response.status === 404;
    return {
      status: "error",
      title: missing ? `${name} is missing` : `Could not load ${name} (HTTP ${response.status})`,
      details: [missing ? "The compiled graph has not been built yet." : `The server answered ${response.status} ${response.statusText}.`, REBUILD_HINT],
    };
  }
  try {
    return { status: "fetched", name, bytes: await response.arrayBuffer() };
  } catch (err) {
    return { status: "error", title: `Could not load ${name}`, details: [`The download stopped: ${(err as Error).message}.`, REBUILD_HINT] };
  }
}

/** The text of fetched bytes, or the error of a web page sent instead of the file (static hosts answer a missing file with index.html). */
export function graphText(fetched: Extract<GraphBytes, { status: "fetched" }>): { text: string } | Extract<GraphLoad, { status: "error" }> {
  const text = new TextDecoder().decode(fetched.bytes);
  if (/^\s*</.test(text)) return { status: "error", title: `${fetched.name} is missing`, details: ["The server sent a web page instead of the graph file.", REBUILD_HINT] };
  return { text };
}
