/**
 * The whole compiler as one pure function: input texts in, a schema-checked graph (or the list of
 * problems that stopped it) out. No disk, no clock: the CLI and the browser both call this.
 */
import { GraphSchema, SCHEMA_VERSION, type Actor, type Graph } from "../graph/schema";
import { aggregateCoMentions, aggregateTies } from "./aggregate";
import { applyCuration } from "./curation";
import { extractArticle, type ArticleExtract } from "./extract-article";
import { loadGazetteer, type Gazetteer } from "./gazetteer";
import { loadLexicon, type Lexicon } from "./lexicon";
import { parseArticle, type ParsedArticle } from "./parse-article";
import type { Problem } from "./problems";

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
  graph: Graph | null;
  problems: Problem[];
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

/** Parses every article, reporting duplicate ids with both files. */
export function parseArticles(files: readonly SourceFile[]): { parsed: ParsedArticle[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed: ParsedArticle[] = [];
  const byId = new Map<string, ParsedArticle>();
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const r = parseArticle(f.file, f.text);
    problems.push(...r.problems);
    if (!r.article) continue;
    const other = byId.get(r.article.id);
    if (other) {
      const line = r.article.bodyLine > 1 ? Math.max(2, f.text.split("\n").findIndex((l) => l.startsWith("id:")) + 1) : 1;
      problems.push({ file: f.file, line, message: `id '${r.article.id}' is already used by ${other.file}; give each article its own id` });
      continue;
    }
    byId.set(r.article.id, r.article);
    parsed.push(r.article);
  }
  return { parsed, problems };
}

/** Compiles a corpus. Never throws on bad data: every problem is returned with its file and line. */
export function compileCorpus(input: CorpusInput): CompileResult {
  const ref = loadReferenceData(input);
  const { parsed, problems: articleProblems } = parseArticles(input.articles);
  const problems = [...ref.problems, ...articleProblems];
  if (!ref.gazetteer || !ref.lexicon) return { graph: null, problems };
  const gazetteer = ref.gazetteer;
  const lexicon = ref.lexicon;
  const extracts = parsed.map((a) => extractArticle(a, gazetteer, lexicon));
  return assemble(extracts, input, gazetteer, lexicon, problems);
}

/** The reduce: extracts (from any number of workers, in any order) into the graph. */
export function assemble(
  extractsInAnyOrder: readonly ArticleExtract[],
  input: Pick<CorpusInput, "curation">,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  problems: Problem[] = [],
): CompileResult {
  const extracts = [...extractsInAnyOrder].sort((a, b) => a.article.id.localeCompare(b.article.id));
  const actorIds = new Set(gazetteer.actors.map((a) => a.id));
  const findings = extracts.flatMap((x) => x.findings);
  const curated = input.curation
    ? applyCuration(findings, { file: input.curation.file, source: input.curation.text, extracts, actorIds, types: lexicon.relationTypes })
    : { findings: findings.map((f) => ({ ...f, curation: null })), problems: [] };
  problems.push(...curated.problems);
  if (problems.length) return { graph: null, problems };

  const ties = aggregateTies(curated.findings, lexicon.relationTypes);
  const coMentions = aggregateCoMentions(extracts.flatMap((x) => x.coMentions));
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
    const mentionsByYear = Object.fromEntries([...byYear].sort(([x], [y]) => x.localeCompare(y)));
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

  const graph = {
    schemaVersion: SCHEMA_VERSION,
    relationTypes: lexicon.relationTypes,
    actors,
    articles: extracts.map((x) => x.article),
    ties,
    coMentions,
    stats: {
      articles: extracts.length,
      sentences: extracts.reduce((s, x) => s + x.sentences.length, 0),
      mentions: extracts.reduce((s, x) => s + x.article.mentions.length, 0),
      ties: ties.length,
      evidence: ties.reduce((s, t) => s + t.evidence.length, 0),
      coMentions: coMentions.length,
      tiesByType,
    },
  };
  const checked = GraphSchema.safeParse(graph);
  if (!checked.success) {
    // A bug in the compiler, not in the input: say so plainly rather than write a bad graph.
    const issue = checked.error.issues[0];
    return { graph: null, problems: [{ file: "(compiler)", line: 1, message: `the graph failed its own schema at ${issue?.path.join(".")}: ${issue?.message}; please report this` }] };
  }
  return { graph: checked.data, problems: [] };
}
