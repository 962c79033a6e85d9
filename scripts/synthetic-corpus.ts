/**
 * Synthetic corpora for the benchmark: the shipped articles' real sentences recombined, with the
 * actors they name varied per article. Seeded, so every run measures the same text.
 * `tsx scripts/synthetic-corpus.ts <count> <dir>` writes one to a folder as article files.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "../src/compile/compile-corpus";
import { loadGazetteer } from "../src/compile/gazetteer";
import { parseArticle } from "../src/compile/parse-article";
import { segmentSentences } from "../src/compile/segment";

const ROOT = path.resolve(import.meta.dirname, "..");

/** A seeded random source (LCG), so every run benchmarks the same corpora. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 2 ** 32);
}

export interface Template {
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
export function sentenceTemplates(actors: SourceFile): { templates: Template[]; names: Map<string, string> } {
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

/** The share of articles that reprint a wire story another publisher ran (syndication), and of originals that are wire stories. */
export const REPRINT_SHARE = 0.25;
const WIRE_SHARE = 0.1;
/** A reprint picks one of the last few wire stories, so a story is reprinted about ten times, by many publishers. */
const WIRE_WINDOW = 3;

/**
 * `count` articles. About one in four is a reprint: a recent wire story's words, date and title under
 * another publisher and id, as syndicated copy is (the same passage in many articles).
 */
export function syntheticCorpus(count: number, templates: Template[], names: Map<string, string>): SourceFile[] {
  const rand = lcg(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const ids = [...names.keys()];
  const files: SourceFile[] = [];
  const wire: { title: string; published: string; body: string }[] = [];
  for (let i = 0; i < count; i++) {
    const publisher = `Bench Wire ${i % 17}`;
    if (wire.length && rand() < REPRINT_SHARE) {
      const story = pick(wire.slice(-WIRE_WINDOW));
      files.push({ file: `synthetic/${i}.md`, text: `---\nid: synthetic-${i}\ntitle: "${story.title}"\npublisher: ${publisher}\npublished: "${story.published}"\n---\n${story.body}` });
      continue;
    }
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
    const title = `Synthetic article ${i}`;
    const body = `${paragraphs.join("\n\n")}\n`;
    if (rand() < WIRE_SHARE) wire.push({ title: `${title} (wire)`, published: `${year}-${month}`, body });
    files.push({ file: `synthetic/${i}.md`, text: `---\nid: synthetic-${i}\ntitle: "${title}"\npublisher: ${publisher}\npublished: "${year}-${month}"\n---\n${body}` });
  }
  return files;
}

/** Writes `files` into `dir` under their own base names; returns the folder. */
export function writeCorpus(files: readonly SourceFile[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(path.join(dir, path.basename(f.file)), f.text);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir) {
    console.error("usage: tsx scripts/synthetic-corpus.ts <count> <dir>");
    process.exit(2);
  }
  const actors = { file: "data/actors.yaml", text: readFileSync(path.join(ROOT, "data/actors.yaml"), "utf8") };
  const { templates, names } = sentenceTemplates(actors);
  writeCorpus(syntheticCorpus(Number(count), templates, names), dir);
  console.log(`wrote ${count} articles to ${dir}`);
}
