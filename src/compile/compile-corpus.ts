/**
 * The whole compiler as one pure function: input texts in, a schema-checked graph (or the list of
 * problems that stopped it) out. No disk, no clock: the CLI and the browser both call this.
 */
import { AssembledGraphSchema, SCHEMA_VERSION, type Actor, type FullGraph } from "../graph/schema";
import { aggregateCoMentions, aggregateTies } from "./aggregate";
import { checkEvidence, checkExtract, compilerBug } from "./check-extract";
import { applyCuration } from "./curation";
import { articleIndex, coverageOf, weighPairs } from "../graph/weigh";
import { extractArticle, type ArticleExtract } from "./extract-article";
import { loadGazetteer, type Gazetteer } from "./gazetteer";
import { loadLexicon, type Lexicon } from "./lexicon";
import { parseArticle } from "./parse-article";
import type { Problem } from "./problems";
import { byCodeUnits } from "../graph/order";
import { byScore, type Candidate } from "../graph/candidates";
import type { CandidateFinding } from "./extract-article";

export interface SourceFile {
  /** The path shown in messages, e.g. data/articles/media-line.md. */
  file: string;
  text: string;
}

export interface CorpusInput {
  articles: readonly SourceFile[];
  actors: SourceFile;
  cues: SourceFile;
  curation: SourceFile | null;
}

export interface CompileResult {
  graph: FullGraph | null;
  problems: Problem[];
  /** Readings a strict rule refused, for an editor to decide (never in the graph); empty when the graph failed. */
  candidates?: Candidate[];
}

/** Parses and checks the gazetteer and the lexicon, the inputs every article is read with. */
export function loadReferenceData(input: Pick<CorpusInput, "actors" | "cues">): {
  gazetteer: Gazetteer | null;
  lexicon: Lexicon | null;
  problems: Problem[];
} {
  const g = loadGazetteer(input.actors.file, input.actors.text);
  const l = loadLexicon(input.cues.file, input.cues.text);
  return { gazetteer: g.gazetteer, lexicon: l.lexicon, problems: [...g.problems, ...l.problems] };
}

/** What the map step makes of one article file: its extract, or the problems that stopped it. */
export interface ArticleOutcome {
  file: string;
  extract: ArticleExtract | null;
  problems: Problem[];
  /** The line of the `id:` field, for the message when another file already used the id. */
  idLine: number;
}

/**
 * The map step for one file: parse, then read its sentences. Pure and independent of every other
 * file, so it runs in any order, in any worker. Without reference data it only parses (to report).
 */
export function mapArticle(source: SourceFile, ref: { gazetteer: Gazetteer; lexicon: Lexicon } | null): ArticleOutcome {
  const { article, problems } = parseArticle(source.file, source.text);
  const idLine = article ? Math.max(2, source.text.split("\n", article.bodyLine).findIndex((l) => l.startsWith("id:")) + 1) : 1;
  const extract = article && ref ? extractArticle(article, ref.gazetteer, ref.lexicon) : null;
  const bugs = extract ? checkExtract(extract, source.file) : [];
  return { file: source.file, extract: bugs.length ? null : extract, problems: [...problems, ...bugs], idLine };
}

