/**
 * `npm run compile`: the command. With node/ (reading files, worker threads) the only part of the
 * compiler that touches the disk. Compiles the corpus on every core, prints every problem as
 * `file:line: message`, and writes the graph atomically, so a failed compile leaves the last good
 * graph in place.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { compileFolder, mapFolder, reduceShards } from "./node/compile-folder";
import { parseShardSpec, writeShard, type ShardSpec } from "./node/map-shards";
import { formatProblem } from "./problems";
import { serializeCandidates, serializeGraph, SIDE_FOLDERS, splitGraph, type SideFile } from "./serialize";
import { CANDIDATES_FILE, COMPILER_READING_FILE } from "../graph/candidates";

const USAGE = `usage: npm run compile -- [--articles <dir>] [--actors <file>] [--cues <file>]
                          [--curation <file> | --no-curation] [--out <file>] [--jobs <n>]
       npm run compile -- --map-only --shard K/N --out <dir> [--articles <dir>] [--actors <file>] [--cues <file>] [--jobs <n>]
       npm run compile -- --reduce <dir>... [--actors <file>] [--cues <file>] [--curation <file> | --no-curation] [--out <file>]
defaults: data/articles, data/actors.yaml, data/cues.yaml, data/curation.yaml, public/graph.json
--map-only reads the K-th of N parts of the articles and writes what it found to <dir>; --reduce
merges the N parts into the graph, the same bytes as one compile of the whole folder (README: Compiling on many machines).`;

interface Options {
  articles: string;
  actors: string;
  cues: string;
  curation: string | null;
  out: string;
  /** Worker threads for reading articles; default: every core (small corpora use one). */
  jobs: number | undefined;
  /** `--map-only --shard K/N`: map one part of the articles into the folder `out`. */
  mapOnly: ShardSpec | null;
  /** `--reduce DIR…`: the folders of map shards to merge. */
  reduce: string[] | null;
}

function options(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "data/articles" },
      actors: { type: "string", default: "data/actors.yaml" },
      cues: { type: "string", default: "data/cues.yaml" },
      curation: { type: "string" },
      "no-curation": { type: "boolean", default: false },
      out: { type: "string", default: "public/graph.json" },
      jobs: { type: "string" },
      "map-only": { type: "boolean", default: false },
      shard: { type: "string" },
      reduce: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const curation = values["no-curation"] ? null : (values.curation ?? (existsSync("data/curation.yaml") ? "data/curation.yaml" : null));
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new Error(`--jobs must be a whole number of at least 1, not '${values.jobs}'`);
  if (values["map-only"] && values.reduce) throw new Error("--map-only and --reduce are two steps: run the maps, then one reduce");
  if (values["map-only"] && values.shard === undefined) throw new Error("--map-only needs --shard K/N (which part of the articles this process maps)");
  if (!values["map-only"] && values.shard !== undefined) throw new Error("--shard goes with --map-only");
  if (values["map-only"] && values.out === "public/graph.json") throw new Error("--map-only needs --out <dir>, the folder its shard file goes to");
  if (values.reduce && !positionals.length) throw new Error("--reduce needs the folders the map steps wrote: --reduce DIR…");
  if (!values.reduce && positionals.length) throw new Error(`unexpected argument '${positionals[0]}'`);
  const shard = values["map-only"] ? parseShardSpec(values.shard!) : null;
  return { articles: values.articles, actors: values.actors, cues: values.cues, curation, out: values.out, jobs, mapOnly: shard, reduce: values.reduce ? positionals : null };
}

/**
 * One line on the terminal, rewritten in place: articles done, rate and time left. Silent when
 * stderr is not a terminal (CI logs, pipes), and only for compiles long enough to need it.
 */
