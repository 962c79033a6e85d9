/**
 * The one definition of Tiegraph's data, shared by the compiler (which writes it) and the app
 * (which reads it). TypeScript types are inferred from these zod schemas, so the two sides cannot
 * drift apart. Pure: no React, DOM or Node APIs.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into an article's `body`, as JavaScript
 * strings count them, so `body.slice(start, end)` is always exactly the quoted words.
 */
import { z } from "./zod-without-eval";
import { ACTOR_KINDS, CLAIMANT_KINDS, QUAD_CLASSES, SCHEMA_VERSION, TIME_PRECISIONS } from "./vocabulary";

// The schema's vocabulary, without zod, so the first screen can use it before zod loads.
export * from "./vocabulary";

export const QuadClassSchema = z.enum(QUAD_CLASSES);

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
  /**
   * The alias trail: the words matched, e.g. "Tehran" or "Hatami", exactly as in the text and as
   * listed among the actor's aliases (matching is case-sensitive).
   */
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
  /**
   * The article's text, verbatim; every offset in the graph points into it. Present when the graph is
   * compiled in memory (tests, the browser import); graph.json leaves it out and names `textFile`.
   */
  body: z.string().optional(),
  /** Where graph.json keeps the text and mentions instead: an ArticleText file beside it, fetched when read. */
  textFile: z.string().regex(/^articles\/[a-z0-9][a-z0-9-]*\.[0-9a-f]{8,}\.json$/).optional(),
  /** Where extraction stops (author bio, boilerplate): text from here on is shown but never mined. */
  extractEnd: OffsetSchema,
  sentenceCount: z.number().int().nonnegative(),
  /** Every actor named in the text; like `body`, kept in the article's text file in graph.json. */
  mentions: z.array(MentionSchema).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article's text and mentions, as the reader uses them; its file beside graph.json is an `ArticleTextFile`. */
export interface ArticleText {
  id: string;
  body: string;
  mentions: Mention[];
}

/**
 * An article's text file as written beside graph.json: its mentions as `[actor, start, end]`, their
 * words being the body's at those offsets (a third of the bytes of the objects). See `unpackArticleText`.
 */
export const ArticleTextFileSchema = z.object({
  id: z.string().min(1),
  body: z.string(),
  mentions: z.array(z.tuple([ActorIdSchema, OffsetSchema, OffsetSchema])),
});
export type ArticleTextFile = z.infer<typeof ArticleTextFileSchema>;

/** The file of an article's text and mentions. */
export function packArticleText(text: ArticleText): ArticleTextFile {
  return { id: text.id, body: text.body, mentions: text.mentions.map((m) => [m.actorId, m.start, m.end]) };
}

/** An article's text and mentions from its file; throws when a mention lies outside the body or names no words. */
export function unpackArticleText(file: ArticleTextFile): ArticleText {
  const mentions = file.mentions.map(([actorId, start, end]) => {
    const text = file.body.slice(start, end);
    if (end > file.body.length || !text) throw new Error(`a mention of '${actorId}' at ${start}–${end} is not in the text of '${file.id}'`);
    return { actorId, start, end, text };
  });
  return { id: file.id, body: file.body, mentions };
}

/** An article with its text in hand, as compiled in memory. */
export type FullArticle = Article & { body: string; mentions: Mention[] };

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

/**
 * Who makes a claim: the article in its own voice ("publisher"), or someone it attributes the words
 * to: an actor of the graph ("Hatami said", "according to Iran's military attaché"), a named person
 * or organisation outside the graph, or an unnamed source ("officials said", "the analyst said").
 */
export const ClaimantSchema = z.object({
  kind: z.enum(CLAIMANT_KINDS),
  /** The words naming the claimant, exactly `body.slice(start, end)`; null in the publisher's voice. */
  text: z.string().min(1).nullable(),
  start: OffsetSchema.nullable(),
  end: OffsetSchema.nullable(),
  /** The actor the claimant speaks for, when the words name one. Never a party by being the claimant. */
  actorId: ActorIdSchema.nullable(),
});
export type Claimant = z.infer<typeof ClaimantSchema>;

/**
 * The time a passage is about: the period the sentence states ("a decade ago", "in 2015", "since
 * 2011", "in the 1990s", "last month"), resolved against the publication date, or the publication
 * date itself when it states none. `from` and `to` bound the period (inclusive, as precise as
 * `precision`); an open range ("since 2011") runs up to the publication; "before" is some time before
 * the publication that the text does not date ("years ago", "back then").
 */
