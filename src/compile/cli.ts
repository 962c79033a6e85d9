/**
 * `npm run compile`: the only part of the compiler that touches the disk. Reads the corpus, compiles
 * it, prints every problem as `file:line: message`, and writes the graph atomically, so a failed
 * compile leaves the last good graph in place.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { compileCorpus, type SourceFile } from "./compile-corpus";
import { formatProblem, type Problem } from "./problems";
import { serializeGraph } from "./serialize";

const USAGE = `usage: npm run compile -- [--articles <dir>] [--actors <file>] [--cues <file>]
                          [--curation <file> | --no-curation] [--out <file>]
defaults: data/articles, data/actors.yaml, data/cues.yaml, data/curation.yaml, public/graph.json`;

interface Options {
  articles: string;
  actors: string;
  cues: string;
  curation: string | null;
  out: string;
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
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const curation = values["no-curation"] ? null : (values.curation ?? (existsSync("data/curation.yaml") ? "data/curation.yaml" : null));
  return { articles: values.articles, actors: values.actors, cues: values.cues, curation, out: values.out };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readText(file: string, problems: Problem[]): Promise<SourceFile | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    problems.push({ file, line: 1, message: "cannot be read: check that the file exists and is readable" });
    return null;
  }
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    // Locate the first undecodable byte through the lenient decoder's replacement character.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : lenient.slice(0, bad).split("\n").length;
    problems.push({ file, line, message: "is not UTF-8 text; save it as UTF-8 (plain text) and compile again" });
    return null;
  }
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
  const problems: Problem[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(opts.articles)).filter((n) => n.endsWith(".md")).sort();
  } catch {
    problems.push({ file: opts.articles, line: 1, message: "is not a readable folder of articles; pass --articles <dir>" });
  }
  const read = async (f: string) => readText(f, problems);
  const articles = (await Promise.all(names.map((n) => read(path.join(opts.articles, n))))).filter((a): a is SourceFile => a !== null);
  const actors = await read(opts.actors);
  const cues = await read(opts.cues);
  const curation = opts.curation ? await read(opts.curation) : null;

  const result = actors && cues ? compileCorpus({ articles, actors, cues, curation }) : { graph: null, problems: [] };
  problems.push(...result.problems);
  if (!names.length && !problems.length) problems.push({ file: opts.articles, line: 1, message: "holds no .md articles; add one (see README: adding an article)" });
  if (problems.length || !result.graph) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`compile: ${problems.length} problem(s); ${opts.out} left unchanged`);
    return 1;
  }

  const graph = result.graph;
  const json = serializeGraph(graph);
  const previous = existsSync(opts.out) ? await readFile(opts.out, "utf8").catch(() => null) : null;
  if (previous !== json) {
    await mkdir(path.dirname(opts.out), { recursive: true });
    const tmp = `${opts.out}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, json);
      await rename(tmp, opts.out);
    } finally {
      await rm(tmp, { force: true });
    }
  }
  await removeStaleTemps(opts.out);
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

/** Removes temporary files a killed compile left beside `out` (public/ would ship them); a running compile's is kept. */
async function removeStaleTemps(out: string): Promise<void> {
  const prefix = `${path.basename(out)}.`;
  const names = await readdir(path.dirname(out)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith(".tmp") ? Number(name.slice(prefix.length, -4)) : NaN;
    if (Number.isInteger(pid) && !isRunning(pid)) await rm(path.join(path.dirname(out), name), { force: true });
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
