/**
 * Stage 4 and 5: reading the relations a sentence states between the actors it names.
 *
 * Each mention first gets a role: a party to what the sentence says, a place where it happens ("in
 * Syria"), or a claimant ("according to Iran's military attaché"). Then each cue phrase relates the
 * parties of its own clause: the agent before it and the target after it, the agent after a passive
 * "by", or, for mutual relations, the pair around it. Negated, hedged, failed and capability cues
 * make no relation. Pairs left without a relation are kept as co-mentions.
 */
import type { EvidenceDirection } from "../graph/schema";
import type { AnaphorKind } from "./anaphora";
import type { Cue, Lexicon } from "./lexicon";
import type { FoundMention } from "./mentions";
import { isSpaceCode, lastWordsStart } from "./words";

export type MentionRole = "party" | "place" | "claimant";

export interface SentenceMention extends FoundMention {
  role: MentionRole;
  /** A place only by the noun after it ("Saudi cities", "Syrian territory"): still a target of fire aimed at it. */
  placeByNoun: boolean;
  /** Words that refer back to the actor ("the kingdom", "He"), not a name of it; null for a name. */
  anaphor: AnaphorKind | null;
}

/** One relation read from one sentence; `agent` acts on `target` unless `mutual`. */
export interface Reading {
  agent: string;
  target: string;
  mutual: boolean;
  typeId: string;
  cue: { text: string; start: number; end: number; pattern: string };
}

export interface SentenceReading {
  mentions: SentenceMention[];
  readings: Reading[];
  /** Relations the sentence states do not hold ("Russia does not support Iran's presence"). */
  denials: Reading[];
  /** Unordered pairs of distinct actors named in the sentence that no reading relates. */
  coMentions: [string, string][];
  /** The words of the clause each reading comes from (its stretches joined), for dating it. */
  clauseOf: Map<Reading, string>;
}

