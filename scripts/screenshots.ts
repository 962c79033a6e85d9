/**
 * Regenerates the README's screenshots of the pair view, the import report, the graph with
 * everything on, the phone layout, the Review view (desktop, phone, dark), the evidence's provenance,
 * "Add tie from this passage" and an exported PNG, in light and dark, from the built app
 * (`npm run build` first). Usage: `npx tsx scripts/screenshots.ts [--port 4334] [--only name,name]`.
 * Look at every file it writes before committing it.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { chromium, type Browser, type Page } from "@playwright/test";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(arg("port") ?? 4334);
const only = arg("only")?.split(",");
const base = `http://127.0.0.1:${port}`;
const out = "docs/screenshots";

interface Shot {
  name: string;
  width: number;
  height: number;
  dark?: boolean;
  take: (page: Page) => Promise<void>;
}

async function settle(page: Page) {
  await page.locator(".network[data-layout='settled']").first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

async function importFixture(page: Page) {
  await page.goto(`${base}/#/`);
  await settle(page);
  await page.getByRole("button", { name: /Import articles/ }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: /Choose files/ }).click();
  await (await chooser).setFiles(["e2e/fixtures/gulf-week.md"]);
  await page.getByRole("region", { name: /What was read/ }).first().waitFor({ timeout: 20_000 });
}

/** The Review view on the shipped corpus's candidates, one already decided (so the count moves). */
async function reviewQueue(page: Page, path = "/#/review?article=2018-08-30-mei-defense-pact-axis-of-resistance") {
  await page.goto(`${base}${path}`);
  await page.locator(".tg-review__item").waitFor({ timeout: 15_000 });
  await page.locator(".tg-review__passage .tg-review__actor").first().waitFor({ timeout: 15_000 });
}

const REVIEW_SHOTS: Shot[] = [
  { name: "review", width: 1440, height: 900, take: (page) => reviewQueue(page) },
  { name: "review-dark", width: 1440, height: 900, dark: true, take: (page) => reviewQueue(page) },
  { name: "review-phone", width: 375, height: 812, take: (page) => reviewQueue(page) },
  {
    name: "review-stated",
    width: 1440,
    height: 900,
    take: async (page) => {
      await reviewQueue(page, "/#/review?queue=stated");
      await page.getByRole("button", { name: /^Retype/ }).click();
    },
  },
  {
    name: "evidence-provenance",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/tie/material-support--iran--syria`);
      await settle(page);
      await page.getByRole("region", { name: "Evidence", exact: true }).getByText("added by an editor").first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: "add-tie-from-passage",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/read/2018-08-28-al-arabiya-hatami-in-syria`);
      const words = "the Trump administration’s demand from Iran to get out of Syria";
      await page.getByTestId("article-body").getByText(words.slice(0, 30)).first().waitFor();
      await page.evaluate(`(() => {
        const quote = ${JSON.stringify(words)};
        const el = document.querySelector('[data-testid="article-body"]');
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let text = ""; const nodes = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ node: n, at: text.length }); text += n.textContent; }
        const start = text.indexOf(quote);
        const at = (pos) => { const hit = [...nodes].reverse().find((x) => x.at <= pos); return [hit.node, pos - hit.at]; };
        const range = document.createRange(); range.setStart(...at(start)); range.setEnd(...at(start + quote.length));
        document.getSelection().removeAllRanges(); document.getSelection().addRange(range);
        range.startContainer.parentElement.scrollIntoView({ block: "center" });
      })()`);
      await page.getByRole("button", { name: "Add tie from this passage" }).click();
      const form = page.getByRole("form", { name: "Add a tie from this passage" });
      await form.getByLabel("Who acts").selectOption({ label: "United States" });
      await form.getByLabel("On whom").selectOption({ label: "Iran" });
      await form.getByLabel("Type").selectOption({ label: "Pressure or demand" });
      await form.getByLabel("Note").fill("the Trump administration's demand that Iran leave Syria");
    },
  },
];

const shots: Shot[] = [
  ...REVIEW_SHOTS,
  {
    name: "overview",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/actor/iran`);
      await settle(page);
    },
  },
  {
    name: "pair-view",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/pair/iran--syria`);
      await settle(page);
    },
  },
  {
    name: "pair-view-dark",
    width: 1440,
    height: 900,
    dark: true,
    take: async (page) => {
      await page.goto(`${base}/#/pair/iran--syria`);
      await settle(page);
    },
  },
  {
    name: "pair-view-phone",
    width: 375,
    height: 740,
    take: async (page) => {
      await page.goto(`${base}/#/pair/iran--syria`);
      await settle(page);
    },
  },
  {
    name: "actor-by-partner",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/actor/iran`);
      await settle(page);
    },
  },
  {
    name: "import-report",
    width: 1440,
    height: 1000,
    take: importFixture,
  },
  {
    name: "import-report-dark",
    width: 1440,
    height: 1000,
    dark: true,
    take: importFixture,
  },
  {
    name: "everything-on",
    width: 1440,
    height: 900,
    take: async (page) => {
      await page.goto(`${base}/#/?others=1&comentions=1`);
      await settle(page);
    },
  },
  {
    name: "everything-on-dark",
    width: 1440,
    height: 900,
    dark: true,
    take: async (page) => {
      await page.goto(`${base}/#/?others=1&comentions=1`);
      await settle(page);
    },
  },
  {
    name: "phone",
    width: 375,
    height: 740,
    take: async (page) => {
      await page.goto(`${base}/#/`);
      await settle(page);
    },
  },
  {
    name: "phone-filters",
    width: 375,
    height: 740,
    take: async (page) => {
      await page.goto(`${base}/#/?compare=2018,2024`);
      await settle(page);
      await page.getByRole("button", { name: /^Years and filters/ }).click();
    },
  },
];

async function serve(): Promise<() => void> {
  const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], { stdio: "ignore", detached: true });
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
}

async function exportedPng(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/#/?others=1`);
  await settle(page);
  await page.getByRole("button", { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("group", { name: "Export" }).getByRole("button", { name: /^PNG image/ }).click()]);
  const file = await download.path();
  await copyFile(file, `${out}/exported.png`);
  console.log(`${out}/exported.png (${(await readFile(file)).length} bytes)`);
  await context.close();
}

const stop = await serve();
try {
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  for (const shot of shots) {
    if (only && !only.includes(shot.name)) continue;
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.dark ? "dark" : "light", deviceScaleFactor: 1 });
    await context.addInitScript(() => window.localStorage.setItem("tiegraph.hint-dismissed", "1"));
    const page = await context.newPage();
    try {
      await shot.take(page);
      await page.screenshot({ path: `${out}/${shot.name}.png` });
      console.log(`${out}/${shot.name}.png`);
    } catch (err) {
      console.error(`${shot.name}: ${(err as Error).message.split("\n")[0]}`);
    }
    await context.close();
  }
  if (!only || only.includes("exported")) await exportedPng(browser).catch((err: Error) => console.error(`exported: ${err.message.split("\n")[0]}`));
  await browser.close();
} finally {
  stop();
}
