/**
 * The user's imported article files, kept in the browser's IndexedDB (never sent anywhere), by file
 * name: importing a file of the same name again replaces it. Loaded with the import dialog, or at
 * start-up only when the flag (import-flag.ts) says the database holds files.
 */
import { clear, createStore, del, setMany, values, type UseStore } from "idb-keyval";
import { mayHoldImports, noteHoldsImports } from "./import-flag";
import type { UserFile } from "./user-file";

let store: UseStore | null = null;
const db = () => (store ??= createStore("tiegraph", "imported-articles"));

/** Every stored file, in the order they were added; none when the browser has no IndexedDB. */
export async function loadUserFiles(): Promise<UserFile[]> {
  if (typeof indexedDB === "undefined" || !mayHoldImports()) return [];
  const files = await values<UserFile>(db());
  if (!files.length) noteHoldsImports(false);
  return files.sort((a, b) => a.addedAt - b.addedAt || a.file.localeCompare(b.file));
}

/** Stores (or replaces) files. */
export async function saveUserFiles(files: readonly UserFile[]): Promise<void> {
  if (!files.length) return;
  await setMany(files.map((f) => [f.file, f]), db());
  noteHoldsImports(true);
}

/** Forgets one file. */
export async function removeUserFile(file: string): Promise<void> {
  await del(file, db());
}

/** Forgets every imported file. */
export async function clearUserFiles(): Promise<void> {
  await clear(db());
  noteHoldsImports(false);
}
