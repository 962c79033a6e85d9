/**
 * What the compiler read in one imported article, sentence by sentence: each sentence with the ties
 * it produced (type, direction, actors) and the actors it names, so a sentence naming two or more
 * actors where nothing was read stands out. Built from what the map step (`mapArticle`, the same
 * `extractArticle` the build runs) returns for the file, and the graph it joined. Pure and plain
 * data, so the worker can post it.
 */
import { loadReferenceData, mapArticle, type CorpusInput, type SourceFile } from "../../compile/compile-corpus";
import { segmentSentences } from "../../compile/segment";
import type { Graph, QuadClass } from "../../graph/schema";

/** One relation read in a sentence. */
export interface ReadRelation {
  typeId: string;
  typeLabel: string;
  quadClass: QuadClass | null;
  /** The agent, or the first of a mutual pair. */
  source: string;
  target: string;
  mutual: boolean;
  /** The tie it joined in the graph (null for a denial, which makes no tie). */
  tieId: string | null;
}

/** One sentence of the article and what was read in it. */
export interface SentenceRead {
  start: number;
  end: number;
  text: string;
  /** The actors it names, in order of first mention, each once. */
  named: string[];
  relations: ReadRelation[];
  /** Relations it says do not hold ("Russia does not support …"): never a tie. */
  denials: ReadRelation[];
  /** The evidence id of its co-mention, when it names two or more actors and no relation (for the reader). */
  coMentionEvidenceId: string | null;
}

/** The report of one imported article. */
export interface ArticleRead {
  file: string;
  articleId: string;
  title: string;
  sentences: SentenceRead[];
  /** Ties this article gives evidence to. */
  tieIds: string[];
  /** Actors of those ties that the graph hides until "Show other actors" is on. */
  otherActorIds: string[];
}

/** Reads `source` again with the shipped reference data and says what each of its sentences gave `graph`. */
export function readReport(source: SourceFile, reference: Pick<CorpusInput, "actors" | "cues">, graph: Graph): ArticleRead | null {
  const { gazetteer, lexicon } = loadReferenceData(reference);
  if (!gazetteer || !lexicon) return null;
  const extract = mapArticle(source, { gazetteer, lexicon }).extract;
  if (!extract) return null;
  const { article } = extract;
  const types = new Map(graph.relationTypes.map((t) => [t.id, t]));
  const core = new Map(graph.actors.map((a) => [a.id, a.core]));
  const tieOf = new Map(graph.ties.map((t) => [`${t.type}|${[t.source, t.target].sort().join("|")}`, t.id]));
  const relation = (r: { typeId: string; agent: string; target: string; mutual: boolean }, denied: boolean): ReadRelation => ({
    typeId: r.typeId,
    typeLabel: types.get(r.typeId)?.label ?? r.typeId,
    quadClass: types.get(r.typeId)?.quadClass ?? null,
    source: r.agent,
    target: r.target,
    mutual: r.mutual,
    tieId: denied ? null : (tieOf.get(`${r.typeId}|${[r.agent, r.target].sort().join("|")}`) ?? null),
  });

  const sentences = segmentSentences(article.body, article.extractEnd).map((s): SentenceRead => {
    const inside = <T extends { start: number }>(x: T) => x.start >= s.start && x.start < s.end;
    const named = [...new Set(article.mentions.filter(inside).map((m) => m.actorId))];
    const relations = extract.findings.filter(inside).map((f) => relation(f.reading, false));
    const denials = extract.denials.filter(inside).map((f) => relation(f.reading, true));
    const co = extract.coMentions.find((c) => inside(c.at));
    return { start: s.start, end: s.end, text: s.text, named, relations: uniqueRelations(relations), denials: uniqueRelations(denials), coMentionEvidenceId: co?.id ?? null };
  });
  const tieIds = [...new Set(sentences.flatMap((s) => s.relations.map((r) => r.tieId)).filter((id): id is string => id !== null))];
  const otherActorIds = [...new Set(sentences.flatMap((s) => s.relations.flatMap((r) => [r.source, r.target])))].filter((id) => core.get(id) === false).sort();
  return { file: source.file, articleId: article.id, title: article.title, sentences, tieIds, otherActorIds };
}

/** One entry per relation read, however many clauses state it. */
function uniqueRelations(relations: readonly ReadRelation[]): ReadRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.typeId}|${r.source}|${r.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sentences that name two or more actors where no relation was read: where the extractor may have missed one. */
export function unreadSentences(report: ArticleRead): SentenceRead[] {
  return report.sentences.filter((s) => s.named.length >= 2 && s.relations.length === 0 && s.denials.length === 0);
}
