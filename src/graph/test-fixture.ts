/**
 * Small, schema-valid graphs for unit tests (never imported by the app). `fixtureGraph()` gives
 * six core actors and one other, two years (2018, 2024) and ties chosen to exercise filters and compare.
 */
import { weighed } from "./weigh";
import { publicationTime } from "./dates";
import { GraphSchema, PUBLISHER_VOICE, SCHEMA_VERSION, type Actor, type FullArticle, type Evidence, type FullTie, type GraphWithEvidence, type QuadClass, type RelationType } from "./schema";

/** A tie to build: its pair, type and the years of its quotes (one quote per entry). */
export interface TieSpec {
  source: string;
  target: string;
  type: string;
  direction?: "directed" | "mutual";
  years: number[];
}

const TYPES: RelationType[] = [
  { id: "alliance", label: "Alliance", quadClass: "verbal-cooperation", directed: false, description: "" },
  { id: "military-cooperation", label: "Military cooperation", quadClass: "material-cooperation", directed: false, description: "" },
  { id: "threat", label: "Threat", quadClass: "verbal-conflict", directed: true, description: "" },
  { id: "military-conflict", label: "Military conflict", quadClass: "material-conflict", directed: true, description: "" },
];

const ACTORS: [string, string, boolean][] = [
  ["iran", "Iran", true],
  ["syria", "Syria", true],
  ["russia", "Russia", true],
  ["israel", "Israel", true],
  ["united-states", "United States", true],
  ["hezbollah", "Hezbollah", true],
  ["turkey", "Turkey", false],
];

/** The default fixture's ties. */
export const FIXTURE_TIES: TieSpec[] = [
  { source: "iran", target: "syria", type: "alliance", years: [2018, 2024] },
  { source: "iran", target: "syria", type: "military-cooperation", years: [2018, 2018] },
  { source: "israel", target: "iran", type: "threat", direction: "directed", years: [2018] },
  { source: "israel", target: "syria", type: "military-conflict", direction: "directed", years: [2024] },
  { source: "russia", target: "syria", type: "alliance", years: [2018] },
  { source: "russia", target: "syria", type: "military-conflict", direction: "directed", years: [2024] },
  { source: "turkey", target: "syria", type: "threat", direction: "directed", years: [2024] },
];

/** A schema-checked graph with the given ties (quotes are generated so offsets are exact). */
export function fixtureGraph(specs: readonly TieSpec[] = FIXTURE_TIES): GraphWithEvidence {
  const articles: FullArticle[] = [2018, 2024].map((year) => ({
    id: `article-${year}`,
    title: `News of ${year}`,
    publisher: "Fixture Press",
    author: null,
    genre: "news",
    url: null,
    published: String(year),
    precision: "year",
    year,
    body: "",
    extractEnd: 0,
    sentenceCount: 0,
    mentions: [],
  }));
  const article = (year: number) => {
    const a = articles.find((x) => x.year === year);
    if (!a) throw new Error(`fixture has no article for ${year}`);
    return a;
  };
  const ties = specs.map((spec) => {
    const type = TYPES.find((t) => t.id === spec.type);
    if (!type) throw new Error(`fixture has no relation type ${spec.type}`);
    const id = `${spec.type}--${[spec.source, spec.target].sort().join("--")}`;
    const evidence: Evidence[] = spec.years.map((year, i) => {
      const a = article(year);
      const quote = `${spec.source} and ${spec.target}: ${spec.type} #${i}.`;
      const start = a.body.length;
      a.body += `${quote} `;
      a.sentenceCount += 1;
      return {
        id: `${id}#${year}-${i}`,
        articleId: a.id,
        published: String(year),
        year,
        time: publicationTime({ published: String(year), precision: "year" }),
        quote,
        start,
        end: start + quote.length,
        cue: null,
        direction: spec.direction === "directed" ? "source-to-target" : "mutual",
        origin: "extracted",
        curation: null,
        historical: null,
        claimant: PUBLISHER_VOICE,
      };
    });
    return {
      id,
      source: spec.source,
      target: spec.target,
      type: spec.type,
      quadClass: type.quadClass as QuadClass,
      direction: spec.direction ?? "mutual",
      years: [...new Set(spec.years)].sort(),
      evidence,
    } satisfies Omit<FullTie, "strength" | "singleSource" | "sources">;
  });
  for (const a of articles) a.extractEnd = a.body.length;
  const actors: Actor[] = ACTORS.map(([id, name, core], i) => ({
    id,
    name,
    kind: id === "hezbollah" ? "non-state armed group" : "state",
    core,
    color: `#${(0x224466 + i * 0x111111).toString(16).slice(-6)}`,
    aliases: id === "iran" ? ["Iran", "Tehran", "Islamic Republic"] : [name],
    mentionCount: 10 - i,
    mentionsByYear: { "2018": 6 - Math.min(i, 5), "2024": 4 },
  }));
  // every tie is made with its evidence in hand
  return GraphSchema.parse(
    weighed({
      schemaVersion: SCHEMA_VERSION,
      relationTypes: TYPES,
      actors,
      articles,
      ties,
      coMentions: [],
      stats: { articles: 2, sentences: 0, mentions: 0, ties: ties.length, evidence: 0, coMentions: 0, tiesByType: {} },
    }),
  ) as GraphWithEvidence;
}
