/**
 * An editor's decisions made in this browser, kept in IndexedDB beside the imported articles (never
 * sent anywhere, except to the dev server's endpoint under `npm run dev`). Loaded at start-up only
 * when the flag in localStorage says there are some, so everyone else's first graph waits for nothing.
 */
import { createStore, get, set, type UseStore } from "idb-keyval";
import type { Decision } from "../graph/decisions";

const HOLDS_DECISIONS = "tiegraph:decisions";
const KEY = "decisions";
let store: UseStore | null = null;
// its own database: idb-keyval opens one object store per database
const db = () => (store ??= createStore("tiegraph-decisions", "decisions"));

/** True once decisions were saved, until none are left (and always when localStorage cannot say). */
export function mayHoldDecisions(): boolean {
  try {
    return typeof localStorage === "undefined" || localStorage.getItem(HOLDS_DECISIONS) === "1";
  } catch {
    return true;
  }
}

function noteHoldsDecisions(holds: boolean): void {
  try {
    localStorage.setItem(HOLDS_DECISIONS, holds ? "1" : "0");
  } catch {
    // No localStorage: start-up then always looks in the database.
  }
}

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
