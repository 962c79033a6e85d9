/**
 * Big graphs for the app benchmark: `actorCount` actors with `tiesPerActor` ties each, valid against
 * the app's own schema (relation types from the shipped graph, every quote a slice of its article's
 * body). Seeded, so every run measures the same graph. Mentions follow a long tail (a few actors
 * named often, most rarely), ties mostly join actors close in id order (communities) with some long
 * ones, and spread over 2018–2024 so a year filter changes the picture.
 */
import { ACTOR_KINDS, PUBLISHER_VOICE, SCHEMA_VERSION, type Actor, type Article, type Graph, type RelationType } from "../src/graph/schema";
import { weighed, type UnweighedGraph } from "../src/graph/weigh";
import { publicationTime } from "../src/graph/dates";

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
const PALETTE = ["#2a9d8f", "#e76f51", "#264653", "#8d6cab", "#f4a261", "#457b9d", "#6a994e", "#bc4749"];
const SYLLABLES = ["ka", "lo", "mir", "tan", "sa", "vel", "dor", "ni", "ra", "zu", "bel", "qa", "hen", "to", "ris", "am"];
const SENTENCE = "The two governments said they would keep working together on the matter, officials told reporters.";

/** A seeded LCG in [0, 1) (the same generator as the layout's). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (1664525 * s + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function actorName(i: number): string {
  let n = i + 17;
  let name = "";
  do {
    name += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${i + 1}`;
}

/** A graph of `actorCount` actors and `actorCount × tiesPerActor` ties, as `public/graph.json` holds it. */
export function generatedGraph(actorCount: number, relationTypes: readonly RelationType[], tiesPerActor = 4): Graph {
  const rand = random(actorCount);
  const articleCount = Math.max(20, Math.round(actorCount / 50));
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => {
    const year = YEARS[i % YEARS.length]!;
    const body = Array.from({ length: 12 }, () => SENTENCE).join(" ");
    return {
      id: `generated-article-${i + 1}`,
      title: `Generated article ${i + 1}`,
      publisher: "Bench Wire",
      author: null,
      genre: "news",
      url: null,
      published: `${year}-06-01`,
      precision: "day",
      year,
      body,
      extractEnd: body.length,
      sentenceCount: 12,
      mentions: [],
    };
  });

  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => {
    // Long tail: a few actors mentioned hundreds of times, most a handful.
    const mentionCount = Math.max(1, Math.round(400 / (1 + i * (0.5 + rand()))));
    const mentionsByYear: Record<string, number> = {};
    let left = mentionCount;
    for (const year of YEARS) {
      if (!left) break;
      const n = year === 2024 ? left : Math.min(left, Math.floor(rand() * (left + 1)));
      if (n) mentionsByYear[String(year)] = n;
      left -= n;
    }
    const name = actorName(i);
    return {
      id: `actor-${String(i + 1).padStart(5, "0")}`,
      name,
      kind: ACTOR_KINDS[i % ACTOR_KINDS.length]!,
      core: true,
      color: PALETTE[i % PALETTE.length]!,
      aliases: [name],
      mentionCount,
      mentionsByYear,
    };
  });

  const ties: UnweighedGraph["ties"][number][] = [];
  const seen = new Set<string>();
  const quoteEnd = SENTENCE.length;
  for (let i = 0; i < actorCount; i++) {
    for (let k = 0; k < tiesPerActor; k++) {
      let j = i;
      let type = relationTypes[0]!;
      let key = "";
      for (let attempt = 0; attempt < 20 && (j === i || seen.has(key)); attempt++) {
        // Mostly near in id order (communities), one in five anywhere.
        j = rand() < 0.8 ? (i + 1 + Math.floor(rand() * 40)) % actorCount : Math.floor(rand() * actorCount);
        type = relationTypes[Math.floor(rand() * relationTypes.length)]!;
        key = `${type.id}--${[i, j].sort((a, b) => a - b).join("--")}`;
      }
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      const [a, b] = [actors[i]!.id, actors[j]!.id].sort();
      const years = [...new Set([YEARS[Math.floor(rand() * YEARS.length)]!, YEARS[Math.floor(rand() * YEARS.length)]!])].sort();
      const evidence = years.map((year, n) => {
        const article = articles[(YEARS.indexOf(year) + YEARS.length * Math.floor(rand() * (articleCount / YEARS.length))) % articleCount]!;
        const start = (n % 12) * (SENTENCE.length + 1);
        return {
          id: `ev-${ties.length}-${n}`,
          articleId: article.id,
          published: article.published,
          time: publicationTime(article),
          year: article.year,
          quote: article.body!.slice(start, start + quoteEnd),
          start,
          end: start + quoteEnd,
          cue: null,
          direction: type.directed ? ("source-to-target" as const) : ("mutual" as const),
          origin: "extracted" as const,
          curation: null,
          historical: null,
          claimant: PUBLISHER_VOICE,
        };
      });
      ties.push({
        id: `${type.id}--${a}--${b}`,
        source: a!,
        target: b!,
        type: type.id,
        quadClass: type.quadClass,
        direction: type.directed ? "directed" : "mutual",
        years: [...new Set(evidence.map((e) => e.year))].sort(),
        evidence,
      });
    }
  }

  const tiesByType: Record<string, number> = {};
  for (const t of ties) tiesByType[t.type] = (tiesByType[t.type] ?? 0) + 1;
  return weighed({
    schemaVersion: SCHEMA_VERSION,
    relationTypes: [...relationTypes],
    actors,
    articles,
    ties,
    coMentions: [],
    stats: {
      articles: articles.length,
      sentences: articleCount * 12,
      mentions: actors.reduce((n, a) => n + a.mentionCount, 0),
      ties: ties.length,
      evidence: ties.reduce((n, t) => n + t.evidence.length, 0),
      coMentions: 0,
      tiesByType,
    },
  });
}
