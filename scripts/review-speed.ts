/**
 * Decisions per minute in the Review view, keyboard only, on an article the app has not seen: it is
 * imported, then each candidate is decided with the keys a user would press. The decisions are the
 * gold list's (docs/evaluation/, a development set): `a` when the gold list has the proposal, `d`
 * (once or twice) then `a` when only its direction differs, `t` + the type's first letters + Enter when
 * the pair is in the gold list with another type, else `x`. It measures the interface (keys, redraws,
 * the next item coming up), not a person's reading: a person also reads each sentence.
 *
 *   npm run build && npx vite preview --port 4514 &
 *   npx tsx scripts/review-speed.ts http://127.0.0.1:4514/ docs/evaluation/articles/2021-05-22-mediterranean-courier-gaza-ceasefire.md docs/evaluation/gold.md
 */
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:4514/", articleFile = "", goldFile = ""] = process.argv.slice(2);
const text = readFileSync(articleFile, "utf8");
const articleId = /^id:\s*(\S+)/m.exec(text)![1]!;

interface Gold {
  a: string;
  b: string;
  mutual: boolean;
  types: string[];
}
const gold: Gold[] = [];
let inArticle = false;
for (const line of readFileSync(goldFile, "utf8").split("\n")) {
  const head = /^## (\S+)/.exec(line);
  if (head) inArticle = head[1] === articleId;
  const m = inArticle ? /^- \[(?:core|opt)\] (\S+?)(<>|>)(\S+) (\S+) — /.exec(line) : null;
  if (m) gold.push({ a: m[1]!, b: m[3]!, mutual: m[2] === "<>", types: m[4]!.split("|") });
}

/** The keys an editor following the gold list presses for a proposal "a>b:type" / "a<>b:type". */
function keysFor(proposal: string, labels: ReadonlyMap<string, string>): string[] {
  const m = /^(.+?)(<>|>)(.+?):(.+)$/.exec(proposal)!;
  const [source, mutual, target, type] = [m[1]!, m[2] === "<>", m[3]!, m[4]!];
  const samePair = gold.filter((g) => new Set([g.a, g.b, source, target]).size === 2);
  const sameType = samePair.filter((g) => g.types.includes(type));
  if (sameType.some((g) => g.mutual || (!mutual && g.a === source))) return ["a"];
  if (sameType.some((g) => !g.mutual && g.a === target)) return mutual ? ["x"] : ["d", "a"];
  if (sameType.length) return ["d", "d", "a"];
  if (samePair.length) {
    const label = labels.get(samePair[0]!.types[0]!)!;
    return ["t", ...label.slice(0, 4).split(""), "Enter"];
  }
  return ["x"];
}

const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(base);
await page.getByRole("button", { name: /^Import articles/ }).click();
const dialog = page.getByRole("dialog", { name: "Import your articles" });
await dialog.getByText("The compiler is ready.").waitFor();
await dialog.getByLabel("Article files to import").setInputFiles([articleFile]);
await dialog.getByRole("region", { name: "Import result" }).getByRole("status").filter({ hasText: "1 article added" }).waitFor({ timeout: 60_000 });
await page.keyboard.press("Escape");
await page.goto(`${base}#/review?article=${articleId}`);
const item = page.locator(".tg-review__item");
await item.waitFor();
const labels = new Map(
  await page
    .getByLabel("Type")
    .first()
    .locator("option")
    .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""] as [string, string])),
);
const total = Number(/ of (\d+) decided/.exec((await page.locator(".tg-review__count").textContent()) ?? "")![1]);
let keystrokes = 0;
const tally = { accepted: 0, flipped: 0, retyped: 0, rejected: 0 };
const started = performance.now();
for (let n = 0; n < total; n++) {
  const id = await item.getAttribute("data-item-id");
  const keys = keysFor((await item.getAttribute("data-proposal"))!, labels);
  for (const k of keys) await page.keyboard.press(k);
  keystrokes += keys.length;
  if (keys[0] === "t") tally.retyped++;
  else if (keys[0] === "d") tally.flipped++;
  else if (keys[0] === "a") tally.accepted++;
  else tally.rejected++;
  await page.waitForFunction((was) => {
    const el = document.querySelector(".tg-review__item");
    return !el || el.getAttribute("data-item-id") !== was || / by you/.test(el.textContent ?? "");
  }, id);
}
const seconds = (performance.now() - started) / 1000;
await browser.close();
console.log(`${articleId}: ${total} candidates decided (${tally.accepted} accepted, ${tally.flipped} turned then accepted, ${tally.retyped} retyped, ${tally.rejected} rejected)`);
console.log(`${keystrokes} keystrokes (${(keystrokes / total).toFixed(2)} a decision) in ${seconds.toFixed(1)} s: ${((total / seconds) * 60).toFixed(0)} decisions a minute, scripted`);
