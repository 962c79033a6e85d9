/**
 * The compile split across machines: `compile --map-only --shard K/N --out DIR` runs the map step
 * (read, parse, extract) on every N-th article file of the sorted folder, starting at the K-th, and
 * writes what it found to one file in DIR; `compile --reduce DIR…` reads the N files and runs the
 * reduce (assemble) on them, writing the same graph, byte for byte, as a compile on one machine.
 *
 * A shard file is JSON Lines: a header naming the shard, the count of files and a hash of the actor
 * and cue files it was read with (a reduce with other reference data would be wrong, so it refuses),
 * then one line per article file: its outcome with quotes left out (they are the body's words, cut
 * again on reading, as between a worker and the main thread).
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { ArticleOutcome } from "../compile-corpus";
import type { Problem } from "../problems";
import { packOutcome, unpackOutcome } from "./outcome-transfer";

/** Which part of the corpus a map process takes: the K-th of N (1-based, as `--shard 2/3`). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N); throws a message saying what it takes. */
export function parseShardSpec(text: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes K/N with 1 ≤ K ≤ N (the K-th of N parts; a Kubernetes Indexed Job passes $((JOB_COMPLETION_INDEX + 1))/N), not '${text}'`);
  }
  return { index, count };
}

/** The files of the shard: every N-th of the sorted list, from the K-th (so each shard mixes old and new articles alike). */
export function filesOfShard<T>(sortedFiles: readonly T[], shard: ShardSpec): T[] {
  return sortedFiles.filter((_, i) => i % shard.count === shard.index - 1);
}

/** A hash of the reference data the map step read articles with. */
export function referenceHash(actorsText: string, cuesText: string): string {
  return createHash("sha256").update(actorsText).update("\0").update(cuesText).digest("hex").slice(0, 16);
}

const FORMAT = "tiegraph-map-shard";
const FORMAT_VERSION = 1;

interface ShardHeader {
  format: typeof FORMAT;
  version: number;
  shard: ShardSpec;
  /** Article files in the whole folder, and in this shard. */
  folderFiles: number;
  files: number;
  reference: string;
}

/** The shard file's name in DIR: one per shard, so N processes can share one folder. */
export function shardFileName(shard: ShardSpec): string {
  const width = String(shard.count).length;
  return `map-${String(shard.index).padStart(width, "0")}-of-${shard.count}.jsonl`;
}

/** An outcome as a line: quotes emptied, the count of sentences naming each actor as pairs. */
function outcomeLine(outcome: ArticleOutcome): string {
  const packed = packOutcome(outcome);
  return JSON.stringify(packed, (key, value: unknown) => (key === "sentencesNaming" && value instanceof Map ? { entries: [...value] } : value));
}

function outcomeOf(line: string): ArticleOutcome {
  const outcome = JSON.parse(line, (key, value: unknown) =>
    key === "sentencesNaming" && value && typeof value === "object" && "entries" in value ? new Map((value as { entries: [string, number][] }).entries) : value,
  ) as ArticleOutcome;
  return unpackOutcome(outcome);
}

/** Writes a shard's outcomes to DIR (atomically: a reduce never reads half a shard); returns the file. */
export async function writeShard(dir: string, shard: ShardSpec, folderFiles: number, reference: string, outcomes: readonly ArticleOutcome[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const header: ShardHeader = { format: FORMAT, version: FORMAT_VERSION, shard, folderFiles, files: outcomes.length, reference };
  const lines = [JSON.stringify(header), ...outcomes.map(outcomeLine)];
  const file = path.join(dir, shardFileName(shard));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${lines.join("\n")}\n`);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
  return file;
}

/** Every shard file in the given folders (or the files themselves), sorted. */
function shardFiles(paths: readonly string[], problems: Problem[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push({ file: p, line: 1, message: "cannot be read: pass the folders the map step wrote (--map-only --out DIR)" });
      continue;
    }
    if (!isDir) files.push(p);
    else files.push(...readdirSync(p).filter((n) => /^map-\d+-of-\d+\.jsonl$/.test(n)).map((n) => path.join(p, n)));
  }
  return [...new Set(files)].sort();
}

/**
 * Reads every shard in `paths` (folders or files) and checks they are one complete set, mapped with
 * this reference data: each of 1…N once, the same N and folder, no file missing. Problems name the
 * shard file and what to do.
 */
export async function readShards(paths: readonly string[], reference: string): Promise<{ outcomes: ArticleOutcome[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const outcomes: ArticleOutcome[] = [];
  const files = shardFiles(paths, problems);
  if (!files.length && !problems.length) problems.push({ file: paths.join(" "), line: 1, message: "holds no map shards (map-K-of-N.jsonl); run `compile --map-only --shard K/N --out DIR` first" });
  const seen = new Map<number, string>();
  let count: number | null = null;
  let folderFiles: number | null = null;
  let total = 0;
  for (const file of files) {
    let header: ShardHeader | null = null;
    let lineNo = 0;
    let read = 0;
    const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        lineNo++;
        if (!line) continue;
        if (!header) {
          const h = safeJson(line) as Partial<ShardHeader> | null;
          if (h?.format !== FORMAT || h.version !== FORMAT_VERSION || !h.shard) {
            problems.push({ file, line: 1, message: `is not a map shard of this version of Tiegraph (${FORMAT} ${FORMAT_VERSION}); map the articles again with this version` });
            break;
          }
          header = h as ShardHeader;
          continue;
        }
        const outcome = parsedOutcome(line);
        if (!outcome) {
          problems.push({ file, line: lineNo, message: "is cut short or damaged; map this shard again" });
          break;
        }
        outcomes.push(outcome);
        read++;
      }
    } catch {
      problems.push({ file, line: lineNo || 1, message: "cannot be read; map this shard again" });
      continue;
    }
    if (!header) continue;
    if (read !== header.files) problems.push({ file, line: lineNo, message: `holds ${read} of its ${header.files} articles; map this shard again` });
    if (header.reference !== reference) {
      problems.push({ file, line: 1, message: "was mapped with other actor or cue files than this reduce reads; map again with the same data/actors.yaml and data/cues.yaml, or pass them with --actors and --cues" });
    }
    if (count !== null && header.shard.count !== count) problems.push({ file, line: 1, message: `is one of ${header.shard.count} shards, another is one of ${count}; reduce the shards of one run only` });
    if (folderFiles !== null && header.folderFiles !== folderFiles) problems.push({ file, line: 1, message: `was mapped from a folder of ${header.folderFiles} articles, another from ${folderFiles}; map every shard from the same folder` });
    const other = seen.get(header.shard.index);
    if (other) problems.push({ file, line: 1, message: `is shard ${header.shard.index}/${header.shard.count} again (also ${other}); keep one` });
    seen.set(header.shard.index, file);
    count ??= header.shard.count;
    folderFiles ??= header.folderFiles;
    total += header.files;
  }
  if (count !== null) {
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
    if (missing.length) problems.push({ file: paths.join(" "), line: 1, message: `lacks shard(s) ${missing.map((k) => `${k}/${count}`).join(", ")}; run the map step for them, or pass the folders that hold them` });
    else if (folderFiles !== null && total !== folderFiles) problems.push({ file: paths.join(" "), line: 1, message: `shards hold ${total} articles, the folder had ${folderFiles}; map every shard again` });
  }
  return { outcomes, problems };
}

function parsedOutcome(line: string): ArticleOutcome | null {
  try {
    return outcomeOf(line);
  } catch {
    return null;
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}
