/**
 * A map worker of compileFolder: builds the gazetteer and lexicon once, then reads, parses and
 * extracts each batch of article files it is sent, returning one outcome per file.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ArticleOutcome } from "../compile-corpus";
import { gazetteerOf, type GazetteerFile } from "../gazetteer";
import { lexiconOf, type CueFile } from "../lexicon";
import { mapFile } from "./map-file";
import { packOutcome } from "./outcome-transfer";

/**
 * What the worker is started with: the actor and cue files as the main thread parsed and checked
 * them (parsing the YAML again took a worker 0.2 s), or null when they failed and articles are only
 * parsed, to report their problems too.
 */
export interface WorkerSetup {
  definitions: { actors: GazetteerFile; cues: CueFile } | null;
}

/** One batch of files to map, and the outcomes it comes back as. */
export interface WorkerBatch {
  files: string[];
}
export interface WorkerResult {
  outcomes: ArticleOutcome[];
}

const { definitions } = workerData as WorkerSetup;
const readers = definitions ? { gazetteer: gazetteerOf(definitions.actors), lexicon: lexiconOf(definitions.cues) } : null;

parentPort?.on("message", ({ files }: WorkerBatch) => {
  parentPort?.postMessage({ outcomes: files.map((file) => packOutcome(mapFile(file, readers))) } satisfies WorkerResult);
});
