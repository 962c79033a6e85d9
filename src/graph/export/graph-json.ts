/**
 * The graph JSON of a scope: the same schema as public/graph.json (so Tiegraph and any tool that
 * reads it can load the file), holding only the scope's actors, ties and co-mentions and the articles
 * their evidence cites, with the stats counted again. Pure.
 */
import { SCHEMA_VERSION } from "../vocabulary";
import type { Graph } from "../schema";
import { weighed } from "../weigh";
import type { ExportScope } from "./export-scope";

/** The scope as a graph object that passes `GraphSchema`. */
export function scopeGraph(scope: ExportScope): Graph {
  const links = [...scope.ties, ...scope.coMentions];
  const cited = new Set(links.flatMap((t) => t.evidence.map((e) => e.articleId)));
  const articles = scope.graph.articles.filter((a) => cited.has(a.id));
  const tiesByType: Record<string, number> = {};
  for (const t of scope.graph.relationTypes) tiesByType[t.id] = scope.ties.filter((tie) => tie.type === t.id).length;
  return weighed({
    schemaVersion: SCHEMA_VERSION,
    relationTypes: scope.graph.relationTypes,
    actors: scope.actors,
    articles,
    ties: scope.ties,
    coMentions: scope.coMentions,
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

/** The scope as indented JSON text. */
export function writeGraphJson(scope: ExportScope): string {
  return `${JSON.stringify(scopeGraph(scope), null, 2)}\n`;
}