export const EvidenceTimeSchema = z.object({
  from: PartialIsoDateSchema,
  to: PartialIsoDateSchema,
  precision: z.enum(TIME_PRECISIONS),
  /** A round figure ("a decade ago", "or so"). */
  approximate: z.boolean(),
  /** The words stating the period; null when the time is the publication date. */
  words: z.string().min(1).nullable(),
  /** Where the words are in the body (`body.slice(start, end)`), null when they are not in this sentence (a paragraph's period carried on). */
  start: OffsetSchema.nullable(),
  end: OffsetSchema.nullable(),
});
export type EvidenceTime = z.infer<typeof EvidenceTimeSchema>;

/** One passage of one article that supports a tie (or a co-mention). */
export const EvidenceSchema = z.object({
  /** Stable across compiles: derived from the article, the offsets, the pair and the type. */
  id: z.string().min(1),
  articleId: z.string().min(1),
  published: PartialIsoDateSchema,
  /**
   * The year the passage is about, which every year filter, comparison and tone uses: the last year
   * of `time` (an open range's is the publication's). The publication year unless the sentence states
   * another time.
   */
  year: z.number().int(),
  /** The time the passage is about, with its precision and the words that state it. */
  time: EvidenceTimeSchema,
  /** Exactly `body.slice(start, end)` of the article. */
  quote: z.string().min(1),
  start: OffsetSchema,
  end: OffsetSchema,
  cue: CueSchema.nullable(),
  direction: EvidenceDirectionSchema,
  /** Extracted by the compiler, or added / confirmed / retyped by an editor in curation.yaml. */
  origin: z.enum(["extracted", "curated"]),
  curation: z.enum(["confirmed", "retyped", "added"]).nullable(),
  /**
   * Set when the passage is about an earlier period ("during the Iran–Iraq war of the 1980s"); `time`
   * says which period it is.
   */
  historical: z.object({ period: z.string().nullable() }).nullable(),
  claimant: ClaimantSchema,
  /** The editor's note on a confirmed, retyped or added piece (curation.yaml's `note`). */
  note: z.string().min(1).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * How much stands behind a tie: distinct quotes (passages: the same words in several articles, as a
 * syndicated wire story, count once; see passages.ts), articles and publishers.
 */
export const StrengthSchema = z.object({
  quotes: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  publishers: z.number().int().nonnegative(),
});
export type Strength = z.infer<typeof StrengthSchema>;

const YearKeySchema = z.string().regex(/^\d{4}$/);

/** Strength over all years and per year ("2018": ...). */
export const StrengthByYearSchema = z.object({
  total: StrengthSchema,
  byYear: z.record(YearKeySchema, StrengthSchema),
});

/** Where graph.json keeps a tie's passages: an EvidenceFile beside it, named by its content. */
export const EVIDENCE_FILE_PATTERN = /^evidence\/[a-z0-9][a-z0-9-]*\.[0-9a-f]{8,}\.json$/;
/** Where graph.json keeps a co-mention's sentences: an EvidenceFile beside it, named by its content. */
export const CO_MENTION_FILE_PATTERN = /^co-mentions\/co--[a-z0-9-]+\.[0-9a-f]{8,}\.json$/;

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
  /**
   * Its passages, in hand when the graph is compiled in memory (tests, the browser import) or once
   * fetched; graph.json names the file that holds them (`evidenceFile`) instead: the picture, the
   * filters and the counts need only `strength` and `sources`.
   */
  evidence: z.array(EvidenceSchema).min(1).optional(),
  evidenceFile: z.string().regex(EVIDENCE_FILE_PATTERN).optional(),
  strength: StrengthByYearSchema,
  /** The articles its evidence comes from, per year it is about: indexes into the graph's `articles`. */
  sources: z.record(YearKeySchema, z.array(z.number().int().nonnegative()).min(1)),
  /** All of its evidence from one article of one publisher. */
  singleSource: z.boolean(),
});
export type Tie = z.infer<typeof TieSchema>;
/** A tie with its passages in hand. */
export type FullTie = Tie & { evidence: Evidence[] };

/** A passage on one side of a contradiction: tie evidence, or a statement that denies a relation. */
export const PassageSchema = z.object({
  articleId: z.string().min(1),
  published: PartialIsoDateSchema,
  quote: z.string().min(1),
  start: OffsetSchema,
  end: OffsetSchema,
  /** The tie and evidence it supports; null for a denial, which supports no tie. */
  tieId: z.string().nullable(),
  evidenceId: z.string().nullable(),
  /** The relation it states (or denies) and that relation's quad class. */
  type: z.string().min(1),
  quadClass: QuadClassSchema,
  negated: z.boolean(),
});
export type Passage = z.infer<typeof PassageSchema>;