/** How far (in words) the agent and the target may stand from their cue. */
const MAX_WORDS_BEFORE = 12;
const MAX_WORDS_AFTER = 8;
/** How far the subject of a passive ("Hezbollah is backed by Iran") may stand from the participle. */
const MAX_WORDS_TO_PASSIVE = 4;
const COORDINATION = /^(?:['’]s?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*|-)(?:(?:the|both)\s+)?$/i;
/** ", killed a decade ago in an Israeli operation": a participle after a comma is a passive. */
const REDUCED_PASSIVE = /,\s*$/;
const PASSIVE_BY = /^\s*(?:,\s*)?by\s+(?:the\s+)?(?:[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF'’-]+\s+){0,2}$/i;
const BETWEEN = /^\s*(?:between|of|among)\s+(?:the\s+)?$/i;
const UNKNOWN_NAME_BEFORE = /(?<![.!?]\s*|^)(?<=\s)\p{Lu}[\p{Ll}]+\s+$/u;
const LOCATIVE_ARGUMENT = /(?:^|\s)(from|in|to)\s+(?:the\s+)?$/i;

/**
 * Reads one sentence. `text` is the sentence, `offset` its start in the body; mentions carry body
 * offsets and must lie inside the sentence. Anaphors among them (see anaphora.ts) take part in
 * relations but are never co-mentioned: they do not name their actor.
 */
export function readSentence(text: string, offset: number, found: readonly (FoundMention & { anaphor?: AnaphorKind })[], lexicon: Lexicon): SentenceReading {
  const clauses = clauseSpans(text, lexicon);
  const spanAt = (pos: number) => clauses.spans.find((c) => pos >= c.start && pos < c.end);
  const clauseOf = (pos: number) => spanAt(pos)?.clause ?? -1;
  const mentions = assignRoles(text, offset, found, lexicon, spanAt);
  const readings: Reading[] = [];
  const denials: Reading[] = [];
  const clauseText = new Map<Reading, string>();
  const distinct = new Set(mentions.map((m) => m.actorId));
  if (distinct.size >= 2) {
    const layout: Layout = {
      text,
      offset,
      clauseOf,
      spanStart: (pos) => spanAt(pos)?.start ?? 0,
      antecedents: antecedentsOf(text, offset, mentions, clauses, clauseOf),
      words: wordCounter(text, clauses.spans),
      subject: sentenceSubject(text, offset, mentions, clauseOf),
    };
    for (const hit of lexicon.findCues(text)) {
      const { cue, start, end } = hit;
      // A cue inside an actor's name ("Syrian Democratic Forces") is no cue.
      const inside = (pos: number) => mentions.some((x) => x.start - offset <= pos && x.end - offset > pos);
      if (inside(start) || inside(end - 1)) continue;
      const span = spanAt(start);
      if (!span) continue;
      const judged = judgeCue(text, start, end, span, cue, lexicon);
      const type = judged.type ?? judged.denied;
      if (!type) continue;
      for (const pair of pairFor(layout, mentions, cue, start, end, span.clause)) {
        const reading = {
          agent: pair.agent,
          target: pair.target,
          mutual: pair.mutual,
          typeId: type,
          cue: { text: hit.text, start: offset + start, end: offset + end, pattern: cue.pattern },
        };
        (judged.type ? readings : denials).push(reading);
        if (clauses.spans.length > 1) clauseText.set(reading, clauses.spans.filter((c) => c.clause === span.clause).map((c) => text.slice(c.start, c.end)).join(" "));
      }
    }
  }
  const named = mentions.some((m) => m.anaphor) ? mentions.filter((m) => !m.anaphor) : mentions;
  return { mentions, readings: dedupe(readings), denials: dedupe(denials), coMentions: unrelatedPairs(named, readings), clauseOf: clauseText };
}

/**
 * The words of the clause holding a position of a sentence (its stretches joined), or null when the
 * sentence is one clause. The sentence's clauses are found once, for every position asked.
 */
export function clauseTextAt(text: string, lexicon: Lexicon): (pos: number) => string | null {
  const { spans } = clauseSpans(text, lexicon);
  return (pos) => {
    if (spans.length < 2) return null;
    const span = spans.find((c) => pos >= c.start && pos < c.end);
    return span ? spans.filter((c) => c.clause === span.clause).map((c) => text.slice(c.start, c.end)).join(" ") : null;
  };
}

/** A sentence without its relative clauses ("Qatar, which backed rebels in 2012, said …" → "Qatar said …"). */
export function outsideRelativeClauses(text: string, lexicon: Lexicon): string {
  const { spans, relativeOpeners } = clauseSpans(text, lexicon);
  if (relativeOpeners.size === 0) return text;
  return spans.filter((s) => !relativeOpeners.has(s.clause)).map((s) => text.slice(s.start, s.end)).join(" ");
}

/** A stretch of a sentence and the clause it belongs to (a main clause resumes after a relative clause). */
interface Span {
  start: number;
  end: number;
  clause: number;
}

interface Clauses {
  spans: Span[];
  /** For each relative clause ("Iran, which backs Hezbollah, ..."), where its opener starts: its antecedent ends there. */
  relativeOpeners: Map<number, number>;
}

/** What pairing a cue needs to know of its sentence. */
interface Layout {
  text: string;
  offset: number;
  clauseOf: (pos: number) => number;
  /** The parties a relative clause is about: its antecedent and the actors coordinated with it. */
  antecedents: Map<number, SentenceMention[]>;
  /** Words between two offsets, not counting the words of other clauses in between. */
  words: (a: number, b: number, clause: number) => number;
  /** Where the stretch of clause holding a position starts. */
  spanStart: (pos: number) => number;
  /** The party that opens the sentence as its subject ("Iran's mission to the UN said …"), if any. */
  subject: SentenceMention | null;
}

/** A clause that goes on without a subject of its own ("…, but warned that", "…, although he praised"). */
const SUBJECTLESS = /^\s*(?:(?:he|she|it|they)\s+)?(?:(?:also|later|then|still|repeatedly|has|had|have|was|is|were|would|will|did|does|do)\s+){0,3}$/i;
/** How many words into the sentence its subject may start. */
const SUBJECT_WITHIN = 6;

/** The party a sentence opens with, as the subject of its first clause. */
function sentenceSubject(text: string, offset: number, mentions: SentenceMention[], clauseOf: (pos: number) => number): SentenceMention | null {
  const first = mentions[0];
  if (!first || first.role !== "party" || clauseOf(first.start - offset) !== 0) return null;
  return wordsBetween(text, 0, first.start - offset) <= SUBJECT_WITHIN ? first : null;
}

/** After a relative clause's comma, the list goes on when a name, a number or 'and Name' follows. */
const LIST_GOES_ON = /^\s*(?:(?:and|or)\s+)?(?:\p{Lu}|\d)/u;

function clauseSpans(text: string, lexicon: Lexicon): Clauses {
  const spans: Span[] = [];
  const relativeOpeners = new Map<number, number>();
  let start = 0;
  let clause = 0;
  let next = 1;
  // A relative clause ends at its closing comma, where the clause it interrupted resumes.
  let resume: { at: number; clause: number } | null = null;
  const re = lexicon.clauseBreak;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (resume && resume.at < m.index) {
      spans.push({ start, end: resume.at, clause });
      start = resume.at + 1;
      clause = resume.clause;
      resume = null;
    } else if (resume && resume.at === m.index) resume = null;
    spans.push({ start, end: m.index, clause });
    start = m.index + Math.max(1, m[0].length);
    const interrupted = clause;
    clause = next++;
    if (lexicon.relativeOpener.test(m[0])) {
      relativeOpeners.set(clause, m.index);
      const close = closingComma(text, start);
      if (close >= 0) resume = { at: close, clause: interrupted };
    }
  }
  if (resume) {
    spans.push({ start, end: resume.at, clause });
    start = resume.at + 1;
    clause = resume.clause;
  }
  spans.push({ start, end: text.length + 1, clause });
  return { spans, relativeOpeners };
}

/** The comma that closes a relative clause starting at `from` (commas inside a list of names are skipped), or -1. */
function closingComma(text: string, from: number): number {
  for (let c = text.indexOf(",", from); c >= 0; c = text.indexOf(",", c + 1)) {
    if (!LIST_GOES_ON.test(text.slice(c + 1, c + 12))) return c;
  }
  return -1;
}

/**
 * The antecedent of each relative clause: the party named right before its opener ("Qatar, which
 * backed rebel groups"), with the parties coordinated with it ("the UAE and Bahrain, which").
 */
function antecedentsOf(text: string, offset: number, mentions: SentenceMention[], clauses: Clauses, clauseOf: (pos: number) => number): Map<number, SentenceMention[]> {
  const found = new Map<number, SentenceMention[]>();
  for (const [clause, opener] of clauses.relativeOpeners) {
    const parties = mentions.filter((m) => m.role === "party" && m.end - offset <= opener && clauseOf(m.start - offset) === clauseOf(opener - 1));
    const last = parties.length - 1;
    if (last < 0 || !/^(?:['’]s?)?[\s"”’)]*$/.test(text.slice(parties[last]!.end - offset, opener))) continue;
    const group = groupOf(text, offset, parties, last);
    found.set(clause, parties.slice(group.first, group.last + 1));
  }
  return found;
}

/** Counts words between two offsets, leaving out the words of other clauses (a relative clause in between). */
function wordCounter(text: string, spans: Span[]): Layout["words"] {
  return (a, b, clause) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    let words = wordsBetween(text, lo, hi);
    for (const s of spans) if (s.clause !== clause && s.start >= lo && s.end <= hi) words -= wordsBetween(text, s.start, s.end);
    return Math.max(0, words);
  };
}

function assignRoles(
  text: string,
  offset: number,
  found: readonly (FoundMention & { anaphor?: AnaphorKind })[],
  lexicon: Lexicon,
  spanAt: (pos: number) => Span | undefined,
): SentenceMention[] {
  const mentions: SentenceMention[] = found.map((m) => {
    const local = m.start - offset;
    const clause = spanAt(local);
    // Only the words just before a mention decide its role; a short window keeps the anchored
    // expressions from rescanning the whole sentence for every mention.
    const before = text.slice(Math.max(clause ? clause.start : 0, local - 80), local);
    let role: MentionRole = "party";
    let placeByNoun = false;
    const after = text.slice(m.end - offset, m.end - offset + 24);
    const anaphor = m.anaphor ?? null;
    // A pronoun is a party; a name glued to a compound ("the U.S.-led campaign") is its agent, no place.
    if (anaphor === "pronoun" || GLUED_AFTER.test(after)) role = "party";
    else if (lexicon.isClaimantBefore(before)) role = "claimant";
    // "from Saudi Crown Prince Mohammed bin Salman": a name before a title is a person's, not a place.
    else if (lexicon.isPlaceBefore(before) && !isArgumentOfCue(before, lexicon) && !lexicon.titleAfter.test(after)) role = "place";
    else if (lexicon.placeAfter.test(after)) {
      role = "place";
      placeByNoun = true;
    }
    // A literal, not a spread: spreading each mention was a tenth of the cost of reading a sentence.
    return { actorId: m.actorId, start: m.start, end: m.end, text: m.text, possessive: m.possessive, role, placeByNoun, anaphor };
  });
  // Everything in a list after a place is a place too ("from Syria, Lebanon, Iraq and Pakistan").
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1]!;
    const cur = mentions[i]!;
    if (prev.role !== "party" && cur.role === "party" && isCoordinated(text, offset, mentions, i)) cur.role = prev.role;
  }
  return mentions;
}

/**
 * "demand from Iran", "help from the United States", "reopened its embassy in Damascus": a 'from' at or
 * right after a cue, or an 'in'/'to' after a cue that ends in a post abroad, introduces a party, not a
 * place ("sent fighters from Syria" is a place: the origin of the object).
 */
/** A name glued to a compound that makes it an agent ("U.S.-led", "Iranian-backed"); "rebel-held" stays a place. */
const GLUED_AFTER = /^-(?:led|backed|supported|sponsored|funded|armed|aligned|allied)(?![A-Za-z])/i;

function isArgumentOfCue(before: string, lexicon: Lexicon): boolean {
  const m = LOCATIVE_ARGUMENT.exec(before);
  if (!m) return false;
  const from = m[1]!.toLowerCase() === "from";
  const withPreposition = before.slice(Math.max(0, m.index - 60), m.index + m[0].replace(/\s+(?:the\s+)?$/i, "").length);
  const head = before.slice(Math.max(0, m.index - 60), m.index).trimEnd();
  // A gapped cue ends in its object ("sent fighters"): a 'from' after it gives the object's origin, a place.
  if (from) return lexicon.findCues(head).some((hit) => hit.end === head.length && !hit.cue.pattern.includes("~")) || lexicon.findCues(withPreposition).some((hit) => hit.end === withPreposition.length);
  return lexicon.hostNoun.test(head) && lexicon.findCues(head).some((hit) => hit.end === head.length);
}

/**
 * The relation type a cue stands for here (null when hedged, failed or a capability), or, when
 * negated, the type it denies (unless the lexicon gives the negated cue a type of its own).
 */
function judgeCue(text: string, start: number, end: number, clause: Span, cue: Cue, lexicon: Lexicon): { type: string | null; denied: string | null } {
  const none = { type: null, denied: null };
  const before = text.slice(clause.start, start);
  // A coordinated verb has its own negation: "had not taken part and accused" accuses.
  const coordinated = isCoordinatedVerb(text, clause.start, start, end) ? AND_BEFORE.exec(before) : null;
  let window = coordinated ? before.slice(coordinated.index) : lastWords(before, 5);
  // "said it would restore relations": a reported decision, not a hypothesis.
  if (/would/i.test(window) && lexicon.reportedFuture.test(before)) window = window.replace(/\bwould\b/gi, " ");
  if (lexicon.hedge.test(window) || lexicon.hedgeScope.test(before)) return none;
  if (lexicon.capabilityNoun.test(text.slice(end, end + 30))) return none;
  if (lexicon.failure.test(text.slice(end))) return none;
  if (lexicon.negator.test(window.replace(lexicon.notNegation, " "))) return cue.whenNegated ? { type: cue.whenNegated.id, denied: null } : { type: null, denied: cue.type.id };
  return { type: cue.type.id, denied: null };
}

function lastWords(s: string, n: number): string {
  return s.slice(lastWordsStart(s, n)).trimEnd();
}

/** How many white-space-separated words lie between two offsets (counted in place, no splitting). */
function wordsBetween(text: string, a: number, b: number): number {
  let words = 0;
  let inWord = false;
  for (let i = Math.max(0, Math.min(a, b)), end = Math.min(text.length, Math.max(a, b)); i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A comma alone, without 'and' or 'or': a list only if an 'and' or 'or' closes it later. */
const COMMA_ONLY = /^(?:['’]s?)?\s*,\s*(?:(?:the|both)\s+)?$/i;

/**
 * Are `list[i - 1]` and `list[i]` coordinated ("Iran, Syria and Russia")? Names joined by a comma alone
 * are a list only when 'and' or 'or' closes it ("from Syria, Lebanon and Iraq"); else the comma ends an
 * opening phrase or starts an apposition ("In Iraq, the Islamic Resistance in Iraq", "Syria, Akbari").
 */
function isCoordinated(text: string, offset: number, list: readonly { start: number; end: number }[], i: number): boolean {
  const between = (j: number) => text.slice(list[j - 1]!.end - offset, list[j]!.start - offset);
  if (!COORDINATION.test(between(i))) return false;
  if (!COMMA_ONLY.test(between(i))) return true;
  let j = i + 1;
  for (; j < list.length && COORDINATION.test(between(j)); j++) if (!COMMA_ONLY.test(between(j))) return true;
  // "Syria, Lebanon, Iraq, Pakistan and the broader region", "Israel, the U.S. and to some extent Russia".
  return LIST_CLOSES.test(text.slice(list[j - 1]!.end - offset, list[j - 1]!.end - offset + 12));
}
const LIST_CLOSES = /^(?:['’]s?)?\s*,?\s+(?:and|or)\s/i;

/** The coordination group ("Israel, the U.S. and Russia") a party belongs to, as actor ids. */
function groupOf(text: string, offset: number, parties: SentenceMention[], index: number): { ids: string[]; first: number; last: number } {
  let first = index;
  let last = index;
  // Names of one actor close together ("Syria's Foreign Minister Faisal Mikdad") are one party; far apart
  // ("Tehran in July for a summit with Ebrahim Raisi") they are not.
  const joined = (i: number) => {
    const a = parties[i - 1]!;
    const b = parties[i]!;
    const between = text.slice(a.end - offset, b.start - offset);
    // "The two countries": two anaphors at one place are a pair.
    if (a.start === b.start && a.anaphor === "pair") return true;
    return isCoordinated(text, offset, parties, i) || (a.actorId === b.actorId && wordsBetween(between, 0, between.length) <= 5 && !/[,;]/.test(between));
  };
  while (first > 0 && joined(first)) first--;
  while (last < parties.length - 1 && joined(last + 1)) last++;
  const ids = [...new Set(parties.slice(first, last + 1).map((p) => p.actorId))];
  return { ids, first, last };
}

function pairFor(layout: Layout, mentions: SentenceMention[], cue: Cue, start: number, end: number, clauseIndex: number): Omit<Reading, "typeId" | "cue">[] {
  const { text, offset, clauseOf } = layout;
  // A relative clause is about its antecedent: "Qatar, which backed rebel groups" makes Qatar the agent
  // of "backed". Only for cues whose agent is before them or that are mutual: a dependence read with
  // the agent after the cue ("Russia, which relies on Iranian forces") is left out: the shipped corpus's
  // test holds that this background clause gives Russia and Iran no cooperative tie.
  const own = mentions.filter((m) => m.role === "party" && clauseOf(m.start - offset) === clauseIndex && (m.anaphor !== "pronoun" || isSubjectOfCue(text, m.end - offset, start, end)));
  const antecedent = cue.agent === "after" ? [] : (layout.antecedents.get(clauseIndex) ?? []);
  const parties = [...antecedent, ...own];
  const distance = (a: number, b: number) => layout.words(a, b, clauseIndex);
  const directed = cue.agent !== "none" && cue.type.directed;
  // A party inside a gapped cue: the object of a verb ("labeled Israel's aggression as genocide"), or
  // one side of a mutual act ("the appointment of Saudi Arabia as its ambassador to Damascus").
  const insideIdx = parties.findIndex((p) => isInsideCue(p, offset, start, end));
  let beforeIdx = findLastIndex(
    parties,
    (p, i) =>
      p.end - offset <= (directed ? start : end) &&
      (directed || p.start - offset < end) &&
      distance(p.end - offset, start) <= MAX_WORDS_BEFORE &&
      !(directed && isInAppositive(text, p.start - offset, p.end - offset, start)) &&
      !isInInsertion(text, offset, parties, i, start),
  );
  // The target comes before any comma after the cue ("Israel rejected the findings, ... with Hamas").
  // A mutual act's partner is not the topic of it ("passed intelligence on the Iranian attack to the US").
  const afterIdx = parties.findIndex(
    (p) =>
      p.start - offset >= end &&
      distance(end, p.start - offset) <= MAX_WORDS_AFTER &&
      !/[,(;]/.test(text.slice(end, p.start - offset)) &&
      (directed || !TOPIC_BEFORE.test(text.slice(end, p.start - offset))) &&
      (directed || cue.glued || !isInsideCue(p, offset, start, end)),
  );
  // An unknown name right before a cue ("Arab normalization with Syria") is its actor: no one else is.
  const unknownAgent = UNKNOWN_NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !parties.some((p) => p.end - offset >= start - 1 && p.end - offset <= start);
  // "Putin compared Israel's siege to Leningrad's and hosted a Hamas delegation": a verb coordinated
  // with the clause's first one has the clause's subject, not the party nearest before it.
  const subjectIdx = layout.subject ? parties.indexOf(layout.subject) : -1;
  if (subjectIdx >= 0 && beforeIdx > subjectIdx && isCoordinatedVerb(text, layout.spanStart(start), start, end) && !groupOf(text, offset, parties, subjectIdx).ids.includes(parties[beforeIdx]!.actorId)) {
    beforeIdx = subjectIdx;
  }
  const before = beforeIdx >= 0 && !unknownAgent ? groupOf(text, offset, parties, beforeIdx) : null;
  const after = afterIdx >= 0 ? groupOf(text, offset, parties, afterIdx) : null;
  const cross = (agents: string[], targets: string[], mutual: boolean) =>
    agents.flatMap((agent) => targets.filter((t) => t !== agent).map((target) => ({ agent, target, mutual })));

  if (cue.glued) {
    // "Iranian-backed groups like Hezbollah": the target is what the compound names, not an actor
    // further on ("the U.S.-led campaign against the Islamic State"); in an apposition, the name it
    // describes ("the Popular Mobilization Forces, an umbrella of Iran-aligned groups").
    const agentIdx = parties.findIndex((p) => p.end - offset === start);
    const agent = parties[agentIdx];
    const target = parties.find((p) => p.start - offset >= end && p.actorId !== agent?.actorId && GLUED_TARGET_GAP.test(text.slice(end, p.start - offset)));
    if (agent && target) return cross([agent.actorId], groupOf(text, offset, parties, parties.indexOf(target)).ids, !directed);
    const head = agentIdx > 0 ? parties[agentIdx - 1]! : null;
    const described = head && head.actorId !== agent!.actorId && APPOSITION_OF.test(text.slice(head.end - offset, agent!.start - offset));
    return described ? cross([agent!.actorId], groupOf(text, offset, parties, agentIdx - 1).ids, !directed) : [];
  }

  if (!directed) {
    // "Putin visited Tehran in July": the actor before a verb and its object inside the cue (not the
    // actors that qualify a noun: "killed in a joint Israeli-American operation").
    const visited = insideIdx >= 0 && VERB_FORM.test(cueHead(text, start, end)) ? groupOf(text, offset, parties, insideIdx) : null;
    const visitor = visited && visited.ids.length === 1 ? outsideBefore(layout, parties, start, clauseIndex) : null;
    const withInside = visitor && visited ? cross(visitor.ids, visited.ids, true) : [];
    // "relations between Damascus and Tehran": the pair named right after the cue.
    if (after && after.ids.length === 2 && (/between\s*$/i.test(text.slice(start, end)) || BETWEEN.test(text.slice(end, parties[after.first]!.start - offset)))) {
      // "Qatar and Egypt mediated between Israel and Hamas": the mediators negotiate with both sides.
      const mediators = before && cue.type.id === "negotiation" ? cross(before.ids, after.ids, true) : [];
      return [{ agent: after.ids[0]!, target: after.ids[1]!, mutual: true }, ...mediators, ...withInside];
    }
    if (before && after) {
      const pairs = cross(before.ids, after.ids, true);
      if (pairs.length) return [...withInside, ...pairs];
    }
    if (withInside.length) return withInside;
    // "the US, Israel's ally, abstained": an apposition names the other side of a possessive's relation.
    if (before && !after && before.ids.length === 1 && before.first > 0) {
      const owner = parties[before.first]!;
      const head = parties[before.first - 1]!;
      if (owner.possessive && distance(owner.end - offset, start) <= 2 && COMMA_ONLY.test(text.slice(head.end - offset, owner.start - offset)) && head.actorId !== owner.actorId) {
        return [{ agent: head.actorId, target: owner.actorId, mutual: true }];
      }
    }
    // "Lavrov told Pompeo by phone": a verb's subject and object, just before a mutual cue with no
    // partner after it.
    if (before && !after && before.ids.length === 1 && before.first > 0) {
      const addressee = parties[before.first]!;
      const speaker = parties[before.first - 1]!;
      const between = text.slice(speaker.end - offset, addressee.start - offset);
      if (speaker.actorId !== addressee.actorId && !/[,;]/.test(between) && wordsBetween(between, 0, between.length) <= 3 && !COORDINATION.test(between)) {
        return [{ agent: speaker.actorId, target: addressee.actorId, mutual: true }];
      }
    }
    // "the two allies, Iran and Syria", "the defence ministers of Turkey, Syria and Iran met": the
    // actors coordinated on one side, each with each.
    for (const side of [after, before]) {
      if (side && side.ids.length >= 2) return side.ids.flatMap((a, i) => side.ids.slice(i + 1).map((b) => ({ agent: a, target: b, mutual: true })));
    }
    // "a meeting between Iran's minister with his Syrian counterpart": two actors after, joined by with/and.
    if (!before && after && after.ids.length === 1) {
      const last = parties[after.last]!;
      const next = parties.slice(after.last + 1).find((p) => !after.ids.includes(p.actorId));
      const between = next ? text.slice(last.end - offset, next.start - offset) : "";
      if (next && PARTNER_JOIN.test(between) && distance(end, next.start - offset) <= MAX_WORDS_BEFORE) {
        return [{ agent: after.ids[0]!, target: next.actorId, mutual: true }];
      }
    }
    return [];
  }

  // "the Iranian attack": a conflict noun whose agent qualifies it reaches its target through 'on',
  // 'against', 'at' … ("Israeli strikes on Gaza"), not through any later actor ("… to the United States").
  const qualified = afterIdx >= 0 && beforeIdx >= 0 && cue.type.quadClass === "material-conflict" && isQualifiedNoun(text, parties[beforeIdx]!.end - offset, start, end);
  const object = insideIdx >= 0 ? groupOf(text, offset, parties, insideIdx) : qualified && !NOMINAL_TARGET.test(text.slice(end, parties[afterIdx]!.start - offset)) ? null : after;
  // A passive "backed by Iran" or "objections by the United States": the agent follows.
  const passive =
    after &&
    (PASSIVE_BY.test(text.slice(end, parties[afterIdx]!.start - offset)) ||
      (/ed$/.test(text.slice(start, end)) && REDUCED_PASSIVE.test(text.slice(0, start)) && / by | in an? [^,]*$/.test(text.slice(end, parties[afterIdx]!.start - offset + 1))));
  // "in retaliation for a drone attack", "condemned the strike": a conflict noun after an article has
  // no agent before it unless a verb of doing governs it ("launched an attack", "in an air strike").
  const unowned = cue.type.quadClass === "material-conflict" && !passive && isUnownedNoun(text, beforeIdx >= 0 ? parties[beforeIdx]!.end - offset : -1, start, end);
  const agentBefore = beforeIdx >= 0 && !unowned ? groupOf(text, offset, parties, beforeIdx) : null;
  // "fired missiles at Saudi cities": fire aimed at a country's places is aimed at the country.
  const aimedAt =
    !object && cue.type.quadClass === "material-conflict"
      ? mentions.find((m) => m.placeByNoun && clauseOf(m.start - offset) === clauseIndex && m.start - offset >= end && AIMED_AT.test(`${text.slice(Math.max(start, end - 8), end)}${text.slice(end, m.start - offset)}`))
      : undefined;
  // "was killed", "were targeted", "a smuggler accused of": a passive names its target before it and
  // its agent only after 'by'; without one it has no agent, and the actor before is not it.
  const bePassive = isPassiveParticiple(text, start, end);
  if (bePassive && !passive) return [];
  if (cue.agent === "after" || passive) {
    // The target of a passive is its subject, right before it ("Hezbollah is backed by Iran"), not an
    // actor further back ("Britain said intelligence indicated it had been shot down by Iran").
    const participle = PARTICIPLE.test(cueHead(text, start, end));
    const subject = agentBefore && (cue.agent === "after" || !participle || distance(parties[agentBefore.last]!.end - offset, start) <= MAX_WORDS_TO_PASSIVE);
    return after && agentBefore && subject ? cross(after.ids, agentBefore.ids, false) : [];
  }
  // "Iran's mission said …, but warned that Israel …": a clause without a subject of its own, after
  // a break, has the sentence's.
  const carried =
    !agentBefore && layout.subject && clauseIndex !== 0 && !layout.antecedents.has(clauseIndex) && SUBJECTLESS.test(text.slice(layout.spanStart(start), start))
      ? [layout.subject.actorId]
      : null;
  const agents = agentBefore?.ids ?? carried;
  const targets = object?.ids ?? (aimedAt ? [aimedAt.actorId] : null);
  return agents && targets ? cross(agents, targets, false) : [];
}

/** Between a pronoun and the cue it is the subject of: auxiliaries and adverbs ("He has repeatedly accused"). */
const GOVERNED = /^\s+(?:(?:has|have|had|is|was|were|are|will|also|later|then|again|once|repeatedly|previously|reportedly|publicly|openly|already|long|since|first|twice|earlier|himself|herself)\s+){0,3}$/i;
/** A speaker pronoun and a participle after its verb: "…, he wrote on Twitter, accusing Iran". */
const SPEAKER_PARTICIPLE = /^\s+(?:said|says|wrote|writes|told|added|adds|tweeted|posted)(?:\s+[^\s,.;:]+){0,5},\s+$/i;

/**
 * Is a pronoun ending at `pronounEnd` the subject of the cue at `start`? Only when it governs the cue
 * directly: "He accused", "She has repeatedly urged", "…, he wrote, accusing"; never in what he said
 * ("He said the deal supports Iran" has the deal for subject, not him).
 */
function isSubjectOfCue(text: string, pronounEnd: number, start: number, end: number): boolean {
  if (pronounEnd > start) return false;
  const between = text.slice(pronounEnd, start);
  return GOVERNED.test(between) || (/ing$/i.test(cueHead(text, start, end)) && SPEAKER_PARTICIPLE.test(between));
}

/** "… and hosted", "… and later accused": a verb coordinated with an earlier one of its clause. */
const AND_BEFORE = /(?:^|\s)and\s+(?:(?:also|later|then|has|had|have|subsequently|again)\s+)?$/i;

/** A verb in the past, as news tells what was done ("… and hosted"); "… and reconciliations" is a noun. */
const PAST_VERB = /^(?:[a-z]+ed|met|sent|struck|fought|led|hit|cut|held|broke|shot|stood|spoke|sat|flew|gave|took)$/i;

function isCoordinatedVerb(text: string, clauseStart: number, start: number, end: number): boolean {
  return PAST_VERB.test(cueHead(text, start, end)) && AND_BEFORE.test(text.slice(Math.max(clauseStart, start - 40), start));
}

/** Between a name and a compound in its apposition: ", an umbrella of mostly " (Iran-aligned groups). */
const APPOSITION_OF = /^(?:['’]s?)?,\s+(?:an?|the)\s+(?:[^\s,]+\s+){0,3}?(?:(?:mostly|mainly|largely|predominantly)\s+)?$/i;

/** After a conflict cue, how fire is aimed at a place: "at Saudi cities", "into Israeli territory". */
const AIMED_AT = /(?:^|\s)(?:at|on|into|against|upon)\s+(?:(?:the|its|their)\s+)?$/i;
/** An article, up to three words before a noun. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the|this|that|these|those|such|another|every)\s+(?:[^\s]+\s+){0,3}$/i;
/** Verbs of doing (and 'in', as in "killed in an air strike") that give a conflict noun their subject as its agent. */
const DOING_BEFORE =
  /(?:^|\s)(?:launch|launches|launched|launching|carry out|carries out|carried out|carrying out|conduct|conducts|conducted|conducting|stage|stages|staged|mount|mounts|mounted|wage|wages|waged|waging|claim|claims|claimed|claiming|begin|began|begun|start|started|make|made|unleash|unleashed|order|ordered|ordering|lead|led|continue|continued|continues|intensified|resumed|in|with)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * Is the conflict cue a noun after an article whose agent is not named before it: not qualified by an
 * actor ("the Iranian attack") and not the object of a verb of doing ("Israel carried out a strike")?
 */
function isUnownedNoun(text: string, agentEnd: number, start: number, end: number): boolean {
  const first = cueHead(text, start, end);
  if (/(?:ed|ing)$/i.test(first)) return false;
  const lead = text.slice(Math.max(0, start - 50), start);
  const article = ARTICLE_BEFORE.exec(lead);
  if (!article) return false;
  const articleAt = start - lead.length + article.index;
  if (agentEnd > articleAt) return false;
  return !DOING_BEFORE.test(text.slice(Math.max(0, articleAt - 40), articleAt + 1));
}

/** A form of 'be' (with an adverb) before a participle, or a participle before 'of' ("accused of"). */
const BE_BEFORE = /(?:^|\s)(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:[a-z]+ly\s+)?$/i;
const PARTICIPLE = /^(?:[a-z]+(?:ed|wn|en)|struck|shot|hit|fought|sent|held|cut|led|hurt|built)$/i;

/** Is the cue at `start` a passive participle ("was killed", "were backed", "accused of")? */
function isPassiveParticiple(text: string, start: number, end: number): boolean {
  const first = cueHead(text, start, end);
  if (!PARTICIPLE.test(first)) return false;
  return BE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || (/ed$/i.test(first) && first.length === end - start && /^\s+of\s/i.test(text.slice(end, end + 4)));
}

/** The last preposition before a party makes it the topic of a mutual act, not its partner ("talks on Syria"). */
const TOPIC_BEFORE = /(?:^|\s)(?:on|about|over|regarding|concerning|against)\s+(?:(?!(?:to|with|between|and)\s)[^\s]+\s+){0,3}$/i;
/** A verb's inflected form ("visited", "restores"), as the first word of a cue. */
const VERB_FORM = /^[a-z]+(?:ed|[^s]s)$/i;
/** "Amir Hatami with his Syrian counterpart", "Iran and Syria": two parties joined as partners. */
const PARTNER_JOIN = /^(?:['’]s?)?\s+(?:with|and)\s+(?:(?:the|his|her|its|their)\s+)?$/i;
/** Between a glued compound and its target: up to three words, none a preposition, an auxiliary or a past tense. */
const GLUED_TARGET_GAP =
  /^(?:\s+(?!(?:against|on|in|at|to|for|with|from|by|into|onto|toward|towards|and|or|will|would|has|have|had|is|are|was|were)\s)(?![^\s]+ed\s)[^\s,;]+){0,3}\s+$/i;
/** How a qualified conflict noun reaches its target: a preposition of aim, or one word (a verb: "strikes hit"). */
const NOMINAL_TARGET = /^\s+(?:(?:on|against|at|upon|targeting|toward|towards|of|into)\s|(?!(?:to|in|for|from|with|by|near)\s)[^\s]+\s+(?:the\s+)?$)/i;
/** An article or possessive before a qualified noun: "the Iranian attack", "its first direct military attack". */
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|its|their|his|her|this|that|any|every|no)\s+(?:[^\s]+\s+){0,3}$/i;

/**
 * Is the cue a noun qualified by the agent just before it ("the Iranian attack", "a U.S. drone
 * strike")? The agent stands at most two words before it, after an article, and the cue is no verb.
 */
function isQualifiedNoun(text: string, agentEnd: number, start: number, end: number): boolean {
  const first = cueHead(text, start, end);
  if (/(?:ed|ing)$/i.test(first) || wordsBetween(text, agentEnd, start) > 2 || /[,;]/.test(text.slice(agentEnd, start))) return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, agentEnd - 60), agentEnd).replace(/\S+$/, ""));
}

/** The first word of a cue as the sentence writes it ("visited" of "visited ~ in"). */
function cueHead(text: string, start: number, end: number): string {
  return /^[A-Za-z]+/.exec(text.slice(start, end))?.[0] ?? "";
}

/** Is the party inside the cue's own words ("visited Tehran in")? */
function isInsideCue(p: SentenceMention, offset: number, start: number, end: number): boolean {
  return p.start - offset > start && p.end - offset < end;
}

/**
 * A party between two commas, with another party before it in its clause, is an insertion ("Saudi
 * Arabia and Iran agreed in March, in a deal brokered by China, to restore relations"): not the
 * subject of what follows.
 */
function isInInsertion(text: string, offset: number, parties: SentenceMention[], index: number, cueStart: number): boolean {
  if (index === 0) return false;
  const p = parties[index]!;
  const prev = parties[index - 1]!;
  return /,/.test(text.slice(p.end - offset, cueStart)) && /,/.test(text.slice(prev.end - offset, p.start - offset)) && !COORDINATION.test(text.slice(prev.end - offset, p.start - offset));
}

/** The group of parties ending before `start` (the subject of a mutual act with what its cue names). */
function outsideBefore(layout: Layout, parties: SentenceMention[], start: number, clause: number): { ids: string[] } | null {
  const i = findLastIndex(parties, (p, j) => p.end - layout.offset <= start && layout.words(p.end - layout.offset, start, clause) <= MAX_WORDS_BEFORE && !isInInsertion(layout.text, layout.offset, parties, j, start));
  return i >= 0 ? groupOf(layout.text, layout.offset, parties, i) : null;
}

/** A party inside an appositive (", a key ally of the Assad regime,") is not the agent of what follows. */
function isInAppositive(text: string, start: number, end: number, cueStart: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  return /,\s+(?:a|an|the)\s+[^,]*$/i.test(lead) && /^[^,]*,/.test(text.slice(end, cueStart));
}

function findLastIndex<T>(list: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!, i)) return i;
  return -1;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** One reading per pair and type in a sentence: the first cue wins. */
export function dedupe(readings: Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = `${pairKey(r.agent, r.target)}|${r.typeId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function unrelatedPairs(mentions: SentenceMention[], readings: Reading[]): [string, string][] {
  const related = new Set(readings.map((r) => pairKey(r.agent, r.target)));
  const ids = [...new Set(mentions.map((m) => m.actorId))].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (!related.has(pairKey(ids[i]!, ids[j]!))) pairs.push([ids[i]!, ids[j]!]);
    }
  }
  return pairs;
}

/** Which way a reading points along a tie from `source` to `target`. */
export function directionOf(reading: Reading, source: string): EvidenceDirection {
  if (reading.mutual) return "mutual";
  return reading.agent === source ? "source-to-target" : "target-to-source";
}
