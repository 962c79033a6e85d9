/**
 * `npm run bench`: the one place speed is measured. Compiles synthetic corpora of 100, 1,000 and
 * 10,000 articles built from the shipped articles' real sentences with the actors varied, and prints
 * throughput, peak memory and how time grows with size; with `--app` (default when a production
 * build exists) it also measures the built app in headless Chromium. Writes bench/results.json.
 * Numbers, not assertions: these machines are noisy, so nothing here is a timed unit test.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compileCorpus, type SourceFile } from "../src/compile/compile-corpus";
import { parseArticle } from "../src/compile/parse-article";
import { segmentSentences } from "../src/compile/segment";
import { loadGazetteer } from "../src/compile/gazetteer";
import { measureApp, type AppMeasures } from "./bench-app";

const ROOT = path.resolve(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const TARGET_MB_S = 5;
const TARGET_GROWTH = 11;

/** A seeded random source (LCG), so every run benchmarks the same corpora. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 2 ** 32);
}

function readData(rel: string): SourceFile {
  return { file: rel, text: readFileSync(path.join(ROOT, rel), "utf8") };
}

interface Template {
  /** The sentence cut at each mention: text, slot, text, slot, ..., text. */
  parts: string[];
  /** The actor each slot named, so one actor stays one actor when names are varied. */
  slots: string[];
}

/**
 * Real sentences of the shipped corpus with every mention cut out as a slot that remembers its actor.
 * An article then maps each actor to another one consistently, so sentences keep their real number
 * of distinct actors while the names vary.
 */
function sentenceTemplates(actors: SourceFile): { templates: Template[]; names: Map<string, string> } {
  const { gazetteer } = loadGazetteer(actors.file, actors.text);
  if (!gazetteer) throw new Error("data/actors.yaml does not load");
  const templates: Template[] = [];
  for (const name of readdirSync(path.join(ROOT, "data/articles")).filter((n) => n.endsWith(".md"))) {
    const { article } = parseArticle(name, readFileSync(path.join(ROOT, "data/articles", name), "utf8"));
    if (!article) continue;
    for (const s of segmentSentences(article.body)) {
      const mentions = gazetteer.matcher.find(article.body, s.start, s.end);
      const parts: string[] = [];
      let at = s.start;
      for (const m of mentions) {
        parts.push(article.body.slice(at, m.start));
        at = m.end;
      }
      parts.push(article.body.slice(at, s.end));
      templates.push({ parts, slots: mentions.map((m) => m.actorId) });
    }
  }
  // Names to vary: the first (canonical) alias of each actor, as articles most often write it.
  const names = new Map(gazetteer.actors.map((a) => [a.id, a.aliases[0]!]));
  return { templates, names };
}

function syntheticCorpus(count: number, templates: Template[], names: Map<string, string>): SourceFile[] {
  const rand = lcg(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const ids = [...names.keys()];
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    // This article's casting: every actor of the templates played by a randomly chosen actor.
    const cast = new Map<string, string>();
    const nameFor = (actorId: string) => {
      if (!cast.has(actorId)) cast.set(actorId, names.get(pick(ids))!);
      return cast.get(actorId)!;
    };
    const paragraphs: string[] = [];
    const sentences = 25 + Math.floor(rand() * 30);
    let paragraph: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const t = pick(templates);
      paragraph.push(t.parts.map((text, k) => (k < t.slots.length ? text + nameFor(t.slots[k]!) : text)).join(""));
      if (rand() < 0.3) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(" "));
    const year = 2011 + Math.floor(rand() * 14);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    const text = `---\nid: synthetic-${i}\ntitle: "Synthetic article ${i}"\npublisher: Bench Wire ${i % 17}\npublished: "${year}-${month}"\n---\n${paragraphs.join("\n\n")}\n`;
    files.push({ file: `synthetic/${i}.md`, text });
  }
  return files;
}

interface CompileMeasure {
  articles: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  peakRssMb: number;
  ties: number;
}

function measureCompile(articles: SourceFile[], actors: SourceFile, cues: SourceFile): CompileMeasure {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const { graph, problems } = compileCorpus({ articles, actors, cues, curation: null });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!graph) throw new Error(`synthetic corpus failed to compile: ${problems[0]?.message}`);
  return {
    articles: articles.length,
    megabytes: bytes / 1e6,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: articles.length / seconds,
    peakRssMb: peak / 1e6,
    ties: graph.ties.length,
  };
}

const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? "pass" : "FAIL");

async function main() {
  const actors = readData("data/actors.yaml");
  const cues = readData("data/cues.yaml");
  const { templates, names } = sentenceTemplates(actors);
  // Warm up the JIT on a small corpus so the first size is not penalised.
  measureCompile(syntheticCorpus(20, templates, names), actors, cues);

  console.log(`compile: synthetic corpora from ${templates.length} real sentences, ${names.size} actors varied\n`);
  console.log("articles      MB     seconds   MB/s    articles/s   peak RSS MB   ties");
  const compile: CompileMeasure[] = [];
  for (const size of SIZES) {
    const m = measureCompile(syntheticCorpus(size, templates, names), actors, cues);
    compile.push(m);
    console.log(
      `${String(m.articles).padStart(8)} ${fmt(m.megabytes).padStart(7)} ${fmt(m.seconds, 2).padStart(10)} ${fmt(m.mbPerSecond).padStart(7)} ${fmt(m.articlesPerSecond, 0).padStart(12)} ${fmt(m.peakRssMb, 0).padStart(13)} ${String(m.ties).padStart(6)}`,
    );
  }
  const throughput = Math.min(...compile.map((m) => m.mbPerSecond));
  const small = compile.find((m) => m.articles === 1000);
  const large = compile.find((m) => m.articles === 10000);
  const growth = small && large ? large.seconds / small.seconds : null;
  console.log(`\ntarget: ≥ ${TARGET_MB_S} MB/s at every size ........ ${fmt(throughput)} MB/s  ${verdict(throughput >= TARGET_MB_S)}`);
  if (growth !== null) console.log(`target: 10× the articles in ≤ ${TARGET_GROWTH}× the time .. ${fmt(growth, 2)}×  ${verdict(growth <= TARGET_GROWTH)}`);

  let app: AppMeasures | null = null;
  if (process.argv.includes("--no-app")) {
    console.log("\napp: skipped (--no-app)");
  } else if (!existsSync(path.join(ROOT, "dist/index.html"))) {
    console.log("\napp: skipped (no production build; run `npm run build` first)");
  } else {
    app = await measureApp(ROOT);
  }

  mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  writeFileSync(
    path.join(ROOT, "bench/results.json"),
    `${JSON.stringify({ compile, targets: { mbPerSecond: { value: throughput, target: TARGET_MB_S }, growth: { value: growth, target: TARGET_GROWTH } }, app }, null, 2)}\n`,
  );
  console.log("\nwrote bench/results.json");
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
