/**
 * The app half of `npm run bench`: the production build served by `vite preview`, driven by
 * Playwright in headless Chromium, on the shipped corpus and on generated graphs of 1,000, 5,000 and
 * 10,000 actors with four ties each (written beside the build and served in place of graph.json). For each:
 * the time to the first drawn graph, until the layout settles, main-thread frame times while the
 * layout runs and while panning, the longest main-thread task while the layout runs, a year filter's
 * time to redraw, and a real click on an actor → its panel. For the shipped corpus also what the page
 * loads before the first graph (JS and CSS, gzip sizes computed from dist/).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { Graph } from "../src/graph/schema";
import { generatedGraph } from "./generated-graph";
import { SIDE_FOLDERS } from "../src/compile/serialize";

/** One graph's numbers. Times in ms from navigation start unless said otherwise; -1 when not reached. */
export interface GraphMeasures {
  graph: string;
  actors: number;
  ties: number;
  /** How the network was drawn: "svg" or "canvas". */
  drawnAs: string;
  /** For the shipped corpus: the median of SHIPPED_LOADS loads (each in a new browser context). */
  firstGraphMs: number;
  layoutSettledMs: number;
  /** Every load's first graph and settled layout, when several were taken (the shipped corpus). */
  loadRunsMs?: { firstGraph: number; settled: number }[];
  /** Main-thread frame times (rAF to rAF) between the first drawn graph and the settled layout. */
  layoutFrameMedianMs: number;
  layoutFrameP95Ms: number;
  /** Main-thread frame times while the mouse pans the picture. */
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  /** The longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms) from the first drawn graph until the layout settled; 0 if none. */
  longestTaskWhileLayoutMs: number;
  /** From choosing a year until the network shows that year's ties. */
  yearFilterRedrawMs: number;
  /** Median over several actors of pointer-down → first frame painted with the actor's panel heading. */
  clickToPanelMs: number;
  clickToPanelRunsMs: number[];
}

/** The app's numbers, as printed and written to bench/results.json. Sizes in kB (1,000 bytes) of gzip. */
export interface AppMeasures {
  /** Main-thread JS requested before the first graph was drawn: index.html's scripts, modulepreloads, imports. */
  firstLoadJsKbGzip: number;
  /** Worker scripts requested before the first graph was drawn (the layout), off the main thread. */
  firstLoadWorkerJsKbGzip: number;
  firstLoadCssKbGzip: number;
  /** The files counted as first load, relative to dist/. */
  firstLoadFiles: string[];
  /** JS fetched after the first graph (lazy views, preloaded when the browser is idle). */
  laterJsKbGzip: number;
  graphs: GraphMeasures[];
}

const TARGET = {
  jsKb: 120,
  shipped: { firstGraphMs: 500, settledMs: 1000, clickMs: 100 },
  large: { frameMedianMs: 16.7, frameP95Ms: 33, settledMs: 5000, longTaskMs: 200, filterMs: 100 },
  huge: { frameMedianMs: 33 },
};
const GENERATED_SIZES = (process.env.BENCH_APP_SIZES ?? "1000,5000,10000").split(",").filter(Boolean).map(Number);
/** Positions unchanged for this long count as settled (builds that do not say when their layout rests). */
const STILL_MS = 1000;
export const GIVE_UP_MS = Number(process.env.BENCH_GIVE_UP_MS ?? 40_000);
const SHIPPED_CLICKS = ["iran", "syria", "israel", "russia", "united-states"];
/**
 * The shipped page's first graph is timed over this many loads, each in a new browser context (no
 * cache), and the median kept: one load on this machine varied from 380 to 900 ms with the hour and
 * with the disk still writing the generated graphs, too much for one sample to say pass or fail.
 */
const SHIPPED_LOADS = 5;
const YEAR_CHANGE = "2024";
export const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The in-page record kept by `installProbe`; times are `performance.now()` (from navigation start). */
interface Probe {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  firstGraphAt: number | null;
  settledAt: number | null;
  drawnAs: string;
}

