/**
 * The map step: one parsed article into its sentences, mentions and the relations they state. Pure
 * and independent of every other article, so articles can be read in any order or in parallel.
 */
import type { Claimant, DatePrecision, Evidence, EvidenceTime, FullArticle, Mention } from "../graph/schema";
import { emptyMemory, findAnaphors, remember, type Anaphor } from "./anaphora";
import { findClaimant } from "./claimant";
import { evidenceIdsAt } from "./evidence-id";
import { outsideRelativeClauses, type Reading } from "./classify";
import type { Discourse } from "./language/frames";
import { ACT_REFERENCE, readSentenceWithFrames } from "./read-sentence";
import type { Gazetteer } from "./gazetteer";
import { historicalPeriod, speaksOfPresent, type HistoricalMark } from "./historical";
import type { Lexicon } from "./lexicon";
import type { FoundMention } from "./mentions";
import type { ParsedArticle } from "./parse-article";
import { segmentSentences } from "./segment";
import { speechCandidates, type SentenceCandidate } from "./candidates";
import { timeOfReading, timesInSentence, yearOfPeriod, type StatedTime } from "./time-expressions";

/** A relation read from one sentence, located in its article. */
export interface Finding {
  articleId: string;
  published: string;
  /** The year the reading is about: its time's (see time-expressions.ts). */
  year: number;
  time: EvidenceTime;
  start: number;
  end: number;
  quote: string;
  reading: Reading;
  historical: HistoricalMark | null;
  claimant: Claimant;
  /** The evidence id for the relation as read (the reduce recomputes it if curation retypes it). */
  evidenceId: string;
}

/** The evidence a finding gives its tie: where the tie points and what an editor did decide the rest. */
export function evidenceOf(f: Finding, as: Pick<Evidence, "id" | "direction" | "curation">): Evidence {
  return {
    id: as.id,
    articleId: f.articleId,
    published: f.published,
    year: f.year,
    time: f.time,
    quote: f.quote,
    start: f.start,
    end: f.end,
    cue: f.reading.cue,
    direction: as.direction,
    origin: as.curation === "added" ? "curated" : "extracted",
    curation: as.curation,
    historical: f.historical,
    claimant: f.claimant,
  };
}

/**
 * A sentence that relates actors, located in its article: what its findings and co-mentions share,
 * with the periods it states (each reading takes the one nearest its cue).
 */
export type SentenceAt = Omit<Finding, "reading" | "evidenceId" | "year" | "time"> & { precision: DatePrecision; times: StatedTime[] };

export function sentenceAt(
  article: Pick<ParsedArticle, "id" | "published" | "precision">,
  sentence: { start: number; end: number; text: string },
  historical: HistoricalMark | null,
  claimant: Claimant,
): SentenceAt {
  const times = timesInSentence(sentence, article);
  return { articleId: article.id, published: article.published, precision: article.precision, start: sentence.start, end: sentence.end, quote: sentence.text, historical, claimant, times };
}

/** A reading located at its sentence (a literal, not a spread of `at`: made by the ten thousand). */
function findingAt(at: SentenceAt, reading: Reading, evidenceId: string): Finding {
  const { articleId, published, start, end, quote, historical, claimant } = at;
  const time = timeOfReading(at.times, reading.cue?.start ?? null, historical, at);
  return { articleId, published, year: yearOfPeriod(time), time, start, end, quote, reading, historical, claimant, evidenceId };
}

/** The evidence of a co-mention: the sentence, no cue, no direction. */
export function coMentionEvidence(at: SentenceAt, id: string): Evidence {
  const { articleId, published, quote, start, end, historical, claimant } = at;
  const time = timeOfReading(at.times, null, historical, at);
  return { id, articleId, published, year: yearOfPeriod(time), time, quote, start, end, cue: null, direction: "mutual", origin: "extracted", curation: null, historical, claimant };
}

/**
 * Two actors named in one sentence with no relation between them: its evidence id (hashed here, in
 * parallel, not in the reduce) and its sentence, one object shared by every pair the sentence names
 * (a sentence naming four actors makes six co-mentions). The reduce makes the evidence; until then a
 * worker has one sentence to post per sentence, not one evidence record per pair.
 */
