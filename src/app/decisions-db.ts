/**
 * An editor's decisions made in this browser, kept in IndexedDB beside the imported articles (never
 * sent anywhere, except to the dev server's endpoint under `npm run dev`). Loaded at start-up only
 * when the flag in localStorage says there are some, so everyone else's first graph waits for nothing.
 */
import { createStore, get, set, type UseStore } from "idb-keyval";
import type { Decision } from "../graph/decisions";
import { mayHoldDecisions, noteHoldsDecisions } from "./decisions-flag";

const KEY = "decisions";
let store: UseStore | null = null;
// its own database: idb-keyval opens one object store per database
const db = () => (store ??= createStore("tiegraph-decisions", "decisions"));

/** The saved decisions; none when the browser has no IndexedDB. */
export async function loadDecisions(): Promise<Decision[]> {
  if (typeof indexedDB === "undefined" || !mayHoldDecisions()) return [];
  const saved = await get<Decision[]>(KEY, db());
  return Array.isArray(saved) ? saved : [];
}

/** Saves the decisions (all of them: a few hundred small records). */
export async function saveDecisions(decisions: readonly Decision[]): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  if (!decisions.length && !mayHoldDecisions()) return;
  await set(KEY, [...decisions], db());
  noteHoldsDecisions(decisions.length > 0);
}
