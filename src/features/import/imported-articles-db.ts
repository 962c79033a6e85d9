/**
 * The user's imported article files, kept in the browser's IndexedDB (never sent anywhere), by file
 * name: importing a file of the same name again replaces it. A flag in localStorage says whether the
 * database holds any, so the start-up of someone who never imported neither opens the database nor
 * loads its code (idb-keyval comes on demand) before drawing the first graph.
 */
import type { UseStore } from "idb-keyval";
import type { UserFile } from "./user-file";

const HOLDS_IMPORTS = "tiegraph:imported-articles";

let store: Promise<{ idb: typeof import("idb-keyval"); store: UseStore }> | null = null;
const db = () => (store ??= import("idb-keyval").then((idb) => ({ idb, store: idb.createStore("tiegraph", "imported-articles") })));

/** Whether the database may hold files: once saved to, until emptied (always, when localStorage cannot say). */
function mayHoldImports(): boolean {
  try {
    return typeof localStorage === "undefined" || localStorage.getItem(HOLDS_IMPORTS) === "1";
  } catch {
    return true;
  }
}

function noteHoldsImports(holds: boolean): void {
  try {
    localStorage.setItem(HOLDS_IMPORTS, holds ? "1" : "0");
  } catch {
    // No localStorage: start-up then always looks in the database.
  }
}

/** Every stored file, in the order they were added; none when the browser has no IndexedDB. */
export async function loadUserFiles(): Promise<UserFile[]> {
  if (typeof indexedDB === "undefined" || !mayHoldImports()) return [];
  const { idb, store: s } = await db();
  const files = await idb.values<UserFile>(s);
  if (!files.length) noteHoldsImports(false);
  return files.sort((a, b) => a.addedAt - b.addedAt || a.file.localeCompare(b.file));
}

/** Stores (or replaces) files. */
export async function saveUserFiles(files: readonly UserFile[]): Promise<void> {
  if (!files.length) return;
  const { idb, store: s } = await db();
  await idb.setMany(files.map((f) => [f.file, f]), s);
  noteHoldsImports(true);
}

/** Forgets one file. */
export async function removeUserFile(file: string): Promise<void> {
  const { idb, store: s } = await db();
  await idb.del(file, s);
}

/** Forgets every imported file. */
export async function clearUserFiles(): Promise<void> {
  const { idb, store: s } = await db();
  await idb.clear(s);
  noteHoldsImports(false);
}
