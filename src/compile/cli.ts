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
import { compileFolder } from "./node/compile-folder";
import { formatProblem } from "./problems";
import { serializeCandidates, serializeGraph, splitGraph, type ArticleTextFile } from "./serialize";
import { CANDIDATES_FILE, COMPILER_READING_FILE } from "../graph/candidates";

const USAGE = `usage: npm run compile -- [--articles <dir>] [--actors <file>] [--cues <file>]
                          [--curation <file> | --no-curation] [--out <file>] [--jobs <n>]
defaults: data/articles, data/actors.yaml, data/cues.yaml, data/curation.yaml, public/graph.json`;

interface Options {
  articles: string;
  actors: string;
  cues: string;
  curation: string | null;
  out: string;
  /** Worker threads for reading articles; default: every core (small corpora use one). */
  jobs: number | undefined;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "data/articles" },
      actors: { type: "string", default: "data/actors.yaml" },
      cues: { type: "string", default: "data/cues.yaml" },
      curation: { type: "string" },
      "no-curation": { type: "boolean", default: false },
      out: { type: "string", default: "public/graph.json" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const curation = values["no-curation"] ? null : (values.curation ?? (existsSync("data/curation.yaml") ? "data/curation.yaml" : null));
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new Error(`--jobs must be a whole number of at least 1, not '${values.jobs}'`);
  return { articles: values.articles, actors: values.actors, cues: values.cues, curation, out: values.out, jobs };
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
  const result = await compileFolder(opts, { jobs: opts.jobs, onProgress: progressLine(started) });
  const problems = result.problems;
  if (!result.articleFiles && !problems.length) problems.push({ file: opts.articles, line: 1, message: "holds no .md articles; add one (see README: adding an article)" });
  if (problems.length || !result.graph) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`compile: ${problems.length} problem(s); ${opts.out} left unchanged`);
    return 1;
  }

  const { graph, texts } = splitGraph(result.graph);
  const json = serializeGraph(graph);
  const previous = existsSync(opts.out) ? await readFile(opts.out, "utf8").catch(() => null) : null;
  // The article texts first, under names no current graph uses, then graph.json, which commits them.
  await writeArticleTexts(path.dirname(opts.out), texts);
  if (previous !== json) await writeAtomically(opts.out, json);
  // The candidates (for the Review view) and the extractor's own reading (when curation was applied)
  // beside it; neither is part of the graph.
  const outDir = path.dirname(opts.out);
  await writeIfChanged(path.join(outDir, CANDIDATES_FILE), serializeCandidates(result.candidates ?? []));
  const compilerOnly = path.join(outDir, COMPILER_READING_FILE);
  if (result.uncurated) await writeIfChanged(compilerOnly, serializeGraph(splitGraph(result.uncurated).graph));
  else await rm(compilerOnly, { force: true });
  await removeStaleTemps(opts.out);
  await removeStaleTexts(path.dirname(opts.out), texts);
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

/** Writes each article text file that is not there yet (its name is its content), atomically. */
async function writeArticleTexts(outDir: string, texts: readonly ArticleTextFile[]): Promise<void> {
  for (const t of texts) {
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

/** Removes article text files the graph just written no longer names (and a killed compile's temps). */
async function removeStaleTexts(outDir: string, texts: readonly ArticleTextFile[]): Promise<void> {
  const dir = path.join(outDir, "articles");
  const keep = new Set(texts.map((t) => path.basename(t.file)));
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const stale = name.endsWith(".json") ? !keep.has(name) : isKilledCompileTemp(name);
    if (stale) await rm(path.join(dir, name), { force: true });
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
