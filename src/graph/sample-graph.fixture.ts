/**
 * A small hand-made graph for component tests: three core actors and one other, three articles
 * (day, month and year precision), ties with a cue, a historical curated quote and a co-mention.
 * Offsets are computed from the bodies so the graph always passes `GraphSchema`.
 */
import { GraphSchema, PUBLISHER_VOICE, type Article, type Evidence, type GraphWithEvidence } from "./schema";
import { weighed } from "./weigh";
import { publicationTime } from "./dates";

const BODIES = {
  "a-defense-deal":
    "Iran and Syria signed a defense agreement in Damascus on Monday.\n\nThe deal expands military cooperation between Tehran and Damascus, officials said.\nRussia watched closely.",
  "b-pact": "Iran’s minister said the defense pact would last.\n\nIsrael threatened Syria over the pact.",
  "c-reminders": "Khamenei reminded Assad of the alliance of the 1980s, when Iran and Syria stood together.",
} as const;

type ArticleId = keyof typeof BODIES;

function at(articleId: ArticleId, text: string): { start: number; end: number } {
  const start = BODIES[articleId].indexOf(text);
  if (start < 0) throw new Error(`fixture: '${text}' is not in ${articleId}`);
  return { start, end: start + text.length };
}

function evidence(id: string, articleId: ArticleId, quote: string, cue: string | null, extra: Partial<Evidence> = {}): Evidence {
  const published = { "a-defense-deal": "2018-08-28", "b-pact": "2018-08", "c-reminders": "2024" }[articleId];
  const q = at(articleId, quote);
  const c = cue ? at(articleId, cue) : null;
  return {
    id,
    articleId,
    published,
    year: Number(published.slice(0, 4)),
    time: publicationTime({ published, precision: published.length === 4 ? "year" : published.length === 7 ? "month" : "day" }),
    quote,
    ...q,
    cue: c ? { text: cue!, ...c, pattern: "test pattern" } : null,
    direction: "mutual",
    origin: "extracted",
    curation: null,
    historical: null,
    claimant: PUBLISHER_VOICE,
    ...extra,
  };
}

