/**
 * What an analyst filters a tie on, worked out once for every file format: its type and quad class in
 * words, its quotes per year, how many articles and publishers (and which) stand behind it in the
 * exported years, whether it is single-source, whether its pair is contested, and the pair's tone per
 * year. Counts follow the scope (a 2018 export counts 2018's quotes); tone and contests are the
 * pair's, over every relation type, as the evidence panel shows them, limited to the scope's years.
 * Pure.
 */
import { QUAD_CLASS_LABELS, type QuadClass } from "../vocabulary";
import type { Actor, FullTie, Pair, Tie } from "../schema";
import { isSingleSource, pairId, strengthOf } from "../weigh";
import { mentionsInYears, type ExportScope, type FullScope } from "./export-scope";

/** One tie's attributes, as every export writes them. */
export interface TieFacts {
  typeLabel: string;
  quadClassLabel: string;
  /** Quotes per year, ascending; only years with quotes. */
  quotesByYear: [year: number, quotes: number][];
  quotes: number;
  articles: number;
  /** The distinct publishers, sorted. */
  publishers: string[];
  singleSource: boolean;
  /** The pair has passages that disagree in one of the scope's years. */
  contested: boolean;
  /** The pair's tone per year of the scope (−10 … +10), ascending. */
  toneByYear: [year: number, score: number][];
}

/** One actor's attributes, as every export writes them. */
export interface ActorFacts {
  /** Mentions in the scope's years. */
  mentions: number;
  /** Mentions per year of the scope, ascending; only years with mentions. */
  mentionsByYear: [year: number, mentions: number][];
}

/** The light-theme colours of the network's quad classes (app.css; palette.test.ts keeps them equal), for files that carry colour. */
export const QUAD_CLASS_COLORS: Record<QuadClass, string> = {
  "material-cooperation": "#008a5c",
  "verbal-cooperation": "#3e5d97",
  "verbal-conflict": "#b76a00",
  "material-conflict": "#970100",
};

/** A function from a scope's tie to its facts (the scope's lookups built once). */
export function tieFactsOf(scope: FullScope): (tie: FullTie) => TieFacts {
  const typeLabel = new Map(scope.graph.relationTypes.map((t) => [t.id, t.label]));
  const publisherOf = new Map(scope.graph.articles.map((a) => [a.id, a.publisher]));
  const pairs = new Map<string, Pair>(scope.graph.pairs.map((p) => [p.id, p]));
  const inScope = (year: number) => scope.years === null || scope.years.includes(year);
  const known = new Map<FullTie, TieFacts>();
  return (tie) => {
    const hit = known.get(tie);
    if (hit) return hit;
    const strength = strengthOf(tie.evidence, publisherOf);
    const pair = pairs.get(pairId(tie.source, tie.target));
    const quotesByYear = new Map<number, number>();
    for (const e of tie.evidence) quotesByYear.set(e.year, (quotesByYear.get(e.year) ?? 0) + 1);
    const facts: TieFacts = {
      typeLabel: typeLabel.get(tie.type) ?? tie.type,
      quadClassLabel: QUAD_CLASS_LABELS[tie.quadClass as QuadClass],
      quotesByYear: [...quotesByYear].sort(([a], [b]) => a - b),
      quotes: tie.evidence.length,
      articles: strength.total.articles,
      publishers: [...new Set(tie.evidence.map((e) => publisherOf.get(e.articleId) ?? e.articleId))].sort((a, b) => a.localeCompare(b)),
      singleSource: isSingleSource(strength),
      contested: (pair?.contested ?? []).some((c) => inScope(c.year)),
      toneByYear: (pair?.tone ?? []).filter((t) => inScope(t.year)).map((t) => [t.year, t.score]),
    };
    known.set(tie, facts);
    return facts;
  };
}

