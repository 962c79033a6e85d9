/**
 * Weighing the evidence: how many quotes, articles and publishers stand behind a tie or a pair, the
 * tone of a pair per year on the cooperation–conflict scale, the contradictions between passages, and
 * what the corpus covers per year. Pure: the compiler's reduce uses it, and so do test fixtures and
 * exports that rebuild a graph.
 */
import { QUAD_CLASS_TONE } from "./vocabulary";
import type { Article, Contest, Coverage, Evidence, FullTie, Graph, Pair, Passage, RelationType, Strength, Tie } from "./schema";
import { byCodeUnits } from "./order";
import { passageKey } from "./passages";

/** A sentence saying a relation does not hold (from the compiler's reading). */
export interface Denial {
  articleId: string;
  published: string;
  year: number;
  quote: string;
  start: number;
  end: number;
  reading: { agent: string; target: string; typeId: string };
}

type ByYear = { total: Strength; byYear: Record<string, Strength> };

/**
 * Distinct passages (the same words in several articles count once), articles and publishers of
 * `evidence`, in all and per year (one pass).
 */
export function strengthOf(evidence: readonly Evidence[], publisherOf: ReadonlyMap<string, string>): ByYear {
  const tally = () => ({ quotes: new Set<string>(), articles: new Set<string>(), publishers: new Set<string>() });
  const total = tally();
  const perYear = new Map<number, ReturnType<typeof tally>>();
  for (const e of evidence) {
    let year = perYear.get(e.year);
    if (!year) perYear.set(e.year, (year = tally()));
    // A passage syndicated in several articles counts once (see passages.ts).
    const quote = passageKey(e.quote);
    const publisher = publisherOf.get(e.articleId) ?? e.articleId;
    for (const t of [total, year]) {
      t.quotes.add(quote);
      t.articles.add(e.articleId);
      t.publishers.add(publisher);
    }
  }
  const count = (t: ReturnType<typeof tally>): Strength => ({ quotes: t.quotes.size, articles: t.articles.size, publishers: t.publishers.size });
  const years = [...perYear.keys()].sort((a, b) => a - b);
  return { total: count(total), byYear: Object.fromEntries(years.map((y) => [String(y), count(perYear.get(y)!)])) };
}

/**
 * The articles `evidence` comes from, per year it is about, as indexes into the graph's articles
 * (`indexOf` gives each article's): what a view counts its articles with when the passages are not in hand.
 */
export function sourcesOf(evidence: readonly Pick<Evidence, "articleId" | "year">[], indexOf: ReadonlyMap<string, number>): Tie["sources"] {
  const perYear = new Map<number, Set<number>>();
  for (const e of evidence) {
    const k = indexOf.get(e.articleId);
    if (k === undefined) throw new Error(`evidence cites article '${e.articleId}', which the graph does not have`);
    let year = perYear.get(e.year);
    if (!year) perYear.set(e.year, (year = new Set()));
    year.add(k);
  }
  return Object.fromEntries([...perYear].sort(([a], [b]) => a - b).map(([y, ks]) => [String(y), [...ks].sort((a, b) => a - b)]));
}

/** Each article's index in `articles`, for `sourcesOf`. */
export const articleIndex = (articles: readonly Pick<Article, "id">[]): Map<string, number> => new Map(articles.map((a, i) => [a.id, i]));