function mentions(articleId: ArticleId, names: Record<string, string>): Article["mentions"] {
  const body = BODIES[articleId];
  const out: Article["mentions"] = [];
  for (const [text, actorId] of Object.entries(names)) {
    for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) out.push({ actorId, start: i, end: i + text.length, text });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ARTICLES: Article[] = [
  {
    id: "a-defense-deal",
    title: "Iran and Syria sign a defense deal",
    publisher: "Example News",
    author: "Jane Writer",
    genre: "news",
    url: "https://example.org/defense-deal",
    published: "2018-08-28",
    precision: "day",
    year: 2018,
    body: BODIES["a-defense-deal"],
    extractEnd: BODIES["a-defense-deal"].length,
    sentenceCount: 3,
    mentions: mentions("a-defense-deal", { Iran: "iran", Syria: "syria", Tehran: "iran", Damascus: "syria", Russia: "russia" }),
  },
  {
    id: "b-pact",
    title: "A pact that lasts",
    publisher: "Monthly Review",
    author: null,
    genre: "analysis",
    url: "javascript:alert(1)",
    published: "2018-08",
    precision: "month",
    year: 2018,
    body: BODIES["b-pact"],
    extractEnd: BODIES["b-pact"].length,
    sentenceCount: 2,
    mentions: mentions("b-pact", { Iran: "iran", Syria: "syria", Israel: "israel" }),
  },
  {
    id: "c-reminders",
    title: "Reminders to Assad",
    publisher: "Herald",
    author: "A. Author",
    genre: "opinion",
    url: null,
    published: "2024",
    precision: "year",
    year: 2024,
    body: BODIES["c-reminders"],
    extractEnd: BODIES["c-reminders"].length,
    sentenceCount: 1,
    mentions: mentions("c-reminders", { Iran: "iran", Syria: "syria", Assad: "syria" }),
  },
];

/** A graph that passes `GraphSchema`; build a fresh copy per test with `sampleGraph()`. */
export function sampleGraph(): GraphWithEvidence {
  const graph: Parameters<typeof weighed>[0] = {
    schemaVersion: 3,
    relationTypes: [
      { id: "military-cooperation", label: "Military cooperation", quadClass: "material-cooperation", directed: false, description: "" },
      { id: "threat", label: "Threat", quadClass: "verbal-conflict", directed: true, description: "" },
      { id: "alliance", label: "Alliance", quadClass: "verbal-cooperation", directed: false, description: "" },
    ],
    actors: [
      { id: "iran", name: "Iran", kind: "state", core: true, color: "#2a9d8f", aliases: ["Tehran"], mentionCount: 6, mentionsByYear: { "2018": 5, "2024": 1 } },
      { id: "syria", name: "Syria", kind: "state", core: true, color: "#d62839", aliases: ["Damascus", "Assad"], mentionCount: 7, mentionsByYear: { "2018": 5, "2024": 2 } },
      { id: "russia", name: "Russia", kind: "state", core: true, color: "#7b3fc4", aliases: [], mentionCount: 1, mentionsByYear: { "2018": 1 } },
      { id: "israel", name: "Israel", kind: "state", core: false, color: "#1f6fd1", aliases: [], mentionCount: 1, mentionsByYear: { "2018": 1 } },
    ],
    articles: ARTICLES,
    ties: [
      {
        id: "military-cooperation--iran--syria",
        source: "iran",
        target: "syria",
        type: "military-cooperation",
        quadClass: "material-cooperation",
        direction: "mutual",
        years: [2018],
        evidence: [
          evidence("ev-b1", "b-pact", "Iran’s minister said the defense pact would last.", "defense pact", {
            claimant: { kind: "actor", text: "Iran’s minister", ...at("b-pact", "Iran’s minister"), actorId: "iran" },
          }),
          evidence("ev-a1", "a-defense-deal", "Iran and Syria signed a defense agreement in Damascus on Monday.", "defense agreement"),
          evidence("ev-a2", "a-defense-deal", "The deal expands military cooperation between Tehran and Damascus, officials said.", "military cooperation"),
        ],
      },
      {
        id: "threat--israel--syria",
        source: "israel",
        target: "syria",
        type: "threat",
        quadClass: "verbal-conflict",
        direction: "directed",
        years: [2018],
        evidence: [evidence("ev-b2", "b-pact", "Israel threatened Syria over the pact.", "threatened", { direction: "source-to-target" })],
      },
      {
        id: "alliance--iran--syria",
        source: "iran",
        target: "syria",
        type: "alliance",
        quadClass: "verbal-cooperation",
        direction: "mutual",
        years: [1989],
        evidence: [
          evidence("ev-c1", "c-reminders", "Khamenei reminded Assad of the alliance of the 1980s, when Iran and Syria stood together.", "alliance", {
            origin: "curated",
            curation: "confirmed",
            historical: { period: "the 1980s" },
            year: 1989,
            time: { from: "1980", to: "1989", precision: "decade", approximate: false, words: "the 1980s", ...at("c-reminders", "the 1980s") },
          }),
        ],
      },
    ],
    coMentions: [
      {
        id: "co--iran--russia",
        source: "iran",
        target: "russia",
        years: [2018],
        passages: { total: 1, byYear: { "2018": 1 } },
        evidence: [evidence("ev-a3", "a-defense-deal", "Russia watched closely.", null)],
      },
    ],
    stats: { articles: 3, sentences: 6, mentions: 14, ties: 3, evidence: 6, coMentions: 1, tiesByType: { "military-cooperation": 1, threat: 1, alliance: 1 } },
  };
  // every tie is made with its evidence in hand
  return GraphSchema.parse(weighed(graph)) as GraphWithEvidence;
}
