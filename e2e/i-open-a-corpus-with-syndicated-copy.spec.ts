/**
 * A corpus of a few hundred articles, made at test time by the bench's generator (wire stories
 * reprinted by other publishers), compiled as a user compiles, and opened in the app: the same words
 * in many articles show as one passage with their copies, and the reader opens any copy.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sentenceTemplates, syntheticCorpus, writeCorpus } from "../scripts/synthetic-corpus";
import { unpackEvidence } from "../src/graph/evidence-file";
import { groupPassages } from "../src/graph/passages";
import { EvidenceFileSchema, type Graph } from "../src/graph/schema";
import { expect, test } from "./network-fixtures";

const ROOT = path.resolve(import.meta.dirname, "..");
const ARTICLES = 300;
let dir = "";
let graph: Graph;

test.describe.configure({ timeout: 90_000 });

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tiegraph-e2e-corpus-"));
  const { templates, names } = sentenceTemplates({ file: "data/actors.yaml", text: readFileSync(path.join(ROOT, "data/actors.yaml"), "utf8") });
  const articles = writeCorpus(syntheticCorpus(ARTICLES, templates, names), path.join(dir, "articles-in"));
  const tsx = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs")).href;
  const r = spawnSync(process.execPath, ["--import", tsx, path.join(ROOT, "src/compile/node/run-compiler.ts"), "--articles", articles, "--out", path.join(dir, "out/graph.json"), "--no-curation"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  if (r.status !== 0) throw new Error(`the corpus did not compile: ${r.stderr}`);
  graph = JSON.parse(readFileSync(path.join(dir, "out/graph.json"), "utf8")) as Graph;
});

/** The tie's evidence, from the file graph.json names beside it. */
function evidenceOf(tie: Graph["ties"][number]) {
  const file = EvidenceFileSchema.parse(JSON.parse(readFileSync(path.join(dir, "out", tie.evidenceFile!), "utf8")));
  return unpackEvidence(file, tie, new Map(graph.articles.map((a) => [a.id, a])));
}
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
  // The compiled corpus is served in place of the shipped graph, article texts beside it.
  await page.route(/\/graph\.json(\?.*)?$/, (route) => route.fulfill({ path: path.join(dir, "out/graph.json"), contentType: "application/json" }));
  await page.route(/\/articles\/[^/]+\.json$/, (route) => route.fulfill({ path: path.join(dir, "out/articles", new URL(route.request().url()).pathname.replace(/^.*\/articles\//, "")), contentType: "application/json" }));
  for (const folder of ["evidence", "co-mentions"]) {
    await page.route(new RegExp(`/${folder}/[^/]+\\.json$`), (route) => route.fulfill({ path: path.join(dir, "out", folder, new URL(route.request().url()).pathname.replace(/^.*\/([^/]+)$/, "$1")), contentType: "application/json" }));
  }
});

/** The tie whose one passage appears in the most articles, and that passage. */
function mostSyndicated() {
  const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));
  let best: { tieId: string; group: ReturnType<typeof groupPassages>[number] } | null = null;
  for (const tie of graph.ties) {
    for (const group of groupPassages(evidenceOf(tie), publisherOf)) if (!best || group.articles > best.group.articles) best = { tieId: tie.id, group };
  }
  return best!;
}

test("I open a compiled corpus of 300 articles and see its network", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("img", { name: new RegExp(`Network of [\\d,]+ actors`) }).or(page.locator("g.net-node").first())).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Sources" }).click();
  await expect(page.getByText(`${ARTICLES} articles, oldest first`)).toBeVisible();
});

test("A wire story reprinted by many outlets is one passage with its copies, fetched with its tie's evidence alone, and the reader opens any of them", async ({ page }) => {
  // graph.json counts each tie's evidence; the passages are in a file of the tie's own.
  expect(graph.ties.every((t) => t.evidence === undefined && t.evidenceFile)).toBe(true);
  const { tieId, group } = mostSyndicated();
  expect(group.articles).toBeGreaterThanOrEqual(5);
  const words = group.copies[0]!.quote;
  const requested: string[] = [];
  page.on("request", (r) => {
    if (/\/(evidence|co-mentions)\//.test(r.url())) requested.push(new URL(r.url()).pathname.replace(/^.*\/(evidence|co-mentions)\//, "$1/"));
  });
  await page.goto(`/#/tie/${tieId}`);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  const sentence = `The same words in ${group.articles} articles from ${group.publishers.length} publishers`;
  await expect(evidence.locator("blockquote").filter({ hasText: words })).toHaveCount(1, { timeout: 30_000 });
  const passage = evidence.getByRole("listitem").filter({ has: page.locator("blockquote").filter({ hasText: words }) });
  await expect(passage.getByText(sentence)).toBeVisible();

  expect(requested).toEqual([graph.ties.find((t) => t.id === tieId)!.evidenceFile]);
  await passage.getByText(sentence).click();
  const copies = passage.getByRole("list", { name: "Other copies of these words" });
  await expect(copies.getByRole("link")).toHaveCount(group.copies.length - 1);
  const axe = await new AxeBuilder({ page }).include(".tg-evidence").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const copy = group.copies.at(-1)!;
  const publisher = graph.articles.find((a) => a.id === copy.articleId)!.publisher;
  await copies.getByRole("link").last().click();
  await expect(page).toHaveURL(new RegExp(`#/read/${copy.articleId}\\?evidence=${copy.id}`));
  await expect(page.getByText(publisher).first()).toBeVisible();
  await expect(page.getByTestId("article-body").locator("mark").first()).toHaveText(words);
});

test("A link to a co-mention fetches that co-mention's sentences alone, and shows them", async ({ page }) => {
  // graph.json counts co-mention sentences; each co-mention's are in a file of their own.
  expect(graph.coMentions.every((c) => c.evidence === undefined && c.evidenceFile)).toBe(true);
  const busiest = [...graph.coMentions].sort((a, b) => b.passages.total - a.passages.total)[0]!;
  const requested: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/co-mentions/")) requested.push(new URL(r.url()).pathname.replace(/^.*\/co-mentions\//, ""));
  });
  await page.goto(`/#/tie/${busiest.id}`);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("heading", { level: 2 })).toContainText("Named together", { timeout: 30_000 });
  const quotes = evidence.locator("blockquote");
  await expect(quotes.first()).toBeVisible();
  // Every sentence shown is its article's words (the reader checks it too): the first opens highlighted.
  const first = (await quotes.first().innerText()).trim();
  expect(first.length).toBeGreaterThan(20);
  expect(requested).toEqual([busiest.evidenceFile!.replace("co-mentions/", "")]);
  await evidence.getByRole("link", { name: /^Read in context/ }).first().click();
  await expect(page.getByTestId("article-body").locator("mark").first()).toHaveText(first);
});
