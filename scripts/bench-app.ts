/**
 * The app half of `npm run bench`: the production build served by `vite preview`, driven by
 * Playwright in headless Chromium. Measures what the page really requests before the first graph is
 * drawn (JS and CSS, gzip sizes computed from dist/), the time to the first drawn graph, the time
 * until the drawn nodes stop moving (also after a year change), and the time from a real click on an
 * actor to its panel showing the actor's name.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

/** The app's numbers, as printed and written to bench/results.json. Sizes in kB (1,000 bytes) of gzip. */
export interface AppMeasures {
  /** JS requested before the first graph was drawn: index.html's scripts, modulepreloads, imports. */
  firstLoadJsKbGzip: number;
  firstLoadCssKbGzip: number;
  /** The JS and CSS files counted as first load, relative to dist/. */
  firstLoadFiles: string[];
  /** JS fetched after the first graph (lazy views, preloaded when the browser is idle). */
  laterJsKbGzip: number;
  /** From navigation start until the network's nodes are in the DOM (checked every animation frame). */
  firstGraphMs: number;
  /** From navigation start until the nodes' on-screen positions last changed (layout, fit to screen). */
  layoutSettledMs: number;
  /** From choosing a year until the re-run layout (animated, then fitted) stops moving the nodes. */
  yearChangeSettledMs: number;
  /** Median over several actors of pointer-down → first frame painted with the actor's panel heading. */
  clickToPanelMs: number;
  clickToPanelRunsMs: number[];
}

const TARGET_JS_KB = 150;
const TARGET_SETTLE_MS = 1000;
const TARGET_CLICK_MS = 100;
/** Positions unchanged for this long count as settled. */
const STILL_MS = 1000;
const GIVE_UP_MS = 15_000;
const CLICKED_ACTORS = ["iran", "syria", "israel", "russia", "united-states"];
const YEAR_CHANGE = "2024";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The in-page record kept by `installNetworkWatch`; times are `performance.now()` (from navigation start). */
interface NetworkWatch {
  startedAt: number;
  firstGraphAt: number | null;
  /** The last frame in which any node's on-screen box differed from the frame before. */
  lastMoveAt: number | null;
  /** Nothing moved for `stillMs`; false if the watch gave up first. */
  settled: boolean;
  done: boolean;
}

interface BenchWindow {
  benchWatch: NetworkWatch;
  benchWatchStart: () => void;
  benchClick: Promise<number>;
}

/**
 * Runs in the page before any of its scripts and starts a watch, restartable with
 * `benchWatchStart()`: every animation frame it reads the on-screen box of each node group
 * (`g.net-node`, moved by its own transform as the simulation ticks and by the zoom as the view is
 * fitted), notes when nodes first appear and when a box last changed, and stops once nothing moved
 * for `stillMs` (or after `giveUpMs`).
 */