interface BenchWindow {
  benchProbe: Probe;
  benchDrawn: () => { nodes: number; ties: number; as: string };
  benchClick: Promise<number>;
  tiegraphNetwork?: { actorScreenPoint: (id: string) => { x: number; y: number } | null };
}

/**
 * Runs in the page before any of its scripts: records every animation frame's time and every long
 * task, notes when the network first shows nodes and when its layout comes to rest. The network says
 * so itself (`.network[data-layout="settled"]`); for builds that do not, rest is nodes' on-screen
 * boxes unchanged for `stillMs` (a sample of 60 nodes).
 */
function installProbe({ stillMs }: { stillMs: number }): void {
  const page = window as unknown as BenchWindow;
  const probe: Probe = { frames: [], longTasks: [], firstGraphAt: null, settledAt: null, drawnAs: "" };
  page.benchProbe = probe;
  page.benchDrawn = () => {
    const svgNodes = document.querySelectorAll("svg g.net-node[data-actor-id]").length;
    if (svgNodes) return { nodes: svgNodes, ties: document.querySelectorAll("[data-tie-id]").length, as: "svg" };
    const canvas = document.querySelector<HTMLCanvasElement>("canvas[data-nodes]");
    return canvas ? { nodes: Number(canvas.dataset.nodes), ties: Number(canvas.dataset.ties), as: "canvas" } : { nodes: 0, ties: 0, as: "" };
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long task API: longest task reads 0
  }
  const signature = () =>
    [...document.querySelectorAll("svg g.net-node[data-actor-id]")]
      .slice(0, 60)
      .map((n) => {
        const r = n.getBoundingClientRect();
        return `${Math.round(r.x * 2)},${Math.round(r.y * 2)}`;
      })
      .join("|");
  let last = "";
  let lastMove = 0;
  const frame = (now: number) => {
    probe.frames.push(now);
    if (probe.settledAt === null) {
      const drawn = page.benchDrawn();
      if (drawn.nodes) {
        probe.firstGraphAt ??= now;
        probe.drawnAs = drawn.as;
        const said = document.querySelector<HTMLElement>(".network")?.dataset.layout;
        if (said !== undefined) {
          if (said === "settled") probe.settledAt = now;
        } else {
          const current = signature();
          if (current !== last) lastMove = now;
          last = current;
          if (now - lastMove >= stillMs) probe.settledAt = lastMove;
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const median = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : -1);
const p95 = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]! : -1);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Frame durations (ms) of the frames that started in [from, to]. */
function framesBetween(frames: number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < frames.length; i++) if (frames[i - 1]! >= from && frames[i]! <= to) out.push(frames[i]! - frames[i - 1]!);
  return out;
}

/** Where on screen the actor's node is: the SVG node's centre, or the canvas view's own answer. */
async function actorPoint(page: Page, actorId: string): Promise<{ x: number; y: number }> {
  const svgNode = page.locator(`g.net-node[data-actor-id="${actorId}"]`);
  if (await svgNode.count()) {
    const box = (await svgNode.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  const at = await page.evaluate((id) => (window as unknown as BenchWindow).tiegraphNetwork?.actorScreenPoint(id) ?? null, actorId);
  if (!at) throw new Error(`no actor '${actorId}' on screen`);
  return at;
}

/**
 * Clicks the actor's node as a user would (Playwright's real mouse) and returns the milliseconds from
 * the pointer going down to the first frame painted after the side panel shows the actor's name as
 * its heading. Timed in the page: the pointerdown event's timestamp, a MutationObserver, then rAF
 * plus a task (the frame after the change has been painted).
 */
async function clickToPanel(page: Page, actorId: string, actorName: string): Promise<number> {
  const at = await actorPoint(page, actorId);
  await page.evaluate((name) => {
    const probe = window as unknown as BenchWindow;
    probe.benchClick = new Promise<number>((resolve) => {
      window.addEventListener(
        "pointerdown",
        (down) => {
          const t0 = down.timeStamp || performance.now();
          const shown = () => [...document.querySelectorAll("aside h2")].some((h) => h.textContent?.trim() === name);
          const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          if (shown()) return painted();
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            painted();
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  }, actorName);
  await page.mouse.click(at.x, at.y);
  // A click that misses (nothing shown within 5 s) counts as -1 instead of hanging the bench.
  const ms = await page.evaluate(() => Promise.race([(window as unknown as BenchWindow).benchClick, new Promise<number>((r) => setTimeout(() => r(-1), 5000))]));
  await page.keyboard.press("Escape");
  return ms;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** Starts `vite preview` of `root`/dist on a free 127.0.0.1 port (or BENCH_PORT); `stop` kills that one process. */
export async function startPreview(root: string): Promise<{ url: string; stop: () => void }> {
  // BENCH_PORT pins the port (e.g. beside other servers on a shared machine); else any free one.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const server = spawn(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], { cwd: root, stdio: "ignore" });
  const stop = () => void server.kill();
  const url = `http://127.0.0.1:${port}/`;
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not start on ${url}`);
}

/**
 * Drags the picture from near the top of its box (right of the zoom buttons, clear of nodes after
 * fit) out and back for `steps` moves, as a user pans; the picture ends where it started.
 */
async function pan(page: Page, steps: number): Promise<void> {
  const box = (await page.locator(".network").boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 20;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const out = i <= steps / 2 ? i : steps - i;
    await page.mouse.move(x - 4 * out, y + 3 * out);
  }
  await page.mouse.up();
}

/**
 * A page whose graph.json is `graphFile` instead (a path under the served dist/, null: the shipped
 * graph). The request is redirected, not answered by Playwright, so the file comes over HTTP from
 * the preview server as a deployed graph.json would (fulfilling 31 MB through the protocol alone
 * took 1.3 s).
 */
export async function newPage(browser: Browser, graphFile: string | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper does not exist in the page.
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  await page.addInitScript(installProbe, { stillMs: STILL_MS });
  if (graphFile !== null) {
    await page.route(/\/graph\.json(\?.*)?$/, (route) => route.continue({ url: new URL(graphFile, route.request().url()).href }));
    // What a compiled graph names beside it (article texts, tie evidence, co-mention sentences) comes from beside the file served instead.
    const beside = graphFile.replace(/[^/]*$/, "");
    for (const folder of beside ? SIDE_FOLDERS : []) {
      await page.route(new RegExp(`^https?://[^/]+/${folder}/[^/]+\\.json$`), (route) =>
        // (from the site's root: the request is for /<folder>/<file>, the file is at /<beside><folder>/<file>)
        route.continue({ url: new URL(`${beside}${folder}/${route.request().url().replace(/^.*\/([^/]+)$/, "$1")}`, new URL("/", route.request().url())).href }),
      );
    }
  }
  return page;
}

/** Loads the app with `graph` (null: the shipped graph.json) and takes the per-graph measures. */
export async function measureGraph(page: Page, url: string, label: string, graph: Graph, clicks: string[]): Promise<GraphMeasures> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchProbe.settledAt !== null, null, { timeout: GIVE_UP_MS, polling: 100 }).catch(() => undefined);
  const load = await page.evaluate(() => ({ ...(window as unknown as BenchWindow).benchProbe }));
  if (load.firstGraphAt === null) throw new Error(`${label}: the app never drew the network`);
  const layoutEnd = load.settledAt ?? load.frames.at(-1)!;
  const layoutFrames = framesBetween(load.frames, load.firstGraphAt, layoutEnd);
  const longest = Math.max(0, ...load.longTasks.filter((t) => t.start >= load.firstGraphAt! && t.start <= layoutEnd).map((t) => t.duration));

  const names = new Map(graph.actors.map((a) => [a.id, a.name]));
  const clickRuns: number[] = [];
  for (const id of clicks) clickRuns.push(await clickToPanel(page, id, names.get(id) ?? id));

  const panFrom = await page.evaluate(() => performance.now());
  await pan(page, 40);
  const panTo = await page.evaluate(() => performance.now());
  const panFrames = framesBetween(await page.evaluate(() => (window as unknown as BenchWindow).benchProbe.frames), panFrom, panTo);

  // A year filter: time until the network shows a different set of ties.
  // Timed from the moment the page receives the choice (its change event), not from when Playwright
  // starts sending it: the protocol's round trips are not the app's time.
  const before = await page.evaluate(() => {
    const w = window as unknown as BenchWindow & { benchChangeAt?: number };
    document.addEventListener("change", () => (w.benchChangeAt ??= performance.now()), { capture: true, once: true });
    return w.benchDrawn();
  });
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption(YEAR_CHANGE);
  const redrawnAt = await page
    .waitForFunction((ties) => {
      const w = window as unknown as BenchWindow;
      return w.benchDrawn().ties !== ties ? performance.now() : false;
    }, before.ties, { polling: "raf", timeout: 10_000 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => -1);
  const t0 = await page.evaluate(() => (window as unknown as { benchChangeAt?: number }).benchChangeAt ?? -1);

  return {
    graph: label,
    actors: graph.actors.length,
    ties: graph.ties.length,
    drawnAs: load.drawnAs,
    firstGraphMs: Math.round(load.firstGraphAt),
    layoutSettledMs: load.settledAt === null ? -1 : Math.round(load.settledAt),
    layoutFrameMedianMs: round1(median(layoutFrames)),
    layoutFrameP95Ms: round1(p95(layoutFrames)),
    panFrameMedianMs: round1(median(panFrames)),
    panFrameP95Ms: round1(p95(panFrames)),
    longestTaskWhileLayoutMs: Math.round(longest),
    yearFilterRedrawMs: redrawnAt < 0 || t0 < 0 ? -1 : Math.round(redrawnAt - t0),
    clickToPanelMs: round1(median(clickRuns)),
    clickToPanelRunsMs: clickRuns.map(round1),
  };
}

/** One more load of the shipped page in a new context: when its first graph was drawn and its layout settled. */
async function timeLoad(browser: Browser, url: string): Promise<{ firstGraph: number; settled: number }> {
  const page = await newPage(browser, null);
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).benchProbe.settledAt !== null, null, { timeout: GIVE_UP_MS, polling: 100 }).catch(() => undefined);
    const { firstGraphAt, settledAt } = await page.evaluate(() => ({ ...(window as unknown as BenchWindow).benchProbe }));
    if (firstGraphAt === null) throw new Error("shipped corpus: the app never drew the network");
    return { firstGraph: Math.round(firstGraphAt), settled: settledAt === null ? -1 : Math.round(settledAt) };
  } finally {
    await page.close();
  }
}

/** What the shipped page requests before its first graph: main-thread JS, worker JS and CSS. */
async function measureFirstLoad(browser: Browser, url: string, dist: string, graph: Graph): Promise<{ sizes: Omit<AppMeasures, "graphs">; shipped: GraphMeasures }> {
  const page = await newPage(browser, null);
  const requested: { file: string; startedAt: number }[] = [];
  page.on("requestfinished", (request) => {
    const file = decodeURIComponent(new URL(request.url()).pathname).replace(/^\/+/, "");
    if (/\.(js|css)$/.test(file) && existsSync(path.join(dist, file))) requested.push({ file, startedAt: request.timing().startTime });
  });
  const workerScripts = new Set<string>();
  page.on("worker", (worker) => workerScripts.add(decodeURIComponent(new URL(worker.url()).pathname).replace(/^\/+/, "")));
  const first = await measureGraph(page, url, "shipped corpus", graph, SHIPPED_CLICKS);
  const firstGraphAt = (await page.evaluate(() => performance.timeOrigin)) + first.firstGraphMs;
  await page.close();
  const runs = [{ firstGraph: first.firstGraphMs, settled: first.layoutSettledMs }];
  while (runs.length < SHIPPED_LOADS) runs.push(await timeLoad(browser, url));
  const shipped: GraphMeasures = {
    ...first,
    firstGraphMs: median(runs.map((r) => r.firstGraph)),
    layoutSettledMs: median(runs.map((r) => r.settled)),
    loadRunsMs: runs,
  };
  const files = (before: boolean) => [...new Set(requested.filter((r) => r.startedAt <= firstGraphAt === before).map((r) => r.file))];
  const before = files(true);
  const later = files(false).filter((f) => !before.includes(f));
  const kbGzip = (list: string[]) => list.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0) / 1000;
  const isWorker = (f: string) => workerScripts.has(f) || /\.worker-[\w-]+\.js$/.test(f);
  return {
    sizes: {
      firstLoadJsKbGzip: kbGzip(before.filter((f) => f.endsWith(".js") && !isWorker(f))),
      firstLoadWorkerJsKbGzip: kbGzip(before.filter((f) => f.endsWith(".js") && isWorker(f))),
      firstLoadCssKbGzip: kbGzip(before.filter((f) => f.endsWith(".css"))),
      firstLoadFiles: before,
      laterJsKbGzip: kbGzip(later.filter((f) => f.endsWith(".js"))),
    },
    shipped,
  };
}