export interface CoMentionFinding {
  /** The pair, in alphabetical order. */
  source: string;
  target: string;
  id: string;
  at: SentenceAt;
}

/** A candidate reading located in its article (see candidates.ts): never a tie. */
export interface CandidateFinding {
  id: string;
  articleId: string;
  published: string;
  year: number;
  start: number;
  end: number;
  quote: string;
  candidate: SentenceCandidate;
}

export interface ArticleExtract {
  article: FullArticle;
  findings: Finding[];
  /** Relations a sentence says do not hold: the other side of a contradiction, never a tie. */
  denials: Finding[];
  coMentions: CoMentionFinding[];
  /** Readings a strict rule refused, proposed to an editor. */
  candidates: CandidateFinding[];
  /** How many sentences of the article name each actor. */
  sentencesNaming: Map<string, number>;
}

/** Reads one article. */
export function extractArticle(parsed: ParsedArticle, gazetteer: Gazetteer, lexicon: Lexicon): ArticleExtract {
  const extractEnd = authorBioStart(parsed);
  const sentences = segmentSentences(parsed.body, extractEnd);
  const mentions: Mention[] = [];
  const findings: Finding[] = [];
  const coMentions: CoMentionFinding[] = [];
  const sentencesNaming = new Map<string, number>();
  const denials: Finding[] = [];
  const candidates: CandidateFinding[] = [];
  let paragraphPast: HistoricalMark | null = null;
  let paragraphClaimant: Claimant | null = null;
  let memory = emptyMemory();
  let paragraph = -1;
  // what later sentences may refer back to across paragraphs ("the strikes")
  const discourse: Discourse = { acts: new Map() };

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphPast = null;
      paragraphClaimant = null;
      memory = emptyMemory();
    }
    if (lexicon.creditLine.test(sentence.text)) continue;
    const found = gazetteer.matcher.find(parsed.body, sentence.start, sentence.end);
    for (const m of found) mentions.push({ actorId: m.actorId, start: m.start, end: m.end, text: m.text });
    const named = new Set(found.map((m) => m.actorId));
    for (const id of named) sentencesNaming.set(id, (sentencesNaming.get(id) ?? 0) + 1);
    // Words that refer back to an actor ("the kingdom", "He") take part in reading, not in naming.
    const anaphors = findAnaphors(parsed.body, sentence.start, sentence.text, found, memory, gazetteer);
    const relates =
      named.size >= 2 ||
      (anaphors.length > 0 && new Set([...named, ...anaphors.map((a) => a.actorId)]).size >= 2) ||
      (named.size === 1 && discourse.acts.size > 0 && ACT_REFERENCE.test(sentence.text));

    // A paragraph's opening sentence may set its period for the sentences after it; another
    // sentence's own period matters only to itself, so it is looked for only where it can relate.
    const own = relates || sentence.indexInParagraph === 0 ? historicalPeriod(sentence.text, parsed.year, lexicon) : null;
    const pastBefore = paragraphPast;
    // A date in a relative clause ("The UAE, which reopened its embassy in 2018, led the way") is the
    // antecedent's, not the paragraph's.
    if (own && sentence.indexInParagraph === 0) paragraphPast = historicalPeriod(outsideRelativeClauses(sentence.text, lexicon), parsed.year, lexicon);
    else if (paragraphPast && speaksOfPresent(sentence.text)) paragraphPast = null;
    // A marker alone ("the father", "back then") says the past, not when: the paragraph's period does.
    const historical = own?.period ? own : (paragraphPast ?? own);
    const claimant = findClaimant(sentence.text, sentence.start, found, paragraphClaimant);
    if (claimant.kind !== "publisher") paragraphClaimant = claimant;
    // what an actor speaking may do to the actors it names: candidates only, never ties
    const speech = claimant.actorId ? speechCandidates(sentence.text, claimant.actorId, found.map((m) => ({ actorId: m.actorId, start: m.start - sentence.start, end: m.end - sentence.start })), lexicon) : [];
    if (!relates) {
      remember(memory, sentence.start, found, anaphors, claimant, null);
      if (speech.length) {
        const at = sentenceAt(parsed, sentence, historical, claimant);
        const idOf = evidenceIdsAt(at);
        for (const c of speech) candidates.push(candidateAt(at, c, idOf(c.agent, c.target, c.typeId)));
      }
      continue;
    }
    const reading = readSentenceWithFrames(sentence.text, sentence.start, anaphors.length ? mergeByStart(found, anaphors) : found, lexicon, discourse);
    remember(memory, sentence.start, found, anaphors, claimant, reading.mentions);
    const at = sentenceAt(parsed, sentence, historical, claimant);
    const idOf = evidenceIdsAt(at);
    // A sentence dated by one of its clauses ("Zarif cited the 1998 Adana agreement") dates only the
    // readings of that clause; the others keep the paragraph's period.
    const dated = (r: Reading) => {
      const clause = own ? reading.clauseOf.get(r) : undefined;
      if (clause === undefined) return at;
      const inClause = historicalPeriod(clause, parsed.year, lexicon);
      const period = inClause?.period ? inClause : (pastBefore ?? inClause);
      return period === historical ? at : { ...at, historical: period };
    };
    for (const r of reading.readings) findings.push(findingAt(dated(r), r, idOf(r.agent, r.target, r.typeId)));
    for (const r of reading.denials) denials.push(findingAt(dated(r), r, idOf(r.agent, r.target, `not-${r.typeId}`)));
    const keyOf = (r: { agent: string; target: string; typeId: string }) => `${[r.agent, r.target].sort().join("|")}|${r.typeId}`;
    const readKeys = new Set([...reading.readings, ...reading.denials, ...reading.candidates].map(keyOf));
    for (const c of [...reading.candidates, ...speech.filter((s) => !readKeys.has(keyOf(s)))]) candidates.push(candidateAt(at, c, idOf(c.agent, c.target, c.typeId)));
    for (const [source, target] of reading.coMentions) coMentions.push({ source, target, id: idOf(source, target, "co-mention"), at });
  }

  return {
    article: {
      id: parsed.id,
      title: parsed.title,
      publisher: parsed.publisher,
      author: parsed.author,
      genre: parsed.genre,
      url: parsed.url,
      published: parsed.published,
      precision: parsed.precision,
      year: parsed.year,
      body: parsed.body,
      extractEnd,
      sentenceCount: sentences.length,
      mentions,
    },
    findings,
    denials,
    coMentions,
    candidates,
    sentencesNaming,
  };
}

