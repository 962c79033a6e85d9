/**
 * The corpus half of `npm run bench`: corpora of 3,000 and 10,000 articles built from the shipped
 * articles (synthetic-corpus.ts, with syndicated reprints), compiled by `npm run compile` as a user
 * would run it, then opened in the production build. For each: the compile's time and peak memory,
 * the output's size against the corpus's, the first graph drawn (median of five fresh loads), the
 * busiest tie's first page of evidence, a year filter, compare and click → panel.
 * `tsx scripts/bench-corpora.ts [root]` measures the checkout at `root` (default: this one), so an
 * older build can be measured with the same code in the same minutes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { Graph } from "../src/graph/schema";
import { ARGS, GIVE_UP_MS, measureGraph, newPage, startPreview } from "./bench-app";
import { sentenceTemplates, syntheticCorpus, writeCorpus } from "./synthetic-corpus";

const HERE = path.resolve(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_CORPUS_SIZES ?? "3000,10000").split(",").filter(Boolean).map(Number);
const LOADS = 5;
export const CORPUS_TARGET = {
  outputRatio: 2,
  firstGraphMs: { 3000: 2000, 10000: 3000 } as Record<number, number>,
  firstPageMs: 300,
  filterMs: 100,
  clickMs: 100,
};

export interface CorpusMeasures {
  articles: number;
  corpusMb: number;
  outputMb: number;
  /** graph.json alone: what the first load fetches. */
  firstFileMb: number;
  outputRatio: number;
  compileSeconds: number;
  compilePeakRssMb: number;
  ties: number;
  firstGraphRunsMs: number[];
  firstGraphMs: number;
  busiestTie: string;
  busiestTieQuotes: number;
  busiestTieFirstPageMs: number;
  yearFilterMs: number;
  compareMs: number;
  clickToPanelMs: number;
}

