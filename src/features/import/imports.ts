/**
 * What the import dialog does with the user's files: read them, compile them with
 * the shipped corpus in the worker, keep the ones that joined in IndexedDB, and put the new graph
 * and the list of the user's own articles in the store.
 */
import type { Graph } from "../../graph/schema";
import { useAppStore } from "../../store/app-store";
import { compileInWorker } from "./compile-client";
import type { ProgressListener, RejectedFile } from "./import-compile";
import type { ArticleRead } from "./read-report";
import { clearUserFiles, loadUserFiles, removeUserFile, saveUserFiles } from "./imported-articles-db";
import type { UserFile } from "./user-file";

/** What an import did, for the dialog to say. */
export interface ImportOutcome {
  added: string[];
  rejected: RejectedFile[];
  /** What was read in each added article, sentence by sentence. */
  reports: ArticleRead[];
  /** How long the compile took in the worker (ms). */
  ms: number;
}

/** Compiles the stored files with `files`, keeps the ones that joined, then shows the new graph. */
export async function importUserFiles(files: readonly UserFile[], onProgress?: ProgressListener): Promise<ImportOutcome> {
  const names = new Set(files.map((f) => f.file));
  const stored = (await loadUserFiles()).filter((f) => !names.has(f.file));
  const result = await compile([...stored, ...files], onProgress, files.map((f) => f.file));
  const joined = new Set(result.accepted.map((a) => a.file));
  const added = files.filter((f) => joined.has(f.file));
  await saveUserFiles(added);
  show(result);
  return { added: added.map((f) => f.file), rejected: result.rejected, reports: result.reports, ms: result.ms };
}

/** Forgets one imported file and shows the graph without it. */
export async function removeImportedFile(file: string): Promise<void> {
  await removeUserFile(file);
  show(await compile(await loadUserFiles()));
}

/** Forgets every imported file: back to the shipped corpus. */
export async function resetToShippedCorpus(): Promise<void> {
  await clearUserFiles();
  show(await compile([]));
}

/** The user's stored files (for the dialog's list). */
export const listImportedFiles = loadUserFiles;

type Compiled = Awaited<ReturnType<typeof compileInWorker>> & { graph: Graph };

async function compile(files: UserFile[], onProgress?: ProgressListener, reportFor: string[] = []): Promise<Compiled> {
  const result = await compileInWorker(files, onProgress, reportFor);
  if (!result.graph) throw new Error(`the shipped corpus does not compile: ${result.shippedProblems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("; ")}`);
  return result as Compiled;
}

function show(result: Compiled): void {
  const store = useAppStore.getState();
  store.setOwnArticles(result.accepted, result.candidates);
  store.setLoad({ status: "ready", graph: result.graph });
}