/** One article of one publisher and nothing else. */
export function isSingleSource(strength: ByYear): boolean {
  return strength.total.articles <= 1 && strength.total.publishers <= 1;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Every pair of actors with ties: their strength, tone per year, and contests. `denials` are the
 * relations sentences say do not hold; a denial contests a tie of the same pair, type and year.
 */
export function weighPairs(
  ties: readonly FullTie[],
  denials: readonly Denial[],
  types: readonly RelationType[],
  publisherOf: ReadonlyMap<string, string>,
): Pair[] {
  const typeById = new Map(types.map((t) => [t.id, t]));
  const byPair = new Map<string, FullTie[]>();
  for (const tie of ties) {
    const key = pairId(tie.source, tie.target);
    const group = byPair.get(key);
    if (group) group.push(tie);
    else byPair.set(key, [tie]);
  }
  const denialsByPair = new Map<string, Denial[]>();
  for (const d of denials) {
    const key = pairId(d.reading.agent, d.reading.target);
    const group = denialsByPair.get(key);
    if (group) group.push(d);
    else denialsByPair.set(key, [d]);
  }

  const pairs: Pair[] = [];
  for (const [id, group] of byPair) {
    const [source, target] = id.slice("pair--".length).split("--") as [string, string];
    const evidence = group.flatMap((t) => t.evidence);
    const years = [...new Set(evidence.map((e) => e.year))].sort((a, b) => a - b);
    // One pass over the pair's passages by the year they are about: each distinct passage's tone
    // (the mean of the relations it states), and the first cooperation and the first conflict, which
    // contest each other.
    const perYear = new Map<number, { passages: Map<string, { sum: number; n: number }>; articles: Set<string>; cooperation: Passage | null; conflict: Passage | null }>();
    for (const tie of group) {
      const tone = QUAD_CLASS_TONE[tie.quadClass];
      for (const e of tie.evidence) {
        let acc = perYear.get(e.year);
        if (!acc) perYear.set(e.year, (acc = { passages: new Map(), articles: new Set(), cooperation: null, conflict: null }));
        const key = passageKey(e.quote);
        const passage = acc.passages.get(key);
        if (passage) {
          passage.sum += tone;
          passage.n++;
        } else acc.passages.set(key, { sum: tone, n: 1 });
        acc.articles.add(e.articleId);
        if (tone > 0 && !acc.cooperation) acc.cooperation = passageOf(e, tie);
        if (tone < 0 && !acc.conflict) acc.conflict = passageOf(e, tie);
      }
    }
    const tone = years.map((year) => {
      const acc = perYear.get(year)!;
      let sum = 0;
      for (const p of acc.passages.values()) sum += p.sum / p.n;
      const quotes = acc.passages.size;
      return { year, score: round1(sum / quotes), quotes, articles: acc.articles.size };
    });
    const contested: Contest[] = [];
    for (const year of years) {
      const acc = perYear.get(year);
      if (acc?.cooperation && acc.conflict) contested.push({ year, kind: "opposite-quad-classes", a: acc.cooperation, b: acc.conflict });
    }
    const denied = denialsByPair.get(id) ?? [];
    // The passages a denial may contest, by type and year (a pair can have thousands), and who acts
    // in each, so a denial contests only the same relation in the same direction.
    const passages = new Map<string, Passage[]>();
    const agentOf = new Map<string, string | null>();
    for (const tie of denied.length ? group : []) {
      for (const e of tie.evidence) {
        const key = `${tie.type}|${e.year}`;
        const list = passages.get(key);
        if (list) list.push(passageOf(e, tie));
        else passages.set(key, [passageOf(e, tie)]);
        agentOf.set(e.id, e.direction === "mutual" ? null : e.direction === "source-to-target" ? tie.source : tie.target);
      }
    }
    const pairDenials: Pair["denials"] = [];
    for (const d of denied) {
      const type = typeById.get(d.reading.typeId);
      if (!type) continue;
      const sameWay = (p: Passage) => !type.directed || [null, d.reading.agent].includes(agentOf.get(p.evidenceId ?? "") ?? null);
      const stated = passages.get(`${type.id}|${d.year}`)?.find((p) => sameWay(p) && !(p.articleId === d.articleId && p.start === d.start));
      const denial: Passage = {
        articleId: d.articleId,
        published: d.published,
        quote: d.quote,
        start: d.start,
        end: d.end,
        tieId: null,
        evidenceId: null,
        type: type.id,
        quadClass: type.quadClass,
        negated: true,
      };
      if (!pairDenials.some((x) => x.passage.articleId === denial.articleId && x.passage.start === denial.start && x.passage.type === denial.type)) pairDenials.push({ year: d.year, passage: denial });
      if (!stated) continue;
      if (!contested.some((c) => c.kind === "negation" && c.b.articleId === denial.articleId && c.b.start === denial.start)) {
        contested.push({ year: d.year, kind: "negation", a: stated, b: denial });
      }
    }
    contested.sort((x, y) => x.year - y.year || x.kind.localeCompare(y.kind));
    pairDenials.sort((x, y) => x.year - y.year || byCodeUnits(x.passage.articleId, y.passage.articleId) || x.passage.start - y.passage.start);
    pairs.push({ id, source, target, tieIds: group.map((t) => t.id).sort(), strength: strengthOf(evidence, publisherOf), tone, contested, denials: pairDenials });
  }
  return pairs.sort((x, y) => byCodeUnits(x.id, y.id));
}

/** Articles and publishers per year of the corpus. */
export function coverageOf(articles: readonly Pick<Article, "year" | "publisher">[]): Coverage[] {
  const years = [...new Set(articles.map((a) => a.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const inYear = articles.filter((a) => a.year === year);
    return { year, articles: inYear.length, publishers: [...new Set(inYear.map((a) => a.publisher))].sort((a, b) => a.localeCompare(b)) };
  });
}

/** "pair--a--b" with the two actor ids in alphabetical order. */
export function pairId(a: string, b: string): string {
  return a < b ? `pair--${a}--${b}` : `pair--${b}--${a}`;
}

function passageOf(e: Evidence, tie: Tie): Passage {
  return {
    articleId: e.articleId,
    published: e.published,
    quote: e.quote,
    start: e.start,
    end: e.end,
    tieId: tie.id,
    evidenceId: e.id,
    type: tie.type,
    quadClass: tie.quadClass,
    negated: false,
  };
}

/** A graph whose ties lack their strength, or whose pairs and coverage are not yet weighed. */
export type UnweighedGraph = Omit<Graph, "ties" | "pairs" | "coverage" | "coMentions"> & {
  ties: readonly (Omit<FullTie, "strength" | "singleSource" | "sources"> & Partial<Tie>)[];
  coMentions: Graph["coMentions"];
};

/**
 * The graph with every tie's strength, its pairs and its coverage weighed as the compiler does, for
 * graphs rebuilt from parts (test fixtures, exports of a filtered view). Denials are not kept in a
 * graph, so contests by negation are carried over from `contestsFrom` where both sides remain.
 */
export function weighed(graph: UnweighedGraph, contestsFrom: readonly Pair[] = []): Omit<Graph, "ties"> & { ties: FullTie[] } {
  const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));
  const indexOf = articleIndex(graph.articles);
  const ties: FullTie[] = graph.ties.map((t) => {
    const strength = strengthOf(t.evidence, publisherOf);
    return { ...t, strength, sources: sourcesOf(t.evidence, indexOf), singleSource: isSingleSource(strength) };
  });
  const tieIds = new Set(ties.map((t) => t.id));
  const pairs = weighPairs(ties, [], graph.relationTypes, publisherOf).map((pair) => {
    const before = contestsFrom.find((p) => p.id === pair.id);
    const kept = (before?.contested ?? []).filter((c) => c.kind === "negation" && c.a.tieId !== null && tieIds.has(c.a.tieId) && publisherOf.has(c.b.articleId));
    const denials = (before?.denials ?? []).filter((d) => publisherOf.has(d.passage.articleId));
    return kept.length ? { ...pair, denials, contested: [...pair.contested, ...kept].sort((x, y) => x.year - y.year || x.kind.localeCompare(y.kind)) } : { ...pair, denials };
  });
  return { ...graph, ties, pairs, coverage: coverageOf(graph.articles) };
}
