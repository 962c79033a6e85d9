/**
 * A link's passages in their own file, and back: a tie's evidence or a co-mention's sentences. Nearly
 * all of each passage follows from its article and its link: the date, the year, the time stated by
 * no words, the publisher's own voice, the id, the direction. So a passage is kept as
 * `[article, start, quote]`, plus only the fields that differ from what its article and link imply
 * (words as offsets into the quote), and a quote repeated in syndicated copies is kept once.
 * Unpacking gives back the very same evidence (tested on every compiled graph). Pure.
 */
import { evidenceId } from "../compile/evidence-id";
import { passageKeyOf } from "./passages";
import { PUBLISHER_VOICE } from "./vocabulary";
import type { Article, CoMention, Evidence, EvidenceFile, Tie } from "./schema";

type ArticleFacts = Pick<Article, "id" | "published" | "precision" | "year">;

/** What a file's passages share: the pair, and for a tie its type and direction (a co-mention has neither). */
export type LinkFacts = Pick<CoMention, "id" | "source" | "target"> & Partial<Pick<Tie, "type" | "direction">>;

/** What a passage of `article` at `start` with `quote`, supporting `link`, is when it says nothing more. */
function impliedBy(link: LinkFacts, article: ArticleFacts, start: number, quote: string): Evidence {
  const span = { articleId: article.id, start, end: start + quote.length };
  return {
    id: evidenceId(span, link.source, link.target, link.type ?? "co-mention"),
    articleId: article.id,
    published: article.published,
    year: article.year,
    time: { from: article.published, to: article.published, precision: article.precision, approximate: false, words: null, start: null, end: null },
    quote,
    start,
    end: start + quote.length,
    cue: null,
    direction: link.direction === "directed" ? "source-to-target" : "mutual",
    origin: "extracted",
    curation: null,
    historical: null,
    claimant: PUBLISHER_VOICE,
  };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A claimant, a stated time or a cue whose words are in the passage itself (most are) as a row with
 * its offsets into the quote, not its words and body offsets: `[kind, from, to, actor]`,
 * `[from, to, precision, approximate, wordsFrom, wordsTo]`, `[from, to, pattern]`. Anything else is
 * kept as it is.
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
  if (key === "cue" && e.cue && inQuote(e.cue.text, e.cue.start, e.cue.end)) return [e.cue.start - e.start, e.cue.end - e.start, e.cue.pattern];
  return value;
}

/** The claimant, time or cue of an unpacked passage, from its row when `compact` made one. */
function expand(key: "claimant" | "time" | "cue", value: unknown, e: Evidence): unknown {
  if (!Array.isArray(value)) return value;
  if (key === "cue") {
    const [from, to, pattern] = value as [number, number, string];
    return { text: e.quote.slice(from, to), start: e.start + from, end: e.start + to, pattern };
  }
  if (key === "claimant") {
    const [kind, from, to, actorId] = value as [Evidence["claimant"]["kind"], number, number, string | null];
    return { kind, text: e.quote.slice(from, to), start: e.start + from, end: e.start + to, actorId };
  }
  const [from, to, precision, approximate, wordsFrom, wordsTo] = value as [string, string, Evidence["time"]["precision"], number, number, number];
  return { from, to, precision, approximate: approximate === 1, words: e.quote.slice(wordsFrom, wordsTo), start: e.start + wordsFrom, end: e.start + wordsTo };
}

/** The file of `link`'s passages (which must be in hand). */
export function packEvidence(link: LinkFacts & { evidence?: readonly Evidence[] }, articles: ReadonlyMap<string, ArticleFacts>): EvidenceFile {
  const evidence = link.evidence ?? [];
  const articleIds: string[] = [];
  const articleIndex = new Map<string, number>();
  const quotes: string[] = [];
  const quoteIndex = new Map<string, number>();
  const sentences = evidence.map((e): EvidenceFile["sentences"][number] => {
    const article = articles.get(e.articleId);
    if (!article) throw new Error(`${link.id} cites article '${e.articleId}', which the graph does not have`);
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

/** The passages `link`'s file holds, as evidence. Throws, naming the file, when it cites an article the graph lacks. */
export function unpackEvidence(file: EvidenceFile, link: LinkFacts, articles: ReadonlyMap<string, ArticleFacts>, fileName = file.id): Evidence[] {
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
    return { ...sentence, claimant: expand("claimant", sentence.claimant, sentence), time: expand("time", sentence.time, sentence), cue: expand("cue", sentence.cue, sentence) } as Evidence;
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
