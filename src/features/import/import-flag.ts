/**
 * Whether the browser's IndexedDB may hold imported articles: a flag in localStorage, set when files
 * are saved and cleared when the store is emptied. A start-up with no imports then neither opens the
 * database nor loads its code before drawing the first graph.
 */
const HOLDS_IMPORTS = "tiegraph:imported-articles";

/** True once files were saved, until emptied (and always when localStorage cannot say). */
export function mayHoldImports(): boolean {
  try {
    return typeof localStorage === "undefined" || localStorage.getItem(HOLDS_IMPORTS) === "1";
  } catch {
    return true;
  }
}

export function noteHoldsImports(holds: boolean): void {
  try {
    localStorage.setItem(HOLDS_IMPORTS, holds ? "1" : "0");
  } catch {
    // No localStorage: start-up then always looks in the database.
  }
}
