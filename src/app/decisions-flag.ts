/**
 * Whether this browser's IndexedDB may hold an editor's decisions: a flag in localStorage, so a
 * start-up without decisions loads neither the database nor its code before the first graph.
 */
const HOLDS_DECISIONS = "tiegraph:decisions";

/** True once decisions were saved, until none are left (and always when localStorage cannot say). */
export function mayHoldDecisions(): boolean {
  try {
    return typeof localStorage === "undefined" || localStorage.getItem(HOLDS_DECISIONS) === "1";
  } catch {
    return true;
  }
}

export function noteHoldsDecisions(holds: boolean): void {
  try {
    localStorage.setItem(HOLDS_DECISIONS, holds ? "1" : "0");
  } catch {
    // No localStorage: start-up then always looks in the database.
  }
}
