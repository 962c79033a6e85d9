/**
 * The graph JSON of a scope: the same schema as public/graph.json (so Tiegraph and any tool that
 * reads it can load the file), holding only the scope's actors, ties and co-mentions and the articles
 * their evidence cites, with the stats counted again. Unlike graph.json, which keeps each article's
 * text in a file of its own beside it, every article carries its text and mentions, so the one file
 * is enough to reopen the view elsewhere and every quote can be checked against its article. Pure.
 */
import { SCHEMA_VERSION } from "../vocabulary";
import type { Article, ArticleText, CoMention, Graph } from "../schema";
import { weighed } from "../weigh";
import type { ExportScope, FullScope } from "./export-scope";

/** The articles the scope's evidence cites, in the graph's order. */
export function citedArticles(scope: ExportScope): Article[] {
  const links = [...scope.ties, ...scope.coMentions];
  const cited = new Set(links.flatMap((t) => (t.evidence ?? []).map((e) => e.articleId)));
  return scope.graph.articles.filter((a) => cited.has(a.id));
}

/** The cited articles whose text is not in hand (it is in a file beside graph.json): fetch these for `writeGraphJson`. */
export function articlesWithoutText(scope: ExportScope): Article[] {
  return citedArticles(scope).filter((a) => a.body === undefined || a.mentions === undefined);
}

/** The scope's co-mentions whose sentences are in their own file: load them (store/link-evidence.ts) and make the scope again. */
export function coMentionsWithoutSentences(scope: ExportScope): CoMention[] {
  return scope.coMentions.filter((c) => !c.evidence);
}

/**
 * The scope as a graph object that passes `GraphSchema`; `texts` are the articles' texts that are not
 * in hand (by article id). An article whose text is neither in hand nor given keeps its `textFile`.
 * Every co-mention must have its sentences in hand: the file stands alone, with nothing beside it.
 */
export function scopeGraph(scope: FullScope, texts: ReadonlyMap<string, ArticleText> = new Map()): Graph {
  const missing = coMentionsWithoutSentences(scope);
  if (missing.length) throw new Error(`the sentences of ${missing.length} co-mention(s) are not loaded (${missing[0]!.id} first)`);
  const articles = citedArticles(scope).map((a): Article => {
    const text = texts.get(a.id);
    const body = a.body ?? text?.body;
    const mentions = a.mentions ?? text?.mentions;
    if (body === undefined || mentions === undefined) return a;
    const { textFile: _textFile, ...meta } = a;
    return { ...meta, body, mentions };
  });
  const tiesByType: Record<string, number> = {};
  for (const t of scope.graph.relationTypes) tiesByType[t.id] = scope.ties.filter((tie) => tie.type === t.id).length;
  return weighed({
    schemaVersion: SCHEMA_VERSION,
    relationTypes: scope.graph.relationTypes,
    actors: scope.actors,
    articles,
    // the file stands alone: every link carries its passages, none names a file beside it
    ties: scope.ties.map(({ evidenceFile: _file, ...tie }) => tie),
    coMentions: scope.coMentions.map(({ evidenceFile: _file, ...link }) => link),
    stats: {
      articles: articles.length,
      sentences: articles.reduce((s, a) => s + a.sentenceCount, 0),
      mentions: articles.reduce((s, a) => s + (a.mentions?.length ?? 0), 0),
      ties: scope.ties.length,
      evidence: scope.ties.reduce((s, t) => s + t.evidence.length, 0),
      coMentions: scope.coMentions.length,
      tiesByType,
    },
  }, scope.graph.pairs);
}

/** The scope as indented JSON text, with the given article texts (see `scopeGraph`). */
export function writeGraphJson(scope: FullScope, texts?: ReadonlyMap<string, ArticleText>): string {
  return `${JSON.stringify(scopeGraph(scope, texts), null, 2)}\n`;
}
