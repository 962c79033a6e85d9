/**
 * Stage 8: an editor's judgement calls (data/curation.yaml) applied to what the extractor found.
 * An entry confirms, retypes or rejects a piece of evidence by its id, or adds one by quoting the
 * article verbatim. Every entry must still match the articles: a stale id or a quote that is no longer
 * in the text fails the build, with the closest passage, rather than being dropped silently.
 */
import { CurationFileSchema } from "../graph/curation-entries";
import { PUBLISHER_VOICE, type RelationType } from "../graph/schema";
import type { CuratedFinding } from "./aggregate";
import { evidenceId } from "./evidence-id";
import type { ArticleExtract, Finding } from "./extract-article";
import type { Problem } from "./problems";
import { segmentSentences } from "./segment";
import { timeOfReading, timesInSentence, yearOfPeriod } from "./time-expressions";
import type { EvidenceTime } from "../graph/schema";

const timed = (time: EvidenceTime) => ({ time, year: yearOfPeriod(time) });
import { parseYaml } from "./yaml-input";

export { CurationFileSchema };

interface Context {
  file: string;
  source: string;
  extracts: readonly ArticleExtract[];
  actorIds: ReadonlySet<string>;
  types: readonly RelationType[];
}

/** Applies the curation file to the findings; problems name the curation file's line. */
export function applyCuration(findings: readonly Finding[], ctx: Context): { findings: CuratedFinding[]; problems: Problem[] } {
  const { value, problems } = parseYaml(ctx.source, CurationFileSchema, ctx.file);
  const curated: CuratedFinding[] = findings.map((f) => ({ ...f, curation: null }));
  if (!value) return { findings: curated, problems };
  const lines = ctx.source.split("\n");
  const entryLines = lines.flatMap((l, i) => (/^\s*-\s/.test(l) ? [i + 1] : []));
  const typeById = new Map(ctx.types.map((t) => [t.id, t]));
  const idOf = (f: Finding) => f.evidenceId;

  value.entries.forEach((entry, i) => {
    const line = entryLines[i] ?? 1;
    const say = (message: string) => problems.push({ file: ctx.file, line, message });
    if (entry.action !== "add") {
      const matches = curated.filter((f) => idOf(f) === entry.evidence);
      if (!matches.length) return say(`no extracted evidence has id '${entry.evidence}' (the article or the extractor changed); find the passage's new id in the app, or turn this entry into an 'add' with the quote`);
      if (entry.action === "reject") {
        for (const m of matches) curated.splice(curated.indexOf(m), 1);
        return;
      }
      if (entry.action === "retype") {
        const type = entry.type ? typeById.get(entry.type) : undefined;
        if (!type) return say(`'retype' needs 'type', one of: ${ctx.types.map((t) => t.id).join(", ")}`);
        for (const m of matches) {
          m.reading = { ...m.reading, typeId: type.id, mutual: type.directed ? m.reading.mutual : true };
          m.curation = "retyped";
          if (entry.note) m.note = entry.note;
        }
        return;
      }
      for (const m of matches) {
        m.curation = "confirmed";
        if (entry.note) m.note = entry.note;
      }
      return;
    }

    const extract = ctx.extracts.find((x) => x.article.id === entry.article);
    if (!extract) return say(`article '${entry.article}' is not in the corpus; use the 'id' from an article's front matter`);
    for (const actor of [entry.source, entry.target]) {
      if (!ctx.actorIds.has(actor)) return say(`actor '${actor}' is not in the gazetteer; add it to actors.yaml or use an existing id`);
    }
    const type = typeById.get(entry.type);
    if (!type) return say(`relation type '${entry.type}' is unknown; use one of: ${ctx.types.map((t) => t.id).join(", ")}`);
    const body = extract.article.body;
    const start = entry.start ?? body.indexOf(entry.quote);
    if (start < 0 || body.slice(start, start + entry.quote.length) !== entry.quote) {
      const where = entry.start === undefined ? "" : ` at ${entry.start}`;
      return say(`quote not found verbatim${where} in '${entry.article}'; the closest passage is: "${closestPassage(entry.quote, extract)}"`);
    }
    const end = start + entry.quote.length;
    const mutual = entry.direction ? entry.direction === "mutual" : !type.directed;
    curated.push({
      articleId: extract.article.id,
      published: extract.article.published,
      // An editor's quote is read for the time it states like any sentence.
      ...timed(timeOfReading(timesInSentence({ start, text: entry.quote }, extract.article), null, null, extract.article)),
      start,
      end,
      quote: entry.quote,
      historical: null,
      claimant: PUBLISHER_VOICE,
      curation: "added",
      ...(entry.note ? { note: entry.note } : {}),
      evidenceId: evidenceId({ articleId: extract.article.id, start, end }, entry.source, entry.target, type.id),
      reading: { agent: entry.source, target: entry.target, mutual, typeId: type.id, cue: { text: entry.quote, start, end, pattern: "curated" } },
    });
  });
  return { findings: curated, problems };
}

/** The sentence of the article sharing the most words with `quote` (for "did you mean"). */
export function closestPassage(quote: string, extract: Pick<ArticleExtract, "article">): string {
  const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const target = wordsOf(quote);
  let best = "";
  let bestScore = -1;
  for (const s of segmentSentences(extract.article.body, extract.article.extractEnd)) {
    const w = wordsOf(s.text);
    let shared = 0;
    for (const x of target) if (w.has(x)) shared++;
    const score = (2 * shared) / (target.size + w.size || 1);
    if (score > bestScore) {
      bestScore = score;
      best = s.text;
    }
  }
  return best.length > 200 ? `${best.slice(0, 197)}...` : best;
}
