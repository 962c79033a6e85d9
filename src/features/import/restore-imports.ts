/**
 * At start-up, the user's imported articles join the shipped graph again. The database and its code
 * are loaded only when the flag says it holds files, so the first graph of everyone else waits for
 * neither.
 */
import { useAppStore, type GraphLoad } from "../../store/app-store";
import { compileInWorker } from "./compile-client";
import { mayHoldImports } from "./import-flag";

/**
 * At start-up: when the browser keeps imported articles, the loaded shipped graph is replaced by one
 * compiled with them. Any failure leaves the shipped graph as it was.
 */
export async function withImportedArticles(load: GraphLoad): Promise<GraphLoad> {
  if (load.status !== "ready") return load;
  try {
    if (!mayHoldImports()) return load;
    const { loadUserFiles } = await import("./imported-articles-db");
    const files = await loadUserFiles();
    if (!files.length) return load;
    useAppStore.getState().setLoad({ status: "loading", note: `Adding your ${files.length === 1 ? "imported article" : `${files.length} imported articles`}: the browser compiles ${files.length === 1 ? "it" : "them"} with the corpus…` });
    const result = await compileInWorker(files);
    if (!result.graph) return load;
    useAppStore.getState().setOwnArticles(result.accepted, result.candidates);
    for (const r of result.rejected) for (const p of r.problems) console.warn(`imported article left out: ${p.file}:${p.line}: ${p.message}`);
    return { status: "ready", graph: result.graph };
  } catch (err) {
    console.warn(`imported articles could not be restored: ${(err as Error).message}`);
    return load;
  }
}
