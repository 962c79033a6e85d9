/**
 * The graph's vocabulary: the names and values the schema is built from, kept free of zod so that
 * the app's first screen can use them while the schema itself (and zod) loads off the main thread.
 */

/** Bumped whenever a change would make an older graph file unreadable by the app. */
export const SCHEMA_VERSION = 3;

/**
 * How precise the time a passage is about is: a day, month, year or decade, an open range up to the
 * publication ("since 2011"), or some time before the publication that the text does not date.
 */
export const TIME_PRECISIONS = ["day", "month", "year", "decade", "open", "before"] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** The four quad classes of political-event coding (CAMEO / PLOVER). */
export const QUAD_CLASSES = [
  "verbal-cooperation",
  "material-cooperation",
  "verbal-conflict",
  "material-conflict",
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const ACTOR_KINDS = [
  "state",
  "non-state armed group",
  "political movement",
  "bloc or organisation",
  "people",
] as const;

/** Who can make a claim: the publisher in its own voice, an actor of the graph, a named or an unnamed source. */
export const CLAIMANT_KINDS = ["publisher", "actor", "named", "unnamed"] as const;

/** The article's own voice: no one else is said to make the claim. */
export const PUBLISHER_VOICE = { kind: "publisher", text: null, start: null, end: null, actorId: null } as const;

/**
 * The tone of each quad class on a cooperation–conflict scale from -10 to +10, in the spirit of the
 * Goldstein scale of event data (its typical values for events of each class): a pair's tone in a
 * year is the mean over its quotes.
 */
export const QUAD_CLASS_TONE: Record<QuadClass, number> = {
  "material-cooperation": 7,
  "verbal-cooperation": 3,
  "verbal-conflict": -4,
  "material-conflict": -9,
};

/** The human-readable name of each quad class. */
export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  "verbal-cooperation": "Verbal cooperation",
  "material-cooperation": "Material cooperation",
  "verbal-conflict": "Verbal conflict",
  "material-conflict": "Material conflict",
};

/** The compiler's candidate readings, beside graph.json (see candidates.ts). */
export const CANDIDATES_FILE = "candidates.json";
/** The graph as the extractor reads it alone (no curation), beside graph.json when curation was applied. */
export const COMPILER_READING_FILE = "graph.compiler.json";
