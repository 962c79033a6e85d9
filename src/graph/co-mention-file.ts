/**
 * A co-mention's sentences in their own file, and back. Co-mention sentences are most of a big
 * corpus's evidence (two thirds of graph.json at 3,000 articles) and nearly all of each one follows
 * from its article: the date, the year, the time stated by no words, the publisher's own voice. So a
 * sentence is kept as `[article, start, quote]`, plus only the fields that differ from what its
 * article implies, and a quote repeated in syndicated copies is kept once. Unpacking gives back the
 * very same evidence (tested on every compiled graph). Pure.
 */
import { evidenceId } from "../compile/evidence-id";
import { passageKeyOf } from "./passages";
import { PUBLISHER_VOICE } from "./vocabulary";
import type { Article, CoMention, CoMentionFile, Evidence } from "./schema";

type ArticleFacts = Pick<Article, "id" | "published" | "precision" | "year">;

/** What a sentence of `article` at `start` with `quote`, naming `link`'s two actors, is when it says nothing more. */
function impliedBy(link: Pick<CoMention, "source" | "target">, article: ArticleFacts, start: number, quote: string): Evidence {
  return {
    id: evidenceId({ articleId: article.id, start, end: start + quote.length }, link.source, link.target, "co-mention"),
    articleId: article.id,
    published: article.published,
    year: article.year,
    time: { from: article.published, to: article.published, precision: article.precision, approximate: false, words: null, start: null, end: null },
    quote,
    start,
    end: start + quote.length,
    cue: null,
    direction: "mutual",
    origin: "extracted",
    curation: null,
    historical: null,
    claimant: PUBLISHER_VOICE,
  };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A claimant or a stated time whose words are in the sentence itself (most are) as a row with its
 * offsets into the quote, not its words and body offsets: `[kind, from, to, actor]`,
 * `[from, to, precision, approximate, wordsFrom, wordsTo]`. Anything else is kept as it is.
 */
function compact(key: string, value: unknown, e: Evidence): unknown {
  const inQuote = (words: string | null, start: number | null, end: number | null) =>
    words !== null && start !== null && end !== null && start >= e.start && e.quote.slice(start - e.start, end - e.start) === words;
  if (key === "claimant") {
    const c = e.claimant;
    if (inQuote(c.text, c.start, c.end)) return [c.kind, c.start! - e.start, c.end! - e.start, c.actorId];
  }
  if (key === "time") {
    const t = e.time;
    if (inQuote(t.words, t.start, t.end)) return [t.from, t.to, t.precision, t.approximate ? 1 : 0, t.start! - e.start, t.end! - e.start];
  }
  return value;
}

/** The claimant or time of an unpacked sentence, from its row when `compact` made one. */
function expand(key: "claimant" | "time", value: unknown, e: Evidence): unknown {
  if (!Array.isArray(value)) return value;
  if (key === "claimant") {
    const [kind, from, to, actorId] = value as [Evidence["claimant"]["kind"], number, number, string | null];
    return { kind, text: e.quote.slice(from, to), start: e.start + from, end: e.start + to, actorId };
  }
  const [from, to, precision, approximate, wordsFrom, wordsTo] = value as [string, string, Evidence["time"]["precision"], number, number, number];
  return { from, to, precision, approximate: approximate === 1, words: e.quote.slice(wordsFrom, wordsTo), start: e.start + wordsFrom, end: e.start + wordsTo };
}

/** The file of `link`'s sentences (which must be in hand). */
export function packCoMention(link: CoMention, articles: ReadonlyMap<string, ArticleFacts>): CoMentionFile {
  const evidence = link.evidence ?? [];
  const articleIds: string[] = [];
  const articleIndex = new Map<string, number>();
  const quotes: string[] = [];
  const quoteIndex = new Map<string, number>();
  const sentences = evidence.map((e): CoMentionFile["sentences"][number] => {
    const article = articles.get(e.articleId);
    if (!article) throw new Error(`co-mention ${link.id} cites article '${e.articleId}', which the graph does not have`);
    let a = articleIndex.get(e.articleId);
    if (a === undefined) articleIndex.set(e.articleId, (a = articleIds.push(e.articleId) - 1));
    let q = quoteIndex.get(e.quote);
    if (q === undefined) quoteIndex.set(e.quote, (q = quotes.push(e.quote) - 1));
    const implied: Record<string, unknown> = impliedBy(link, article, e.start, e.quote);
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(e)) if (!same(value, implied[key])) fields[key] = compact(key, value, e);
    return Object.keys(fields).length ? [a, e.start, q, fields] : [a, e.start, q];
  });
  return { id: link.id, articles: articleIds, quotes, sentences };
}

/** The sentences `link`'s file holds, as evidence. Throws, naming the file, when it cites an article the graph lacks. */
export function unpackCoMention(file: CoMentionFile, link: Pick<CoMention, "source" | "target">, articles: ReadonlyMap<string, ArticleFacts>, fileName = file.id): Evidence[] {
  const facts = file.articles.map((id) => {
    const article = articles.get(id);
    if (!article) throw new Error(`${fileName} cites article '${id}', which the graph does not have`);
    return article;
  });
  return file.sentences.map(([a, start, q, fields]) => {
    const article = facts[a];
    const quote = file.quotes[q];
    if (!article || quote === undefined) throw new Error(`${fileName} points past its own list of articles or quotes`);
    if (!fields) return impliedBy(link, article, start, quote);
    const sentence = { ...impliedBy(link, article, start, quote), ...fields } as Evidence;
    return { ...sentence, claimant: expand("claimant", sentence.claimant, sentence), time: expand("time", sentence.time, sentence) } as Evidence;
  });
}

/** Distinct passages (the same words in several articles once) over all of `evidence` and per year it is about. */
export function passageCounts(evidence: readonly Evidence[]): CoMention["passages"] {
  const all = new Set<string>();
  const byYear = new Map<number, Set<string>>();
  for (const e of evidence) {
    const key = passageKeyOf(e);
    all.add(key);
    let year = byYear.get(e.year);
    if (!year) byYear.set(e.year, (year = new Set()));
    year.add(key);
  }
  return { total: all.size, byYear: Object.fromEntries([...byYear].sort(([a], [b]) => a - b).map(([y, keys]) => [String(y), keys.size])) };
}
