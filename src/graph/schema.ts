/**
 * The one definition of Tiegraph's data, shared by the compiler (which writes it) and the app
 * (which reads it). TypeScript types are inferred from these zod schemas, so the two sides cannot
 * drift apart. Pure: no React, DOM or Node APIs.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into an article's `body`, as JavaScript
 * strings count them, so `body.slice(start, end)` is always exactly the quoted words.
 */
import { z } from "zod";

/** Bumped whenever a change would make an older graph file unreadable by the app. */
export const SCHEMA_VERSION = 1;

/** The four quad classes of political-event coding (CAMEO / PLOVER). */
export const QUAD_CLASSES = [
  "verbal-cooperation",
  "material-cooperation",
  "verbal-conflict",
  "material-conflict",
] as const;
export const QuadClassSchema = z.enum(QUAD_CLASSES);
export type QuadClass = z.infer<typeof QuadClassSchema>;

export const ACTOR_KINDS = [
  "state",
  "non-state armed group",
  "political movement",
  "bloc or organisation",
  "people",
] as const;
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** How precise an article's publication date is. */
export const DatePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** `2018-08-28`, `2018-08` or `2018`: as precise as the source allows. */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be an ISO date such as 2018-08-28, 2018-08 or 2018");

const ActorIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens");
const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1f77b4");
const OffsetSchema = z.number().int().nonnegative();

