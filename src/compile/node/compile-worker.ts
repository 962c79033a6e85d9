/**
 * A map worker of compileFolder: builds the gazetteer and lexicon once, then reads, parses and
 * extracts each batch of article files it is sent, returning one outcome per file.
 */
import { parentPort } from "node:worker_threads";
import type { ArticleOutcome } from "../compile-corpus";
import { gazetteerOf, type GazetteerFile } from "../gazetteer";
import { lexiconOf, type CueFile } from "../lexicon";
import { mapFile, type Readers } from "./map-file";
import { packOutcome } from "./outcome-transfer";

/**
 * The worker's first message: the actor and cue files as the main thread parsed and checked them
 * (parsing the YAML again took a worker 0.2 s), or null when they failed and articles are only parsed,
 * to report their problems too. It is sent once they are parsed; the worker starts loading before.
 */
export interface WorkerSetup {
  definitions: { actors: GazetteerFile; cues: CueFile } | null;
}

/** Every later message: one batch of files to map, and the outcomes it comes back as. */
export interface WorkerBatch {
  files: string[];
}
export interface WorkerResult {
  outcomes: ArticleOutcome[];
}

let readers: Readers | null = null;

parentPort?.on("message", (message: WorkerSetup | WorkerBatch) => {
  if ("definitions" in message) {
    const { definitions } = message;
    readers = definitions ? { gazetteer: gazetteerOf(definitions.actors), lexicon: lexiconOf(definitions.cues) } : null;
    return;
  }
  parentPort?.postMessage({ outcomes: message.files.map((file) => packOutcome(mapFile(file, readers))) } satisfies WorkerResult);
});