/**
 * Two passages on the same pair in the same year that disagree: one states cooperation, the other
 * conflict ("opposite-quad-classes"), or one denies what the other states ("negation").
 */
export const ContestSchema = z.object({
  year: z.number().int(),
  kind: z.enum(["opposite-quad-classes", "negation"]),
  a: PassageSchema,
  b: PassageSchema,
});
export type Contest = z.infer<typeof ContestSchema>;

/**
 * Everything between two actors, whatever the relation type: the ties, how strong they are, their
 * tone per year on the cooperation–conflict scale and the contradictions between their passages.
 */
export const PairSchema = z.object({
  /** "pair--a--b", actors in alphabetical order. */
  id: z.string().min(1),
  source: ActorIdSchema,
  target: ActorIdSchema,
  tieIds: z.array(z.string().min(1)).min(1),
  strength: StrengthByYearSchema,
  /**
   * One point per year with evidence (the year each passage is about): mean of QUAD_CLASS_TONE over its
   * distinct passages, -10 … +10, with how many passages and articles it rests on.
   */
  tone: z.array(
    z.object({ year: z.number().int(), score: z.number().min(-10).max(10), quotes: z.number().int().positive(), articles: z.number().int().positive() }),
  ),
  contested: z.array(ContestSchema),
  /**
   * Every passage saying a relation of the pair does not hold, by the year it is about: what lets a
   * comparison call a tie "gone" in a year, rather than merely not reported.
   */
  denials: z.array(z.object({ year: z.number().int(), passage: PassageSchema })),
});
export type Pair = z.infer<typeof PairSchema>;

/** What the corpus holds for one year: so 'no tie reported' is told apart from 'no articles'. */
export const CoverageSchema = z.object({
  year: z.number().int(),
  articles: z.number().int().positive(),
  publishers: z.array(z.string().min(1)),
});
export type Coverage = z.infer<typeof CoverageSchema>;


/**
 * Two actors named in one sentence with no relation cue: a weak, untyped link. Its sentences are in
 * hand when the graph is compiled in memory (tests, the browser import); graph.json counts them and
 * names the file that holds them (`evidenceFile`), fetched when someone reads them: they are most of
 * a big corpus's evidence and the picture needs only how many there are.
 */
export const CoMentionSchema = z.object({
  id: z.string().min(1),
  source: ActorIdSchema,
  target: ActorIdSchema,
  years: z.array(z.number().int()),
  /** Distinct passages naming both (the same words in several articles once), over all years and per year they are about. */
  passages: z.object({ total: z.number().int().positive(), byYear: z.record(YearKeySchema, z.number().int().positive()) }),
  evidence: z.array(EvidenceSchema).min(1).optional(),
  evidenceFile: z.string().regex(CO_MENTION_FILE_PATTERN).optional(),
});
export type CoMention = z.infer<typeof CoMentionSchema>;

/**
 * A link's passages (a tie's evidence, a co-mention's sentences) as kept in their own file: each
 * distinct quote once, each passage as `[article, start, quote, fields]` (indexes into `articles` and
 * `quotes`), `fields` holding only what differs from what the article and the link imply (see
 * graph/evidence-file.ts).
 */