/** A sentence's candidate located in its article, dated by the words nearest its cue. */
function candidateAt(at: SentenceAt, c: SentenceCandidate, id: string): CandidateFinding {
  const year = yearOfPeriod(timeOfReading(at.times, at.start + c.cueStart, at.historical, at));
  return { id, articleId: at.articleId, published: at.published, year, start: at.start, end: at.end, quote: at.quote, candidate: c };
}

/** Mentions and anaphors in the order of the text. */
function mergeByStart(found: readonly FoundMention[], anaphors: readonly Anaphor[]): FoundMention[] {
  return [...found, ...anaphors].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where a closing author bio starts ("Amir Toumaj is an independent analyst..."), or the body's end.
 * Only the last three paragraphs are looked at, and only for the article's own author.
 */
export function authorBioStart(article: Pick<ParsedArticle, "author" | "body">): number {
  const { author, body } = article;
  if (!author) return body.length;
  const names = [author, author.split(/\s+/).slice(-1)[0] ?? author].filter((n) => n.length > 2);
  const paragraphs = [...body.matchAll(/[^\n]+/g)].slice(-3);
  for (const p of paragraphs) {
    const text = p[0].trimStart();
    if (names.some((n) => text.startsWith(`${n} is `) || text.startsWith(`${n} was `) || text.startsWith(`${n}, `))) {
      return p.index + (p[0].length - text.length);
    }
  }
  return body.length;
}
