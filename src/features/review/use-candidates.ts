/**
 * The compiler's candidates for the shipped corpus (public/candidates.json), fetched and checked once,
 * when the Review view first opens: they are not part of the graph loaded first.
 */
import { useEffect, useState } from "react";
import { CANDIDATES_FILE, CandidatesFileSchema, unpackCandidates, type Candidate } from "../../graph/candidates";

export type CandidatesState = { status: "loading" } | { status: "ready"; candidates: readonly Candidate[] } | { status: "error"; message: string };

let loading: Promise<readonly Candidate[]> | null = null;

/** Fetches and checks candidates.json (a missing file is no candidates: a graph compiled before they existed). */
export function loadCandidates(fetcher: typeof fetch = fetch): Promise<readonly Candidate[]> {
  loading ??= (async () => {
    const response = await fetcher(CANDIDATES_FILE);
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`${CANDIDATES_FILE} could not be loaded (HTTP ${response.status}); rebuild it with \`npm run compile\``);
    const checked = CandidatesFileSchema.safeParse(await response.json());
    if (!checked.success) throw new Error(`${CANDIDATES_FILE} is not a candidates file this app can read (${checked.error.issues[0]?.path.join(".")}: ${checked.error.issues[0]?.message}); rebuild it with \`npm run compile\``);
    try {
      return unpackCandidates(checked.data);
    } catch (err) {
      throw new Error(`${CANDIDATES_FILE} does not hold whole candidates (${(err as Error).message}); rebuild it with \`npm run compile\``, { cause: err });
    }
  })().catch((err: Error) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** The shipped corpus's candidates, loading on first use. */
export function useCandidates(): CandidatesState {
  const [state, setState] = useState<CandidatesState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadCandidates().then(
      (candidates) => live && setState({ status: "ready", candidates }),
      (err: Error) => live && setState({ status: "error", message: `The candidates could not be shown: ${err.message}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