/** A relation type from the cue lexicon, with the quad class it belongs to. */
export const RelationTypeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  label: z.string().min(1),
  quadClass: QuadClassSchema,
  /** True when the relation has a direction (who acts on whom), false when it is mutual by nature. */
  directed: z.boolean(),
  description: z.string(),
});
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** Where an actor is named in an article: the exact words matched and the actor they resolve to. */
export const MentionSchema = z.object({
  actorId: ActorIdSchema,
  start: OffsetSchema,
  end: OffsetSchema,
  /** The alias as it appears in the text, e.g. "Tehran" or "Hatami". */
  text: z.string().min(1),
});
export type Mention = z.infer<typeof MentionSchema>;

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  author: z.string().nullable(),
  genre: z.string().min(1),
  url: z.string().url().nullable(),
  published: PartialIsoDateSchema,
  precision: DatePrecisionSchema,
  year: z.number().int(),
  /** The article's text, verbatim; every offset in the graph points into it. */
  body: z.string(),
  /** Where extraction stops (author bio, boilerplate): text from here on is shown but never mined. */
  extractEnd: OffsetSchema,
  sentenceCount: z.number().int().nonnegative(),
  mentions: z.array(MentionSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ActorSchema = z.object({
  id: ActorIdSchema,
  name: z.string().min(1),
  kind: ActorKindSchema,
  core: z.boolean(),
  color: HexColorSchema,
  aliases: z.array(z.string().min(1)),
  /** How many sentences name the actor, over all years and per year ("2018": 12): its node size. */
  mentionCount: z.number().int().nonnegative(),
  mentionsByYear: z.record(z.string().regex(/^\d{4}$/), z.number().int().nonnegative()),
});
export type Actor = z.infer<typeof ActorSchema>;

/** Which way a piece of evidence points between the tie's two actors. */
export const EvidenceDirectionSchema = z.enum(["source-to-target", "target-to-source", "mutual"]);
export type EvidenceDirection = z.infer<typeof EvidenceDirectionSchema>;

/** The cue phrase that made the compiler assign a relation type, located in the body. */
export const CueSchema = z.object({
  text: z.string().min(1),
  start: OffsetSchema,
  end: OffsetSchema,
  /** The lexicon entry that matched, e.g. "sign* * agreement". */
  pattern: z.string().min(1),
});

/** One passage of one article that supports a tie (or a co-mention). */
export const EvidenceSchema = z.object({
  /** Stable across compiles: derived from the article, the offsets, the pair and the type. */
  id: z.string().min(1),
  articleId: z.string().min(1),
  published: PartialIsoDateSchema,
  year: z.number().int(),
  /** Exactly `body.slice(start, end)` of the article. */
  quote: z.string().min(1),
  start: OffsetSchema,
  end: OffsetSchema,
  cue: CueSchema.nullable(),
  direction: EvidenceDirectionSchema,
  /** Extracted by the compiler, or added / confirmed / retyped by an editor in curation.yaml. */
  origin: z.enum(["extracted", "curated"]),
  curation: z.enum(["confirmed", "retyped", "added"]).nullable(),
  /** Set when the passage is about an earlier period ("during the Iran–Iraq war of the 1980s"). */
  historical: z.object({ period: z.string().nullable() }).nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A typed relation between two actors, with every passage that supports it. One tie per pair and
 * type: `source`/`target` follow the dominant direction of its evidence (alphabetical when mutual).
 */
export const TieSchema = z.object({
  id: z.string().min(1),
  source: ActorIdSchema,
  target: ActorIdSchema,
  type: z.string().min(1),
  quadClass: QuadClassSchema,
  /** "directed": source acts on target; "mutual": both ways or by nature; */
  direction: z.enum(["directed", "mutual"]),
  years: z.array(z.number().int()),
  evidence: z.array(EvidenceSchema).min(1),
});
export type Tie = z.infer<typeof TieSchema>;

/** Two actors named in one sentence with no relation cue: a weak, untyped link. */
export const CoMentionSchema = z.object({
  id: z.string().min(1),
  source: ActorIdSchema,
  target: ActorIdSchema,
  years: z.array(z.number().int()),
  evidence: z.array(EvidenceSchema).min(1),
});
export type CoMention = z.infer<typeof CoMentionSchema>;

export const GraphStatsSchema = z.object({
  articles: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  coMentions: z.number().int().nonnegative(),
  tiesByType: z.record(z.string(), z.number().int().nonnegative()),
});

export const GraphSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    relationTypes: z.array(RelationTypeSchema),
    actors: z.array(ActorSchema),
    articles: z.array(ArticleSchema),
    ties: z.array(TieSchema),
    coMentions: z.array(CoMentionSchema),
    stats: GraphStatsSchema,
  })
  .superRefine((graph, ctx) => {
    const actorIds = new Set(graph.actors.map((a) => a.id));
    const typeIds = new Set(graph.relationTypes.map((t) => t.id));
    const bodies = new Map(graph.articles.map((a) => [a.id, a.body]));
    const checkEvidence = (e: Evidence, path: (string | number)[]) => {
      const body = bodies.get(e.articleId);
      if (body === undefined) {
        ctx.addIssue({ code: "custom", path, message: `evidence cites article '${e.articleId}', which the graph does not have` });
      } else if (body.slice(e.start, e.end) !== e.quote) {
        ctx.addIssue({ code: "custom", path, message: `quote is not the article's words at ${e.start}–${e.end}` });
      }
    };
    graph.ties.forEach((tie, i) => {
      for (const end of [tie.source, tie.target]) {
        if (!actorIds.has(end)) ctx.addIssue({ code: "custom", path: ["ties", i], message: `tie names unknown actor '${end}'` });
      }
      if (!typeIds.has(tie.type)) ctx.addIssue({ code: "custom", path: ["ties", i, "type"], message: `unknown relation type '${tie.type}'` });
      tie.evidence.forEach((e, j) => checkEvidence(e, ["ties", i, "evidence", j]));
    });
    graph.coMentions.forEach((link, i) => {
      link.evidence.forEach((e, j) => checkEvidence(e, ["coMentions", i, "evidence", j]));
    });
  });
export type Graph = z.infer<typeof GraphSchema>;

/** The human-readable name of each quad class. */
export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  "verbal-cooperation": "Verbal cooperation",
  "material-cooperation": "Material cooperation",
  "verbal-conflict": "Verbal conflict",
  "material-conflict": "Material conflict",
};