function printAppMeasures(m: AppMeasures): void {
  const v = (ok: boolean) => (ok ? "pass" : "FAIL");
  const ms = (n: number) => (n < 0 ? "—" : `${n} ms`);
  console.log("\napp (production build, vite preview, headless Chromium, 1440×900; kB = 1,000 bytes of gzip):");
  console.log(`  first-load JS, main thread (gzip) ${m.firstLoadJsKbGzip.toFixed(1)} kB   target ≤ ${TARGET.jsKb} kB  ${v(m.firstLoadJsKbGzip <= TARGET.jsKb)}`);
  console.log(`  first-load JS, workers (gzip) ... ${m.firstLoadWorkerJsKbGzip.toFixed(1)} kB   (the layout worker and the graph check, off the main thread)`);
  console.log(`  first-load CSS (gzip) ........... ${m.firstLoadCssKbGzip.toFixed(1)} kB`);
  console.log(`    (before the first graph: ${m.firstLoadFiles.join(", ")})`);
  console.log(`  JS loaded later (lazy views) .... ${m.laterJsKbGzip.toFixed(1)} kB`);
  console.log("\n  graph              drawn   first graph   settled   frame med/p95 (layout)   frame med/p95 (pan)   longest task   year filter   click→panel");
  for (const g of m.graphs) {
    console.log(
      `  ${g.graph.padEnd(18)} ${g.drawnAs.padEnd(7)} ${ms(g.firstGraphMs).padStart(11)} ${ms(g.layoutSettledMs).padStart(9)} ${`${g.layoutFrameMedianMs} / ${g.layoutFrameP95Ms} ms`.padStart(24)} ${`${g.panFrameMedianMs} / ${g.panFrameP95Ms} ms`.padStart(21)} ${ms(g.longestTaskWhileLayoutMs).padStart(14)} ${ms(g.yearFilterRedrawMs).padStart(13)} ${`${g.clickToPanelMs} ms`.padStart(13)}`,
    );
  }
  const shipped = m.graphs.find((g) => g.graph === "shipped corpus");
  if (shipped?.loadRunsMs) {
    console.log(`\n  shipped corpus, median of ${shipped.loadRunsMs.length} loads (each in a new browser context): first graph ${shipped.loadRunsMs.map((r) => r.firstGraph).join(", ")} ms; settled ${shipped.loadRunsMs.map((r) => r.settled).join(", ")} ms`);
  }
  console.log("\n  targets:");
  if (shipped) {
    console.log(`    shipped: first graph < ${TARGET.shipped.firstGraphMs} ms .......... ${ms(shipped.firstGraphMs)}  ${v(shipped.firstGraphMs >= 0 && shipped.firstGraphMs < TARGET.shipped.firstGraphMs)}`);
    console.log(`    shipped: layout settled < ${TARGET.shipped.settledMs} ms ...... ${ms(shipped.layoutSettledMs)}  ${v(shipped.layoutSettledMs >= 0 && shipped.layoutSettledMs < TARGET.shipped.settledMs)}`);
    console.log(`    shipped: click → panel < ${TARGET.shipped.clickMs} ms ........ ${shipped.clickToPanelMs} ms  ${v(shipped.clickToPanelMs >= 0 && shipped.clickToPanelMs < TARGET.shipped.clickMs)}`);
  }
  const large = m.graphs.find((g) => g.actors === 5000);
  if (large) {
    const t = TARGET.large;
    console.log(`    5,000: frame median ≤ ${t.frameMedianMs} ms while layout runs ${large.layoutFrameMedianMs} ms  ${v(large.layoutFrameMedianMs >= 0 && large.layoutFrameMedianMs <= t.frameMedianMs)}`);
    console.log(`    5,000: frame p95 ≤ ${t.frameP95Ms} ms while layout runs ..... ${large.layoutFrameP95Ms} ms  ${v(large.layoutFrameP95Ms >= 0 && large.layoutFrameP95Ms <= t.frameP95Ms)}`);
    console.log(`    5,000: layout settled ≤ ${t.settledMs} ms ............... ${ms(large.layoutSettledMs)}  ${v(large.layoutSettledMs >= 0 && large.layoutSettledMs <= t.settledMs)}`);
    console.log(`    5,000: no task > ${t.longTaskMs} ms while layout runs ....... ${ms(large.longestTaskWhileLayoutMs)}  ${v(large.longestTaskWhileLayoutMs <= t.longTaskMs)}`);
    console.log(`    5,000: year filter redrawn ≤ ${t.filterMs} ms ............ ${ms(large.yearFilterRedrawMs)}  ${v(large.yearFilterRedrawMs >= 0 && large.yearFilterRedrawMs <= t.filterMs)}`);
  }
  const huge = m.graphs.find((g) => g.actors === 10000);
  if (huge) console.log(`    10,000: usable, frame median ≤ ${TARGET.huge.frameMedianMs} ms while layout runs ${huge.layoutFrameMedianMs} ms  ${v(huge.layoutFrameMedianMs >= 0 && huge.layoutFrameMedianMs <= TARGET.huge.frameMedianMs)}`);
}