/** An actor's mentions in the scope's years. */
export function actorFacts(scope: ExportScope, actor: Actor): ActorFacts {
  const mentionsByYear = Object.entries(actor.mentionsByYear)
    .map(([y, n]) => [Number(y), n] as [number, number])
    .filter(([y, n]) => n > 0 && (scope.years === null || scope.years.includes(y)))
    .sort(([a], [b]) => a - b);
  return { mentions: mentionsInYears(actor, scope.years), mentionsByYear };
}

/**
 * The years any exported tie has quotes or its pair a tone in, or any exported actor is named in,
 * ascending: one column each.
 */
export function scopeYears(scope: FullScope, factsOf: (tie: FullTie) => TieFacts): number[] {
  const years = new Set<number>();
  for (const t of scope.ties) {
    const f = factsOf(t);
    for (const [y] of [...f.quotesByYear, ...f.toneByYear]) years.add(y);
  }
  for (const a of scope.actors) for (const [y] of actorFacts(scope, a).mentionsByYear) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** "2018: 3; 2024: 1": a per-year list in one cell, for readers that keep only flat values. */
export function byYearText(entries: readonly [number, number][]): string {
  return entries.map(([y, n]) => `${y}: ${n}`).join("; ");
}

/** The type of an attribute in a graph file: GEXF's names ("integer"; GraphML writes "int"). */
export type AttributeType = "string" | "integer" | "double" | "boolean";
export type AttributeValue = string | number | boolean;

/**
 * The attributes of actors and ties in the graph files (GEXF and GraphML), declared once: their names,
 * types and, for one actor or tie, their values in the same order. A year-by-year attribute has one
 * column per year of the scope, since the readers flatten dynamic values.
 */
export function actorAttributes(years: readonly number[]): [string, AttributeType][] {
  return [["kind", "string"], ["core", "boolean"], ["color", "string"], ["mentions", "integer"], ...years.map((y): [string, AttributeType] => [`mentions_${y}`, "integer"])];
}

export function actorAttributeValues(actor: Actor, facts: ActorFacts): [string, AttributeValue][] {
  return [["kind", actor.kind], ["core", actor.core], ["color", actor.color], ["mentions", facts.mentions], ...facts.mentionsByYear.map(([y, n]): [string, AttributeValue] => [`mentions_${y}`, n])];
}

export function tieAttributes(years: readonly number[]): [string, AttributeType][] {
  return [
    ["relation_type", "string"],
    ["relation_type_id", "string"],
    ["quad_class", "string"],
    ["direction", "string"],
    ["quotes", "integer"],
    ["articles", "integer"],
    ["publishers", "integer"],
    ["publisher_names", "string"],
    ["single_source", "boolean"],
    ["contested", "boolean"],
    ["years", "string"],
    ["quotes_by_year", "string"],
    ["tone_by_year", "string"],
    ...years.map((y): [string, AttributeType] => [`quotes_${y}`, "integer"]),
    ...years.map((y): [string, AttributeType] => [`tone_${y}`, "double"]),
  ];
}

export function tieAttributeValues(tie: Tie, f: TieFacts): [string, AttributeValue][] {
  return [
    ["relation_type", f.typeLabel],
    ["relation_type_id", tie.type],
    ["quad_class", f.quadClassLabel],
    ["direction", tie.direction],
    ["quotes", f.quotes],
    ["articles", f.articles],
    ["publishers", f.publishers.length],
    ["publisher_names", f.publishers.join("; ")],
    ["single_source", f.singleSource],
    ["contested", f.contested],
    ["years", f.quotesByYear.map(([y]) => y).join(" ")],
    ["quotes_by_year", byYearText(f.quotesByYear)],
    ["tone_by_year", byYearText(f.toneByYear)],
    ...f.quotesByYear.map(([y, n]): [string, AttributeValue] => [`quotes_${y}`, n]),
    ...f.toneByYear.map(([y, s]): [string, AttributeValue] => [`tone_${y}`, s]),
  ];
}
