/**
 * Compiling a folder of articles on disk, on all cores: the map step (read, parse, extract) runs in
 * worker threads over batches of files, the reduce (assemble) on the main thread. Each article's text
 * lives only as long as its map step, so memory holds the extracts, not the corpus twice. The output
 * is the same, byte for byte, whatever the number of workers: the reduce orders everything itself.
 */
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FullGraph } from "../../graph/schema";
import { assemble, keepFirstById, loadReferenceData, type ArticleOutcome, type CompileResult, type SourceFile } from "../compile-corpus";
import type { Problem } from "../problems";
import type { WorkerBatch, WorkerResult, WorkerSetup } from "./compile-worker";
import { mapFile, readSource, type Readers } from "./map-file";
import { unpackOutcome } from "./outcome-transfer";
import { workerBundle } from "./compiler-bundle";
import { filesOfShard, readShards, referenceHash, type ShardSpec } from "./map-shards";

export interface FolderInput {
  /** The folder of .md articles. */
  articles: string;
  actors: string;
  cues: string;
  curation: string | null;
}

export interface FolderOptions {
  /** Threads for the map step; 1 maps on the main thread only. Default: every core from PARALLEL_FROM articles, else 1. */
  jobs?: number;
  /** Called after each batch of articles is mapped. */
  onProgress?: (done: number, total: number) => void;
}

/** Files per message to a worker: large enough to amortise messaging, small enough to balance load. */
const BATCH = 8;

/**
 * Below this many articles workers cost more than they save: a worker needs 60–400 ms to start and
 * load the gazetteer. Measured on 2 cores, interleaved runs: 300 articles 1.0–1.6 s on one thread and
 * 1.4–1.6 s on two; 1,000 articles 3.0–3.8 s on one and 2.6–3.4 s on two.
 */
export const PARALLEL_FROM = 500;

/** Compiles the folder. Never throws on bad data: every problem is returned with its file and line. */
export async function compileFolder(input: FolderInput, options: FolderOptions = {}): Promise<CompileResult & { uncurated?: FullGraph | null; articleFiles: number; threads: number }> {
  const mapped = await mapFolder(input, options);
  const { problems, readers } = mapped;
  const kept = keepFirstById(mapped.outcomes);
  problems.push(...kept.problems);
  if (!readers || problems.length) return { graph: null, problems, articleFiles: mapped.folderFiles, threads: mapped.threads };
  return { ...assembleBoth(kept.extracts, mapped.curation, readers, problems), articleFiles: mapped.folderFiles, threads: mapped.threads };
}

/** The curated graph, and beside it what the extractor reads on its own (for "show the compiler's reading only"). */
function assembleBoth(extracts: Parameters<typeof assemble>[0], curation: SourceFile | null, readers: Readers, problems: Problem[]): CompileResult & { uncurated: FullGraph | null } {
  const result = assemble(extracts, { curation }, readers.gazetteer, readers.lexicon, problems);
  const uncurated = curation && result.graph ? assemble(extracts, { curation: null }, readers.gazetteer, readers.lexicon).graph : null;
  return { ...result, uncurated };
}

/** What the map step made of a folder (or of one shard of it), with what the reduce needs. */
export interface MappedFolder {
  outcomes: ArticleOutcome[];
  problems: Problem[];
  readers: Readers | null;
  curation: SourceFile | null;
  /** The reference data's hash (see map-shards.ts), null when it failed to load. */
  reference: string | null;
  /** Article files in the folder (all shards), and threads used. */
  folderFiles: number;
  threads: number;
}

/** The map step over the folder's article files, or over the `shard` of them. */
export async function mapFolder(input: FolderInput, options: FolderOptions & { shard?: ShardSpec } = {}): Promise<MappedFolder> {
  const problems: Problem[] = [];
  let all: string[] = [];
  try {
    all = readdirSync(input.articles)
      .filter((n) => n.endsWith(".md"))
      .sort()
      .map((n) => path.join(input.articles, n));
  } catch {
    problems.push({ file: input.articles, line: 1, message: "is not a readable folder of articles; pass --articles <dir>" });
  }
  const files = options.shard ? filesOfShard(all, options.shard) : all;
  const { readers, curation, reference } = loadReferenceFiles(input, problems);
  if (reference === null) return { outcomes: [], problems, readers: null, curation, reference, folderFiles: all.length, threads: 1 };
  // An explicit number of jobs is obeyed; by default small corpora stay on one thread.
  const jobs = Math.max(1, options.jobs ?? (files.length >= PARALLEL_FROM ? availableParallelism() : 1));
  const setup = { definitions: readers ? { actors: readers.gazetteer.definition, cues: readers.lexicon.definition } : null };
  const outcomes = await mapFiles(files, readers, setup, jobs, options.onProgress);
  return { outcomes, problems, readers, curation, reference, folderFiles: all.length, threads: jobs };
}