/**
 * Measures the production build in `root`/dist: serves it with `vite preview`, loads it in headless
 * Chromium (1440×900) with the shipped graph and with each generated graph, prints each number with
 * its target (pass/FAIL) and returns them. Throws if a network is never drawn. Stops the browser and
 * the server it started.
 */
export async function measureApp(root: string): Promise<AppMeasures> {
  // The generated graphs are written beside the build before the server starts, and removed after.
  const shippedGraph = JSON.parse(readFileSync(path.join(root, "dist/graph.json"), "utf8")) as Graph;
  const benchDir = path.join(root, "dist/bench-graphs");
  mkdirSync(benchDir, { recursive: true });
  const generated = GENERATED_SIZES.map((size) => {
    const graph = generatedGraph(size, shippedGraph.relationTypes);
    writeFileSync(path.join(benchDir, `graph-${size}.json`), JSON.stringify(graph));
    return { size, graph, file: `bench-graphs/graph-${size}.json` };
  });
  try {
    return await measureServed(root, shippedGraph, generated);
  } finally {
    rmSync(benchDir, { recursive: true, force: true });
  }
}

async function measureServed(root: string, shippedGraph: Graph, generated: { size: number; graph: Graph; file: string }[]): Promise<AppMeasures> {
  const preview = await startPreview(root);
  try {
    // As playwright.config.ts: Debian's Chromium unless PLAYWRIGHT_CHROMIUM_PATH says otherwise ("" = Playwright's own).
    const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
    try {
      const { sizes, shipped } = await measureFirstLoad(browser, preview.url, path.join(root, "dist"), shippedGraph);
      const graphs = [shipped];
      for (const { size, graph, file } of generated) {
        const page = await newPage(browser, file);
        const top = [...graph.actors].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 3).map((a) => a.id);
        graphs.push(await measureGraph(page, preview.url, `${size.toLocaleString("en-US")} actors`, graph, top));
        await page.close();
      }
      const measures: AppMeasures = { ...sizes, graphs };
      printAppMeasures(measures);
      return measures;
    } finally {
      await browser.close();
    }
  } finally {
    preview.stop();
  }
}