export const EvidenceFileSchema = z.object({
  id: z.string().min(1),
  articles: z.array(z.string().min(1)),
  quotes: z.array(z.string().min(1)),
  sentences: z.array(
    z.union([
      z.tuple([z.number().int().nonnegative(), OffsetSchema, z.number().int().nonnegative()]),
      z.tuple([z.number().int().nonnegative(), OffsetSchema, z.number().int().nonnegative(), z.record(z.string(), z.unknown())]),
    ]),
  ).min(1),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

export const GraphStatsSchema = z.object({
  articles: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  ties: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  coMentions: z.number().int().nonnegative(),
  tiesByType: z.record(z.string(), z.number().int().nonnegative()),
});

/**
 * The graph around its evidence and articles: its shape, and the checks that bind the parts
 * together (every tie's actors and type exist, every quote and claimant is its article's words).
 */
function graphSchemaOf(evidence: z.ZodType<Evidence[]>, article: z.ZodType<Article>) {
  return z
    .object({
      schemaVersion: z.literal(SCHEMA_VERSION),
      relationTypes: z.array(RelationTypeSchema),
      actors: z.array(ActorSchema),
      articles: z.array(article),
      ties: z.array(TieSchema.extend({ evidence: evidence.optional() })),
      coMentions: z.array(CoMentionSchema.extend({ evidence: evidence.optional() })),
      pairs: z.array(PairSchema),
      coverage: z.array(CoverageSchema),
      stats: GraphStatsSchema,
    })
    .superRefine((graph, ctx) => {
      const actorIds = new Set(graph.actors.map((a) => a.id));
      const typeIds = new Set(graph.relationTypes.map((t) => t.id));
      const bodies = new Map(graph.articles.map((a) => [a.id, a.body]));
      const articleIds = new Set(graph.articles.map((a) => a.id));
      // The path is made only for an issue: a graph holds evidence by the hundred thousand.
      const pathOf = (list: "ties" | "coMentions", i: number, j: number) => [list, i, "evidence", j];
      const checkEvidence = (e: Evidence, list: "ties" | "coMentions", i: number, j: number) => {
        const body = bodies.get(e.articleId);
        if (!articleIds.has(e.articleId)) {
          ctx.addIssue({ code: "custom", path: pathOf(list, i, j), message: `evidence cites article '${e.articleId}', which the graph does not have` });
        } else if (body === undefined) {
          // The text is in the article's own file; quotes were checked against it when compiled.
        } else if (body.slice(e.start, e.end) !== e.quote) {
          ctx.addIssue({ code: "custom", path: pathOf(list, i, j), message: `quote is not the article's words at ${e.start}–${e.end}` });
        } else if (e.claimant.text !== null && body.slice(e.claimant.start ?? 0, e.claimant.end ?? 0) !== e.claimant.text) {
          ctx.addIssue({ code: "custom", path: [...pathOf(list, i, j), "claimant"], message: `claimant is not the article's words at ${e.claimant.start}–${e.claimant.end}` });
        } else if (e.time.words !== null && e.time.start !== null && body.slice(e.time.start, e.time.end ?? 0) !== e.time.words) {
          ctx.addIssue({ code: "custom", path: [...pathOf(list, i, j), "time"], message: `time words are not the article's words at ${e.time.start}–${e.time.end}` });
        }
      };
      graph.ties.forEach((tie, i) => {
        for (const end of [tie.source, tie.target]) {
          if (!actorIds.has(end)) ctx.addIssue({ code: "custom", path: ["ties", i], message: `tie names unknown actor '${end}'` });
        }
        if (!typeIds.has(tie.type)) ctx.addIssue({ code: "custom", path: ["ties", i, "type"], message: `unknown relation type '${tie.type}'` });
        if ((tie.evidence === undefined) === (tie.evidenceFile === undefined)) {
          ctx.addIssue({ code: "custom", path: ["ties", i], message: "a tie holds its evidence or names the file that does (evidenceFile), one of the two" });
        }
        for (const [year, sources] of Object.entries(tie.sources)) {
          if (sources.some((k) => k >= graph.articles.length)) ctx.addIssue({ code: "custom", path: ["ties", i, "sources", year], message: "names an article the graph does not have" });
        }
        tie.evidence?.forEach((e, j) => checkEvidence(e, "ties", i, j));
      });
      graph.coMentions.forEach((link, i) => {
        if ((link.evidence === undefined) === (link.evidenceFile === undefined)) {
          ctx.addIssue({ code: "custom", path: ["coMentions", i], message: "a co-mention holds its sentences or names the file that does (evidenceFile), one of the two" });
        }
        link.evidence?.forEach((e, j) => checkEvidence(e, "coMentions", i, j));
      });
    });
}

/** What every reader of a graph checks it with: the app when it loads one, the tests, the exports. */
export const GraphSchema = graphSchemaOf(z.array(EvidenceSchema).min(1), ArticleSchema);

/**
 * The compiler's last check of the graph it assembled. Each article and each piece of evidence was
 * already checked against ArticleSchema and EvidenceSchema in the map step, where it was made (in
 * parallel, see compile/check-extract.ts), so here only the whole is: its shape and the checks that
 * bind the parts, every quote against its article included.
 */
export const AssembledGraphSchema = graphSchemaOf(
  // Each piece was checked where it was made: here only that a link has some (zod would otherwise
  // visit each of the hundred thousand pieces once more, to pass it as it is).
  z.custom<Evidence[]>((v) => Array.isArray(v) && v.length > 0, "a link needs at least one piece of evidence"),
  z.custom<Article>(),
);
export type Graph = z.infer<typeof GraphSchema>;

/** A co-mention with its sentences in hand. */
export type FullCoMention = CoMention & { evidence: Evidence[] };

/** A graph with every link's passages in hand (what the exports write, once the files are fetched). */
export type GraphWithEvidence = Omit<Graph, "ties" | "coMentions"> & { ties: FullTie[]; coMentions: FullCoMention[] };

/** A graph with every article's text and every link's passages in hand: what the compiler makes before graph.json is split. */
export type FullGraph = Omit<GraphWithEvidence, "articles"> & { articles: FullArticle[] };

