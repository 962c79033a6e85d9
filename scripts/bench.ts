/**
 * `npm run bench`: the one place speed is measured. Compiles synthetic corpora of 100, 1,000 and
 * 10,000 articles built from the shipped articles' real sentences with the actors varied, and prints
 * throughput, peak memory and how time grows with size; with `--app` (default when a production
 * build exists) it also measures the built app in headless Chromium, then compiles corpora of 3,000
 * and 10,000 articles and opens them in the build (bench-corpora.ts). Writes bench/results.json.
 * Numbers, not assertions: these machines are noisy, so nothing here is a timed unit test.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import type { SourceFile } from "../src/compile/compile-corpus";
import { createRequire } from "node:module";
import { compilerBundle, workerBundle } from "../src/compile/node/compiler-bundle";
import { measureApp, type AppMeasures } from "./bench-app";
import { measureCorpora, type CorpusMeasures } from "./bench-corpora";
import { sentenceTemplates, syntheticCorpus, writeCorpus } from "./synthetic-corpus";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The compiler as `npm run compile` runs it: from its bundle (see compiler-bundle.ts), not through tsx. */
const { compileFolder, PARALLEL_FROM } = createRequire(import.meta.url)(compilerBundle("node/compile-folder.ts")) as typeof import("../src/compile/node/compile-folder");
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
/** The compile targets: 5 MB/s (the compiler issue), 20 MB/s (the scale issue). */
const TARGETS_MB_S = [5, 20];
const TARGET_GROWTH = 11;
/** The linguistic layer's budget: the whole compile in at most this many times a bare wink-nlp tagging pass. */
const TARGET_TAGGING_RATIO = 3;

/**
 * A bare wink-nlp pass over the same articles: sentences, parts of speech and negation for every word,
 * as the compiler's first stage uses them, on one thread. What the compile adds is judged against it.
 */
function measureTagging(dir: string): number {
  const nlp = winkNLP(model, ["sbd", "negation", "pos"]);
  const its = nlp.its;
  const bodies = readdirSync(dir).map((n) => readFileSync(path.join(dir, n), "utf8").replace(/^---[\s\S]*?\n---\n/, ""));
  nlp.readDoc(bodies[0] ?? "").tokens().out(its.pos);
  const start = performance.now();
  for (const body of bodies) nlp.readDoc(body).tokens().out(its.pos);
  return (performance.now() - start) / 1000;
}

interface CompileMeasure {
  articles: number;
  /** Threads reading articles: 1, or as many as `npm run compile` uses by default. */
  threads: number;
  /** Run as `npm run compile` runs it (threads chosen by corpus size). */
  defaultRun: boolean;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  peakRssMb: number;
  ties: number;
}

/** Compiles the folder `dir` on `threads` threads, or as `npm run compile` chooses when undefined. */
async function measureCompile(dir: string, threads: number | undefined): Promise<CompileMeasure> {
  const names = readdirSync(dir);
  const bytes = names.reduce((n, name) => n + statSync(path.join(dir, name)).size, 0);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const { graph, problems, threads: used } = await compileFolder(
    { articles: dir, actors: path.join(ROOT, "data/actors.yaml"), cues: path.join(ROOT, "data/cues.yaml"), curation: null },
    { jobs: threads },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!graph) throw new Error(`synthetic corpus failed to compile: ${problems[0]?.file}:${problems[0]?.line}: ${problems[0]?.message}`);
  return {
    articles: names.length,
    threads: used,
    defaultRun: threads === undefined,
    megabytes: bytes / 1e6,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: names.length / seconds,
    peakRssMb: peak / 1e6,
    ties: graph.ties.length,
  };
}

const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? "pass" : "FAIL");

