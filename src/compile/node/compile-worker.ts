/**
 * A map worker of compileFolder: loads the gazetteer and lexicon once, then reads, parses and
 * extracts each batch of article files it is sent, returning one outcome per file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadReferenceData, type ArticleOutcome, type SourceFile } from "../compile-corpus";
import { mapFile } from "./map-file";

/** What the worker is started with. */
export interface WorkerSetup {
  actors: SourceFile;
  cues: SourceFile;
}

/** One batch of files to map, and the outcomes it comes back as. */
export interface WorkerBatch {
  files: string[];
}
export interface WorkerResult {
  outcomes: ArticleOutcome[];
}

const setup = workerData as WorkerSetup;
const ref = loadReferenceData(setup);
const readers = ref.gazetteer && ref.lexicon ? { gazetteer: ref.gazetteer, lexicon: ref.lexicon } : null;

parentPort?.on("message", ({ files }: WorkerBatch) => {
  parentPort?.postMessage({ outcomes: files.map((file) => mapFile(file, readers)) } satisfies WorkerResult);
});