/** Orders outcomes by file and keeps the first article of each id, reporting every later one. */
export function keepFirstById(outcomes: readonly ArticleOutcome[]): { extracts: ArticleExtract[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const extracts: ArticleExtract[] = [];
  const fileOf = new Map<string, string>();
  for (const o of [...outcomes].sort((a, b) => a.file.localeCompare(b.file))) {
    problems.push(...o.problems);
    if (!o.extract) continue;
    const id = o.extract.article.id;
    const other = fileOf.get(id);
    if (other) {
      problems.push({ file: o.file, line: o.idLine, message: `id '${id}' is already used by ${other}; give each article its own id` });
      continue;
    }
    fileOf.set(id, o.file);
    extracts.push(o.extract);
  }
  return { extracts, problems };
}

/** Compiles a corpus. Never throws on bad data: every problem is returned with its file and line. */
export function compileCorpus(input: CorpusInput): CompileResult {
  const ref = loadReferenceData(input);
  const readers = ref.gazetteer && ref.lexicon ? { gazetteer: ref.gazetteer, lexicon: ref.lexicon } : null;
  const { extracts, problems: articleProblems } = keepFirstById(input.articles.map((f) => mapArticle(f, readers)));
  const problems = [...ref.problems, ...articleProblems];
  if (!readers) return { graph: null, problems };
  return assemble(extracts, input, readers.gazetteer, readers.lexicon, problems);
}

/** The reduce: extracts (from any number of workers, in any order) into the graph. */
export function assemble(
  extractsInAnyOrder: readonly ArticleExtract[],
  input: Pick<CorpusInput, "curation">,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  problems: Problem[] = [],
): CompileResult {
  const extracts = [...extractsInAnyOrder].sort((a, b) => byCodeUnits(a.article.id, b.article.id));
  const actorIds = new Set(gazetteer.actors.map((a) => a.id));
  const findings = extracts.flatMap((x) => x.findings);
  const curated = input.curation
    ? applyCuration(findings, { file: input.curation.file, source: input.curation.text, extracts, actorIds, types: lexicon.relationTypes })
    : { findings: findings.map((f) => ({ ...f, curation: null })), problems: [] };
  problems.push(...curated.problems);
  if (problems.length) return { graph: null, problems };

  const publisherOf = new Map(extracts.map((x) => [x.article.id, x.article.publisher]));
  // the graph's articles are the extracts in this order: a tie's sources are indexes into them
  const ties = aggregateTies(curated.findings, lexicon.relationTypes, publisherOf, articleIndex(extracts.map((x) => x.article)));
  const pairs = weighPairs(ties, extracts.flatMap((x) => x.denials), lexicon.relationTypes, publisherOf);
  // Fed in evidence order (by date, then article), each pair's evidence arrives already sorted.
  const byDate = [...extracts].sort((a, b) => byCodeUnits(a.article.published, b.article.published) || byCodeUnits(a.article.id, b.article.id));
  const coMentions = aggregateCoMentions(byDate.flatMap((x) => x.coMentions));
  const counts = new Map<string, Map<string, number>>();
  for (const x of extracts) {
    for (const [actorId, n] of x.sentencesNaming) {
      const byYear = counts.get(actorId) ?? new Map<string, number>();
      byYear.set(String(x.article.year), (byYear.get(String(x.article.year)) ?? 0) + n);
      counts.set(actorId, byYear);
    }
  }
  const actors: Actor[] = gazetteer.actors.map((a) => {
    const byYear = counts.get(a.id) ?? new Map<string, number>();
    const mentionsByYear = Object.fromEntries([...byYear].sort(([x], [y]) => byCodeUnits(x, y)));
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      core: a.core,
      color: a.color,
      aliases: a.aliases,
      mentionCount: [...byYear.values()].reduce((s, n) => s + n, 0),
      mentionsByYear,
    };
  });
  const tiesByType: Record<string, number> = {};
  for (const t of lexicon.relationTypes) tiesByType[t.id] = ties.filter((tie) => tie.type === t.id).length;

  const graph: FullGraph = {
    schemaVersion: SCHEMA_VERSION,
    relationTypes: lexicon.relationTypes,
    actors,
    articles: extracts.map((x) => x.article),
    ties,
    coMentions,
    pairs,
    coverage: coverageOf(extracts.map((x) => x.article)),
    stats: {
      articles: extracts.length,
      sentences: extracts.reduce((s, x) => s + x.article.sentenceCount, 0),
      mentions: extracts.reduce((s, x) => s + x.article.mentions.length, 0),
      ties: ties.length,
      evidence: ties.reduce((s, t) => s + t.evidence.length, 0),
      coMentions: coMentions.length,
      tiesByType,
    },
  };
  // A bug in the compiler, not in the input: say so plainly rather than write a bad graph. Articles
  // and extracted evidence were checked in the map step; evidence an editor touched is made here.
  const checked = AssembledGraphSchema.safeParse(graph);
  if (!checked.success) return { graph: null, problems: [compilerBug("(compiler)", "a graph", checked.error)] };
  for (const tie of ties) {
    for (const e of tie.evidence) {
      const bug = e.curation === null ? null : checkEvidence("(compiler)", e);
      if (bug) return { graph: null, problems: [bug] };
    }
  }
  // The checked graph itself (not zod's copy), so each article keeps its text in its type. A
  // candidate the graph states (data/curation.yaml added it) is a candidate no more: the Review queue
  // need not look for it among the ties' evidence, which graph.json keeps in files of its own.
  const stated = new Set(ties.flatMap((t) => t.evidence.map((e) => e.id)));
  return { graph, problems: [], candidates: candidatesOf(extracts.flatMap((x) => x.candidates)).filter((c) => !stated.has(c.id)) };
}

/** The candidates of the corpus in the Review queue's order, each once. */
export function candidatesOf(findings: readonly CandidateFinding[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const f of findings) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const c = f.candidate;
    out.push({
      id: f.id,
      articleId: f.articleId,
      published: f.published,
      year: f.year,
      quote: f.quote,
      start: f.start,
      end: f.end,
      source: c.agent,
      target: c.target,
      mutual: c.mutual,
      type: c.typeId,
      cue: { text: f.quote.slice(c.cueStart, c.cueEnd), start: f.start + c.cueStart, end: f.start + c.cueEnd },
      reason: c.reason,
      detail: c.detail,
      score: c.score,
    });
  }
  return out.sort(byScore);
}
