/**
 * The app half of `npm run bench`: the production build served by `vite preview`, driven by
 * Playwright in Chromium. Measures first-load JS/CSS (gzip), time to the first drawn graph, time until
 * the layout settles and the time from a click on an actor to its panel.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export interface AppMeasures {
  firstLoadJsKbGzip: number;
  firstLoadCssKbGzip: number;
  firstGraphMs: number;
  layoutSettledMs: number;
  clickToPanelMs: number;
}

const TARGET_JS_KB = 150;
const TARGET_SETTLE_MS = 1000;
const TARGET_CLICK_MS = 100;
const PORT = 4391;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Gzipped size in KB of the scripts and styles index.html loads up front (graph data excluded). */
function firstLoadSizes(root: string): { js: number; css: number } {
  const dist = path.join(root, "dist");
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, file, ext] of assets) {
    const size = gzipSync(readFileSync(path.join(dist, file!))).length / 1024;
    if (ext === "js") js += size;
    else css += size;
  }
  return { js, css };
}

async function waitForServer(url: string, ms = 20000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not start on ${url}`);
}

export async function measureApp(root: string): Promise<AppMeasures> {
  const sizes = firstLoadSizes(root);
  const server = spawn(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { cwd: root, stdio: "ignore" });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url);
    const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const start = Date.now();
    await page.goto(url);
    const iran = page.getByRole("button", { name: /^Iran\b/ }).first();
    await iran.waitFor();
    const firstGraphMs = Date.now() - start;
    // Settled: node positions unchanged over three polls 50 ms apart.
    let last = "";
    let still = 0;
    let layoutSettledMs = 0;
    while (Date.now() - start < 15000) {
      const now = await page.evaluate(() =>
        [...document.querySelectorAll("svg [role='button'][aria-label]")].map((n) => n.getAttribute("transform") ?? n.getAttribute("cx") ?? "").join("|"),
      );
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 3) {
        layoutSettledMs = Date.now() - start - 150;
        break;
      }
      await page.waitForTimeout(50);
    }
    const clickToPanelMs = await page.evaluate(async () => {
      const node = [...document.querySelectorAll<SVGElement>("[role='button'][aria-label]")].find((n) => /^Iran\b/.test(n.getAttribute("aria-label") ?? ""));
      if (!node) return -1;
      const t0 = performance.now();
      node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      return new Promise<number>((resolve) => {
        const check = () => {
          const panel = [...document.querySelectorAll("aside, [role='complementary'], [role='region']")].find((p) => /Syria/.test(p.textContent ?? "") && /Iran/.test(p.textContent ?? ""));
          if (panel) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      });
    });
    await browser.close();
    const m: AppMeasures = { firstLoadJsKbGzip: sizes.js, firstLoadCssKbGzip: sizes.css, firstGraphMs, layoutSettledMs, clickToPanelMs };
    const v = (ok: boolean) => (ok ? "pass" : "FAIL");
    console.log("\napp (production build, vite preview, headless Chromium, 1440×900):");
    console.log(`  first-load JS (gzip) ........ ${m.firstLoadJsKbGzip.toFixed(1)} KB   target ≤ ${TARGET_JS_KB} KB  ${v(m.firstLoadJsKbGzip <= TARGET_JS_KB)}`);
    console.log(`  first-load CSS (gzip) ....... ${m.firstLoadCssKbGzip.toFixed(1)} KB`);
    console.log(`  first graph drawn ........... ${m.firstGraphMs} ms`);
    console.log(`  layout settled .............. ${m.layoutSettledMs} ms   target ≤ ${TARGET_SETTLE_MS} ms  ${v(m.layoutSettledMs > 0 && m.layoutSettledMs <= TARGET_SETTLE_MS)}`);
    console.log(`  click on an actor → panel ... ${m.clickToPanelMs.toFixed(1)} ms   target ≤ ${TARGET_CLICK_MS} ms  ${v(m.clickToPanelMs >= 0 && m.clickToPanelMs <= TARGET_CLICK_MS)}`);
    return m;
  } finally {
    server.kill();
  }
}