function installNetworkWatch({ stillMs, giveUpMs }: { stillMs: number; giveUpMs: number }): void {
  const page = window as unknown as BenchWindow;
  const signature = () =>
    [...document.querySelectorAll("svg g.net-node[data-actor-id]")]
      .map((n) => {
        const r = n.getBoundingClientRect();
        return `${n.getAttribute("data-actor-id")}:${Math.round(r.x * 2)},${Math.round(r.y * 2)},${Math.round(r.width * 2)}`;
      })
      .join("|");
  page.benchWatchStart = () => {
    const watch: NetworkWatch = { startedAt: performance.now(), firstGraphAt: null, lastMoveAt: null, settled: false, done: false };
    page.benchWatch = watch;
    let last = signature();
    const frame = () => {
      if (page.benchWatch !== watch) return; // restarted
      const now = performance.now();
      const current = signature();
      if (current) {
        watch.firstGraphAt ??= now;
        if (current !== last) watch.lastMoveAt = now;
        if (now - (watch.lastMoveAt ?? watch.startedAt) >= stillMs) watch.settled = watch.done = true;
      }
      last = current;
      if (now - watch.startedAt >= giveUpMs) watch.done = true;
      if (!watch.done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  page.benchWatchStart();
}

/** Waits until the current network watch is done and returns its record. */
async function watchResult(page: Page): Promise<NetworkWatch> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchWatch.done, null, { timeout: GIVE_UP_MS + 5000, polling: 100 });
  return page.evaluate(() => ({ ...(window as unknown as BenchWindow).benchWatch }));
}

/**
 * Clicks the actor's node as a user would (Playwright's real mouse) and returns the milliseconds from
 * the pointer going down to the first frame painted after the side panel shows the actor's name as
 * its heading. Timed in the page: the pointerdown event's timestamp, a MutationObserver, then rAF
 * plus a task (the frame after the change has been painted).
 */
async function clickToPanel(page: Page, actorId: string): Promise<number> {
  const name = await page.locator(`g.net-node[data-actor-id="${actorId}"]`).evaluate((n) => n.getAttribute("aria-label")?.split(",")[0] ?? "");
  if (!name) throw new Error(`no actor node '${actorId}' in the network`);
  await page.evaluate((actorName) => {
    const probe = window as unknown as BenchWindow;
    probe.benchClick = new Promise<number>((resolve) => {
      window.addEventListener(
        "pointerdown",
        (down) => {
          const t0 = down.timeStamp || performance.now();
          const shown = () => [...document.querySelectorAll("aside h2")].some((h) => h.textContent?.trim() === actorName);
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
  }, name);
  await page.locator(`g.net-node[data-actor-id="${actorId}"]`).click();
  return page.evaluate(() => (window as unknown as BenchWindow).benchClick);
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

/** Starts `vite preview` of `root`/dist on a free 127.0.0.1 port; `stop` kills that one process. */
async function startPreview(root: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? -1;

/** Loads the app at `url` in `page` and takes every measure (see `AppMeasures`). */
async function measurePage(page: Page, url: string, dist: string): Promise<AppMeasures> {
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper does not exist in the page.
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  await page.addInitScript(installNetworkWatch, { stillMs: STILL_MS, giveUpMs: GIVE_UP_MS });

  // Every JS and CSS file of dist/ the page requests, with when its request started (epoch ms).
  const requested: { file: string; startedAt: number }[] = [];
  page.on("requestfinished", (request) => {
    const file = decodeURIComponent(new URL(request.url()).pathname).replace(/^\/+/, "");
    if (/\.(js|css)$/.test(file) && existsSync(path.join(dist, file))) requested.push({ file, startedAt: request.timing().startTime });
  });

  await page.goto(url);
  const load = await watchResult(page);
  if (load.firstGraphAt === null) throw new Error("the app never drew the network (no g.net-node in the page)");
  const firstGraphAt = (await page.evaluate(() => performance.timeOrigin)) + load.firstGraphAt;
  const files = (before: boolean) => [...new Set(requested.filter((r) => r.startedAt <= firstGraphAt === before).map((r) => r.file))];
  const first = files(true);
  const later = files(false).filter((f) => !first.includes(f));
  const kbGzip = (list: string[], ext: string) => list.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0) / 1000;

  const clicks: number[] = [];
  for (const id of CLICKED_ACTORS) clicks.push(await clickToPanel(page, id));

  // A filter change re-runs the layout from where the nodes are, animated, then fits the view.
  await page.evaluate(() => (window as unknown as BenchWindow).benchWatchStart());
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption(YEAR_CHANGE);
  const relayout = await watchResult(page);

  return {
    firstLoadJsKbGzip: kbGzip(first, ".js"),
    firstLoadCssKbGzip: kbGzip(first, ".css"),
    firstLoadFiles: first,
    laterJsKbGzip: kbGzip(later, ".js"),
    firstGraphMs: Math.round(load.firstGraphAt),
    layoutSettledMs: load.settled ? Math.round(load.lastMoveAt ?? load.firstGraphAt) : -1,
    yearChangeSettledMs: relayout.settled ? Math.round((relayout.lastMoveAt ?? relayout.startedAt) - relayout.startedAt) : -1,
    clickToPanelMs: Math.round(median(clicks) * 10) / 10,
    clickToPanelRunsMs: clicks.map((ms) => Math.round(ms * 10) / 10),
  };
}

function printAppMeasures(m: AppMeasures): void {
  const v = (ok: boolean) => (ok ? "pass" : "FAIL");
  console.log("\napp (production build, vite preview, headless Chromium, 1440×900; kB = 1,000 bytes of gzip):");
  console.log(`  first-load JS (gzip) ........ ${m.firstLoadJsKbGzip.toFixed(1)} kB   target ≤ ${TARGET_JS_KB} kB  ${v(m.firstLoadJsKbGzip <= TARGET_JS_KB)}`);
  console.log(`  first-load CSS (gzip) ....... ${m.firstLoadCssKbGzip.toFixed(1)} kB`);
  console.log(`    (before the first graph: ${m.firstLoadFiles.join(", ")})`);
  console.log(`  JS loaded later (lazy views)  ${m.laterJsKbGzip.toFixed(1)} kB`);
  console.log(`  first graph drawn ........... ${m.firstGraphMs} ms from navigation start`);
  console.log(`  layout settled .............. ${m.layoutSettledMs} ms   target ≤ ${TARGET_SETTLE_MS} ms  ${v(m.layoutSettledMs >= 0 && m.layoutSettledMs <= TARGET_SETTLE_MS)}`);
  console.log(`  re-layout after a year change ${m.yearChangeSettledMs} ms   (animated, then fitted; no target)`);
  console.log(`  click on an actor → panel ... ${m.clickToPanelMs.toFixed(1)} ms   target ≤ ${TARGET_CLICK_MS} ms  ${v(m.clickToPanelMs >= 0 && m.clickToPanelMs <= TARGET_CLICK_MS)}  (median of ${m.clickToPanelRunsMs.join(", ")} ms)`);
}

/**
 * Measures the production build in `root`/dist: serves it with `vite preview`, loads it in headless
 * Chromium (1440×900), prints each number with its target (pass/FAIL) and returns them. Throws if
 * the network is never drawn. Stops the browser and the server it started.
 */
export async function measureApp(root: string): Promise<AppMeasures> {
  const preview = await startPreview(root);
  try {
    // As playwright.config.ts: Debian's Chromium unless PLAYWRIGHT_CHROMIUM_PATH says otherwise ("" = Playwright's own).
    const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const measures = await measurePage(page, preview.url, path.join(root, "dist"));
      printAppMeasures(measures);
      return measures;
    } finally {
      await browser.close();
    }
  } finally {
    preview.stop();
  }
}