/**
 * The actor, cue and curation files read and checked; problems pushed. `reference` is null when the
 * actor or cue file cannot be read at all (then nothing can be mapped, not even to report).
 */
export function loadReferenceFiles(input: Omit<FolderInput, "articles">, problems: Problem[]): { readers: Readers | null; curation: SourceFile | null; reference: string | null } {
  const actors = readSource(input.actors, problems);
  const cues = readSource(input.cues, problems);
  const curation = input.curation ? readSource(input.curation, problems) : null;
  if (!actors || !cues) return { readers: null, curation, reference: null };
  const ref = loadReferenceData({ actors, cues });
  problems.push(...ref.problems);
  const readers = ref.gazetteer && ref.lexicon ? { gazetteer: ref.gazetteer, lexicon: ref.lexicon } : null;
  return { readers, curation, reference: referenceHash(actors.text, cues.text) };
}

/**
 * The reduce of map shards (see map-shards.ts) into the graph: the same graph, byte for byte, as
 * compileFolder makes of the whole folder on one machine.
 */
export async function reduceShards(paths: readonly string[], input: Omit<FolderInput, "articles">): Promise<CompileResult & { uncurated?: FullGraph | null; articleFiles: number }> {
  const problems: Problem[] = [];
  const { readers, curation, reference } = loadReferenceFiles(input, problems);
  if (!readers || reference === null) return { graph: null, problems, articleFiles: 0 };
  const shards = await readShards(paths, reference);
  problems.push(...shards.problems);
  if (problems.length) return { graph: null, problems, articleFiles: shards.outcomes.length };
  const kept = keepFirstById(shards.outcomes);
  problems.push(...kept.problems);
  if (problems.length) return { graph: null, problems, articleFiles: shards.outcomes.length };
  return { ...assembleBoth(kept.extracts, curation, readers, problems), articleFiles: shards.outcomes.length };
}

/**
 * The map step over `files` on `jobs` threads: the main thread and jobs - 1 workers, each taking the
 * next batch when done. The main thread maps too, in slices that let worker messages through, so the
 * seconds a worker needs to start are not lost.
 */
function mapFiles(
  files: readonly string[],
  readers: Readers | null,
  setup: WorkerSetup,
  jobs: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ArticleOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: ArticleOutcome[] = [];
    const workers: Worker[] = [];
    let next = 0;
    let settled = false;
    const take = () => {
      const batch = files.slice(next, next + BATCH);
      next += batch.length;
      return batch;
    };
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(outcomes);
    };
    const received = (batch: readonly ArticleOutcome[]) => {
      outcomes.push(...batch);
      onProgress?.(outcomes.length, files.length);
      if (outcomes.length === files.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next < files.length) worker.postMessage({ files: take() } satisfies WorkerBatch);
    };
    const mainSlice = () => {
      if (settled || next >= files.length) return;
      received(take().map((file) => mapFile(file, readers)));
      setImmediate(mainSlice);
    };
    if (!files.length) return resolve(outcomes);
    const script = jobs > 1 ? workerBundle() : "";
    for (let i = 1; i < jobs; i++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on("message", ({ outcomes: batch }: WorkerResult) => {
        received(batch.map(unpackOutcome));
        feed(worker);
      });
      // Two batches in flight: the worker starts the next while the main thread, busy with its own
      // slice, has not yet read the last (with one, workers sat idle about half the time).
      worker.on("online", () => {
        feed(worker);
        feed(worker);
      });
      worker.on("error", (err) => finish(err));
      worker.on("exit", (code) => {
        if (code !== 0) finish(new Error(`a compile worker stopped (exit ${code})`));
      });
    }
    mainSlice();
  });
}
