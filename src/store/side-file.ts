/**
 * The files graph.json names beside it (an article's text, a tie's evidence, a co-mention's sentences), fetched once
 * each and read by the caller's check: a failed load is forgotten so that a retry fetches again, and
 * every failure says what is wrong and what to do.
 */
export const REBUILD = "rebuild the graph with `npm run compile`";

const loaded = new Map<string, Promise<unknown>>();

/**
 * Fetches `file` (relative to the page) once and gives what `read` makes of its JSON; `what` names it
 * in messages ("the article's text (articles/x.json)"). `read` throws an Error saying what is wrong.
 */
export function loadSideFile<T>(file: string, what: string, read: (json: unknown) => T, fetcher: typeof fetch = fetch): Promise<T> {
  const cached = loaded.get(file) as Promise<T> | undefined;
  if (cached) return cached;
  const promise = (async () => {
    let response: Response;
    try {
      response = await fetcher(file);
    } catch {
      throw new Error(`${what} could not be loaded; check the connection and try again`);
    }
    if (!response.ok) throw new Error(`${what} is missing (HTTP ${response.status}); ${REBUILD}`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new Error(`${what} is not valid JSON; ${REBUILD}`);
    }
    return read(json);
  })();
  loaded.set(file, promise);
  promise.catch(() => loaded.delete(file));
  return promise;
}