async function main() {
  const actors: SourceFile = { file: "data/actors.yaml", text: readFileSync(path.join(ROOT, "data/actors.yaml"), "utf8") };
  const { templates, names } = sentenceTemplates(actors);
  const scratch = mkdtempSync(path.join(tmpdir(), "tiegraph-bench-"));
  const corpus = (size: number) => writeCorpus(syntheticCorpus(size, templates, names), path.join(scratch, String(size)));
  const cores = availableParallelism();
  const compile: CompileMeasure[] = [];
  const tagging: { articles: number; taggingSeconds: number; compileSeconds: number }[] = [];
  try {
    // Warm up the JIT so the first size is not penalised, and build the worker bundle, which the
    // first compile after a change to the compiler's sources builds once (0.5–1 s; it used to be
    // counted in the first parallel run, 1,000 articles).
    await measureCompile(corpus(80), 1);
    workerBundle();

    console.log(`compile: synthetic corpora from ${templates.length} real sentences, ${names.size} actors varied; ${cores} cores\n`);
    console.log(`(threads: 1, or 'auto n' as npm run compile chooses: every core from ${PARALLEL_FROM.toLocaleString("en-US")} articles)\n`);
    console.log("articles  threads      MB     seconds   MB/s    articles/s   peak RSS MB   ties");
    for (const size of SIZES) {
      const dir = corpus(size);
      for (const threads of [1, undefined]) {
        const m = await measureCompile(dir, threads);
        compile.push(m);
        console.log(
          `${String(m.articles).padStart(8)} ${(m.defaultRun ? `auto ${m.threads}` : String(m.threads)).padStart(8)} ${fmt(m.megabytes).padStart(7)} ${fmt(m.seconds, 2).padStart(10)} ${fmt(m.mbPerSecond).padStart(7)} ${fmt(m.articlesPerSecond, 0).padStart(12)} ${fmt(m.peakRssMb, 0).padStart(13)} ${String(m.ties).padStart(6)}`,
        );
      }
      if (size >= 1000 && tagging.length === 0) {
        const oneThread = compile.find((m) => m.articles === size && m.threads === 1)!;
        tagging.push({ articles: size, taggingSeconds: measureTagging(dir), compileSeconds: oneThread.seconds });
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // The compile as `npm run compile` runs it, judged on the corpora the issues name (1,000 and 10,000
  // articles); a 100-article corpus (0.7 MB) mostly measures start-up and is printed for orientation.
  const allCores = compile.filter((m) => m.defaultRun);
  const judged = allCores.filter((m) => m.articles >= 1000);
  const throughput = Math.min(...(judged.length ? judged : allCores).map((m) => m.mbPerSecond));
  const small = allCores.find((m) => m.articles === 1000);
  const large = allCores.find((m) => m.articles === 10000);
  const growth = small && large ? large.seconds / small.seconds : null;
  for (const target of TARGETS_MB_S) {
    console.log(`\ntarget: ≥ ${target} MB/s at 1,000 and 10,000 articles (as npm run compile runs) .. ${fmt(throughput)} MB/s  ${verdict(throughput >= target)}`);
  }
  if (growth !== null) console.log(`target: 10× the articles in ≤ ${TARGET_GROWTH}× the time ....... ${fmt(growth, 2)}×  ${verdict(growth <= TARGET_GROWTH)}`);
  for (const t of tagging) {
    const ratio = t.compileSeconds / t.taggingSeconds;
    console.log(`\nbare wink-nlp tagging of the same ${t.articles.toLocaleString("en-US")} articles (sentences, POS, negation; one thread): ${fmt(t.taggingSeconds, 2)} s`);
    console.log(`target: whole compile (one thread) ≤ ${TARGET_TAGGING_RATIO}× that pass ........ ${fmt(t.compileSeconds, 2)} s = ${fmt(ratio, 2)}×  ${verdict(ratio <= TARGET_TAGGING_RATIO)}`);
  }

  let app: AppMeasures | null = null;
  if (process.argv.includes("--no-app")) {
    console.log("\napp: skipped (--no-app)");
  } else if (!existsSync(path.join(ROOT, "dist/index.html"))) {
    console.log("\napp: skipped (no production build; run `npm run build` first)");
  } else {
    app = await measureApp(ROOT);
  }

  // Compiled corpora of 3,000 and 10,000 articles opened in the build (BENCH_CORPUS_SIZES to change).
  let corpora: CorpusMeasures[] | null = null;
  if (process.argv.includes("--no-app") || process.argv.includes("--no-corpora")) {
    console.log("\ncorpora: skipped");
  } else if (existsSync(path.join(ROOT, "dist/index.html"))) {
    corpora = await measureCorpora(ROOT);
  }

  mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  writeFileSync(
    path.join(ROOT, "bench/results.json"),
    `${JSON.stringify({ compile, tagging, targets: { mbPerSecond: { value: throughput, targets: TARGETS_MB_S }, growth: { value: growth, target: TARGET_GROWTH }, taggingRatio: { target: TARGET_TAGGING_RATIO } }, app, corpora }, null, 2)}\n`,
  );
  console.log("\nwrote bench/results.json");
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