function progressLine(started: number): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    if (seconds < 1 && done < total) return;
    const rate = done / Math.max(seconds, 1e-3);
    const left = Math.ceil((total - done) / Math.max(rate, 1e-3));
    process.stderr.write(`\r\x1b[2Kcompile: ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} articles, ${Math.round(rate).toLocaleString("en-US")}/s, ${left} s left`);
    if (done === total) process.stderr.write("\r\x1b[2K");
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  let opts: Options;
  try {
    opts = options(process.argv.slice(2));
  } catch (err) {
    console.error(`compile: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.mapOnly) return mapOnly(opts, opts.mapOnly, started);
  const result = opts.reduce ? await reduceShards(opts.reduce, opts) : await compileFolder(opts, { jobs: opts.jobs, onProgress: progressLine(started) });
  const problems = result.problems;
  if (!result.articleFiles && !problems.length) problems.push({ file: opts.articles, line: 1, message: "holds no .md articles; add one (see README: adding an article)" });
  if (problems.length || !result.graph) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`compile: ${problems.length} problem(s); ${opts.out} left unchanged`);
    return 1;
  }

  const { graph, files } = splitGraph(result.graph);
  const uncurated = result.uncurated ? splitGraph(result.uncurated) : null;
  const sideFiles = [...files, ...(uncurated?.files ?? [])];
  const json = serializeGraph(graph);
  const previous = existsSync(opts.out) ? await readFile(opts.out, "utf8").catch(() => null) : null;
  // The side files first (article texts, co-mention sentences), under names no current graph uses,
  // then graph.json, which commits them.
  await writeSideFiles(path.dirname(opts.out), sideFiles);
  if (previous !== json) await writeAtomically(opts.out, json);
  // The candidates (for the Review view) and the extractor's own reading (when curation was applied)
  // beside it; neither is part of the graph.
  const outDir = path.dirname(opts.out);
  await writeIfChanged(path.join(outDir, CANDIDATES_FILE), serializeCandidates(result.candidates ?? []));
  const compilerOnly = path.join(outDir, COMPILER_READING_FILE);
  if (uncurated) await writeIfChanged(compilerOnly, serializeGraph(uncurated.graph));
  else await rm(compilerOnly, { force: true });
  await removeStaleTemps(opts.out);
  await removeStaleSideFiles(path.dirname(opts.out), sideFiles);
  const s = graph.stats;
  const byType = Object.entries(s.tiesByType).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(", ");
  const ms = Math.round(performance.now() - started);
  console.log(
    `compiled ${s.articles} articles, ${s.sentences} sentences, ${s.mentions} mentions → ${s.ties} ties (${s.evidence} quotes), ${s.coMentions} co-mentions in ${ms} ms` +
      `\n  ties by type: ${byType || "none"}` +
      `\n  ${previous === json ? "unchanged" : "wrote"} ${opts.out}${opts.curation ? "" : " (no curation)"}`,
  );
  return 0;
}

/** Writes `file` atomically unless it already holds `text`. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const previous = existsSync(file) ? await readFile(file, "utf8").catch(() => null) : null;
  if (previous !== text) await writeAtomically(file, text);
}

/** `--map-only --shard K/N --out DIR`: the map step over one part of the folder, written to DIR for a reduce. */
async function mapOnly(opts: Options, shard: ShardSpec, started: number): Promise<number> {
  const mapped = await mapFolder(opts, { shard, jobs: opts.jobs, onProgress: progressLine(started) });
  const problems = [...mapped.problems, ...mapped.outcomes.flatMap((o) => o.problems)];
  if (!mapped.folderFiles && !problems.length) problems.push({ file: opts.articles, line: 1, message: "holds no .md articles; add one (see README: adding an article)" });
  if (mapped.reference === null || !mapped.folderFiles) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`compile: ${problems.length} problem(s); no shard written`);
    return 1;
  }
  // Written even with problems in articles, so the reduce reports every shard's problems at once.
  const file = await writeShard(opts.out, shard, mapped.folderFiles, mapped.reference, mapped.outcomes);
  for (const p of problems) console.error(formatProblem(p));
  const ms = Math.round(performance.now() - started);
  console.log(`mapped ${mapped.outcomes.length} of ${mapped.folderFiles} articles (shard ${shard.index}/${shard.count}) in ${ms} ms\n  wrote ${file}`);
  if (problems.length) console.error(`compile: ${problems.length} problem(s); the reduce will report them too`);
  return problems.length ? 1 : 0;
}

/** Writes each side file (article text, co-mention sentences) that is not there yet (its name is its content), atomically. */
async function writeSideFiles(outDir: string, files: readonly SideFile[]): Promise<void> {
  for (const t of files) {
    const file = path.join(outDir, t.file);
    if (!existsSync(file)) await writeAtomically(file, t.json);
  }
}

/** Writes `file` under a temporary name of this process, then renames it: readers see old or new, whole. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** A `<file>.<pid>.tmp` left by a compile that is no longer running (a running one's is kept). */
function isKilledCompileTemp(name: string): boolean {
  const pid = /\.(\d+)\.tmp$/.exec(name)?.[1];
  return pid !== undefined && !isRunning(Number(pid));
}

/** Removes side files the graphs just written no longer name (and a killed compile's temps). */
async function removeStaleSideFiles(outDir: string, files: readonly SideFile[]): Promise<void> {
  const keep = new Set(files.map((t) => t.file));
  for (const folder of SIDE_FOLDERS) {
    const dir = path.join(outDir, folder);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const stale = name.endsWith(".json") ? !keep.has(`${folder}/${name}`) : isKilledCompileTemp(name);
      if (stale) await rm(path.join(dir, name), { force: true });
    }
  }
}

/** Removes temporary files a killed compile left beside `out` (public/ would ship them); a running compile's is kept. */
async function removeStaleTemps(out: string): Promise<void> {
  const prefixes = [path.basename(out), CANDIDATES_FILE, COMPILER_READING_FILE].map((f) => `${f}.`);
  const names = await readdir(path.dirname(out)).catch(() => [] as string[]);
  for (const name of names) {
    if (prefixes.some((p) => name.startsWith(p)) && isKilledCompileTemp(name)) await rm(path.join(path.dirname(out), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`compile: internal error: ${(err as Error)?.message ?? String(err)}; the graph was left unchanged. Please report this.`);
    process.exit(70);
  },
);