/** Bytes of every file under `dir`. */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** Runs `npm run compile` of `root` on `articles` into `out`; its time and peak memory (GNU time, when installed). */
function compile(root: string, articles: string, out: string): { seconds: number; peakRssMb: number } {
  const node = [process.execPath, "--import", pathToFileURL(path.join(root, "node_modules/tsx/dist/esm/index.mjs")).href, path.join(root, "src/compile/node/run-compiler.ts"), "--articles", articles, "--out", out, "--no-curation"];
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const r = spawnSync(timed ? "/usr/bin/time" : node[0]!, timed ? ["-f", "peak-rss-kb %M", ...node] : node.slice(1), { cwd: root, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" } });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`compile of ${articles} failed: ${r.stderr.slice(-500)}`);
  const kb = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
  return { seconds, peakRssMb: kb ? Number(kb) / 1000 : -1 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? -1;

/** A fresh load (new context) of the served corpus: when the first graph was drawn. */
async function firstGraph(browser: Browser, url: string, file: string): Promise<number> {
  const page = await newPage(browser, file);
  try {
    await page.goto(url);
    const at = await page
      .waitForFunction(() => (window as unknown as { benchProbe: { firstGraphAt: number | null } }).benchProbe.firstGraphAt, null, { timeout: GIVE_UP_MS, polling: 50 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => -1);
    return Math.round(at);
  } finally {
    await page.close();
  }
}

/** In a loaded page: from the hash naming the tie until its first quote is on screen. */
async function firstEvidencePage(page: Page, tieId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const done = () => document.querySelector(".tg-evidence blockquote");
        const check = () => (done() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : performance.now() - t0 > 20_000 ? resolve(-1) : requestAnimationFrame(check));
        location.hash = `#/tie/${encodeURIComponent(id)}`;
        requestAnimationFrame(check);
      }),
    tieId,
  );
}

/** From switching "Compare years" on until the network shows another set of ties. */
async function compareTime(page: Page): Promise<number> {
  const before = await page.evaluate(() => {
    const w = window as unknown as { benchDrawn: () => { ties: number }; benchChangeAt?: number };
    w.benchChangeAt = undefined;
    document.addEventListener("change", () => (w.benchChangeAt ??= performance.now()), { capture: true, once: true });
    return w.benchDrawn().ties;
  });
  // A click, not check(): the switch follows the URL, which the app updates after the click.
  await page.getByRole("switch", { name: "Compare years" }).click();
  const at = await page
    .waitForFunction((ties) => ((window as unknown as { benchDrawn: () => { ties: number } }).benchDrawn().ties !== ties ? performance.now() : false), before, { polling: "raf", timeout: 10_000 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => -1);
  const t0 = await page.evaluate(() => (window as unknown as { benchChangeAt?: number }).benchChangeAt ?? -1);
  return at < 0 || t0 < 0 ? -1 : Math.round(at - t0);
}

/** Builds, compiles and measures each corpus size against the production build in `root`/dist. */
export async function measureCorpora(root: string): Promise<CorpusMeasures[]> {
  if (!existsSync(path.join(root, "dist/index.html"))) throw new Error(`no production build in ${root}/dist; run \`npm run build\` first`);
  const actors = { file: "data/actors.yaml", text: readFileSync(path.join(HERE, "data/actors.yaml"), "utf8") };
  const { templates, names } = sentenceTemplates(actors);
  const served = path.join(root, "dist/bench-corpora");
  const scratch = path.join(root, "node_modules/.cache/tiegraph-bench-corpora");
  const results: CorpusMeasures[] = [];
  try {
    for (const size of SIZES) {
      const articles = writeCorpus(syntheticCorpus(size, templates, names), path.join(scratch, String(size)));
      const out = path.join(served, String(size));
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const compiled = compile(root, articles, path.join(out, "graph.json"));
      const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as Graph & { ties: { id: string; strength: { total: { quotes: number } } }[] };
      const busiest = [...graph.ties].sort((a, b) => b.strength.total.quotes - a.strength.total.quotes || a.id.localeCompare(b.id))[0]!;
      const corpusBytes = bytesUnder(articles);
      const outputBytes = bytesUnder(out);
      const preview = await startPreview(root);
      try {
        const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
        try {
          const file = `bench-corpora/${size}/graph.json`;
          const page = await newPage(browser, file);
          const errors: string[] = [];
          page.on("pageerror", (e) => errors.push(e.message));
          page.on("crash", () => errors.push("the page crashed"));
          // The network shows core actors by default: click the most mentioned of those.
          const top = graph.actors.filter((a) => a.core).sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 3).map((a) => a.id);
          const m = await measureGraph(page, preview.url, `${size} articles`, graph as Graph, top).catch((err: unknown) => {
            console.log(`  (load, year filter and click not measured: ${(err as Error).message.split("\n")[0]}${errors.length ? `; ${errors.join("; ")}` : ""})`);
            return null;
          });
          const firstPage = m ? await firstEvidencePage(page, busiest.id) : -1;
          await page.close();
          const comparePage = await newPage(browser, file);
          await comparePage.goto(preview.url);
          const drawn = await comparePage
            .waitForFunction(() => (window as unknown as { benchProbe: { firstGraphAt: number | null } }).benchProbe.firstGraphAt, null, { timeout: GIVE_UP_MS, polling: 100 })
            .then(() => true)
            .catch(() => false);
          const compareMs = drawn ? await compareTime(comparePage) : -1;
          await comparePage.close();
          const runs: number[] = [];
          for (let i = 0; i < LOADS; i++) runs.push(await firstGraph(browser, preview.url, file));
          results.push({
            articles: size,
            corpusMb: corpusBytes / 1e6,
            outputMb: outputBytes / 1e6,
            firstFileMb: statSync(path.join(out, "graph.json")).size / 1e6,
            outputRatio: outputBytes / corpusBytes,
            compileSeconds: compiled.seconds,
            compilePeakRssMb: compiled.peakRssMb,
            ties: graph.ties.length,
            firstGraphRunsMs: runs,
            firstGraphMs: median(runs),
            busiestTie: busiest.id,
            busiestTieQuotes: busiest.strength.total.quotes,
            busiestTieFirstPageMs: Math.round(firstPage),
            yearFilterMs: m?.yearFilterRedrawMs ?? -1,
            compareMs,
            clickToPanelMs: m?.clickToPanelMs ?? -1,
          });
          printCorpus(results.at(-1)!);
        } finally {
          await browser.close();
        }
      } finally {
        preview.stop();
      }
    }
  } finally {
    rmSync(served, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

function printCorpus(m: CorpusMeasures): void {
  const v = (ok: boolean) => (ok ? "pass" : "FAIL");
  const ms = (n: number) => (n < 0 ? "—" : `${Math.round(n)} ms`);
  const t = CORPUS_TARGET;
  const firstTarget = t.firstGraphMs[m.articles] ?? t.firstGraphMs[10000]!;
  console.log(`\ncorpus of ${m.articles.toLocaleString("en-US")} articles (${m.corpusMb.toFixed(1)} MB; compiled, ${m.ties.toLocaleString("en-US")} ties):`);
  console.log(`  compile ............................ ${m.compileSeconds.toFixed(1)} s, peak RSS ${m.compilePeakRssMb < 0 ? "— (no GNU time)" : `${Math.round(m.compilePeakRssMb)} MB`}`);
  console.log(`  output ≤ ${t.outputRatio}× the corpus ............... ${m.outputMb.toFixed(1)} MB = ${m.outputRatio.toFixed(2)}× (graph.json ${m.firstFileMb.toFixed(1)} MB)  ${v(m.outputRatio <= t.outputRatio)}`);
  console.log(`  first graph ≤ ${firstTarget} ms (median of ${m.firstGraphRunsMs.length}) .. ${ms(m.firstGraphMs)} (${m.firstGraphRunsMs.join(", ")})  ${v(m.firstGraphMs >= 0 && m.firstGraphMs <= firstTarget)}`);
  console.log(`  busiest tie's first page ≤ ${t.firstPageMs} ms ... ${ms(m.busiestTieFirstPageMs)} (${m.busiestTie}, ${m.busiestTieQuotes} quotes)  ${v(m.busiestTieFirstPageMs >= 0 && m.busiestTieFirstPageMs <= t.firstPageMs)}`);
  console.log(`  year filter ≤ ${t.filterMs} ms ................... ${ms(m.yearFilterMs)}  ${v(m.yearFilterMs >= 0 && m.yearFilterMs <= t.filterMs)}`);
  console.log(`  compare ≤ ${t.filterMs} ms ....................... ${ms(m.compareMs)}  ${v(m.compareMs >= 0 && m.compareMs <= t.filterMs)}`);
  console.log(`  click → panel ≤ ${t.clickMs} ms ................. ${ms(m.clickToPanelMs)}  ${v(m.clickToPanelMs >= 0 && m.clickToPanelMs <= t.clickMs)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(process.argv[2] ?? HERE);
  measureCorpora(root).then(
    (results) => console.log(`\n${JSON.stringify(results)}`),
    (err: unknown) => {
      console.error(`bench-corpora: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
