/**
 * Stage 3 and 4 of reading: clauses and predicate frames. For each predicate of a sentence (a verb
 * group, a relational noun such as "ally", "strikes" or "talks", or a participle glued to a name as in
 * "Tehran-backed") this stage finds who fills its roles: the subject (through coordination,
 * apposition, relative clauses, coordinated verbs, infinitives and fronted participles), the object,
 * the agent of a passive ("by"), and the obliques by preposition ("against", "with", "on behalf of",
 * "including"). A relational noun also takes its possessor ("Syria's ally"), its modifiers ("Iranian
 * and Russian allies"), and the noun group it describes ("Turkey, the main backer of …", "Iran is
 * Syria's closest ally", "carried out strikes": the light verb's subject).
 *
 * Nothing here knows relation types: the frame lexicon (data/frames.yaml) reads the frames.
 */
import type { ActorRef, Chunk, NounGroup, VerbGroup, Word } from "./chunks";
import { isDemonym, type Token } from "./tokens";

/** An actor filling a role; `place` when it is named only as where something is ("Syrian territory"). */
export interface Party {
  actorId: string;
  start: number;
  end: number;
  anaphor: boolean;
  place: boolean;
}

export type Slot = "subject" | "object" | "by" | "owner" | "possessor" | "modifier" | "glued" | "denoted" | `prep:${string}`;

export interface Frame {
  kind: "verb" | "noun" | "glued";
  lemma: string;
  /** The predicate's words, at sentence offsets (the verb and its particle, the noun, the participle). */
  start: number;
  end: number;
  /** Lemmas of the words before a noun predicate in its group ("gas supply" agreement). */
  modifiers: string[];
  particle: string | null;
  slots: Map<Slot, Party[]>;
  passive: boolean;
  negated: boolean;
  /** Not an asserted act: a modal, a condition, a question, an intent, or a call on others to act. */
  irrealis: string | null;
  /** A verb whose object is itself a relational noun ("carried out strikes", "signed a deal"). */
  lightObject: NounGroup | null;
  /** The head noun of a verb's object ("backed Tehran's demand" → demand). */
  objectHead: Token | null;
  /** Its subject is a pronoun nothing resolved: the agent is unclear, so no relation is read, and no pattern guesses one. */
  unclearAgent: boolean;
}

export interface FrameOptions {
  /** Is this lemma a relational noun of the frame lexicon? */
  isRelationalNoun(lemma: string): boolean;
}

/** What earlier sentences of the article said that a sentence may refer back to. */
export interface Discourse {
  /** Who waged the last act of war of each kind the article reported (by verb lemma): what "the strikes", "the killing" refer to. */
  acts: Map<string, string[]>;
}

/** The verb an act-of-war noun names ("killing" → kill), to find the act it refers back to. */
export function actLemma(lemma: string): string {
  return ({ airstrike: "strike", killing: "kill", assassination: "assassinate", bombing: "bomb", shelling: "shell", invasion: "invade", bombardment: "bombard", incursion: "invade", raid: "raid" } as Record<string, string>)[lemma] ?? lemma;
}

/** Nouns naming where something is, not who: an actor modifying them is a place ("Syrian territory"). */
const PLACE_NOUNS = new Set(["territory", "soil", "airspace", "capital", "border", "coast", "coastline", "land", "province", "city", "village", "countryside", "desert", "water", "port", "town", "region", "area", "side"]);
/** Nouns naming an act of war: it stands for who wages it, and "the strikes" may refer back to one. */
export const ACTS_OF_WAR = new Set(["strike", "airstrike", "attack", "raid", "bombing", "offensive", "assault", "operation", "campaign", "bombardment", "shelling", "incursion", "invasion", "killing", "assassination"]);
const DEFINITE = new Set(["the", "these", "those", "this", "that"]);
/** "Houthi-controlled areas", "rebel-held towns": the glued name holds the place. */
const HOLDING = new Set(["control", "hold", "held", "controlled", "occupy", "run"]);
/** Verbs that make the infinitive after them an intent, a wish or an attempt, not yet an act. */
const INTENT_VERBS = new Set(["plan", "seek", "hope", "want", "aim", "intend", "try", "attempt", "wish", "consider", "prepare", "threaten", "offer", "propose"]);
/** Verbs that make the infinitive after their object a call on that object, not an act of it. */
const CALL_VERBS = new Set(["urge", "call", "ask", "press", "pressure", "push", "demand", "encourage", "persuade", "invite", "tell", "want", "allow", "force", "compel", "request", "propose", "suggest"]);
/** Verbs that deny what follows them ("denied arming the Houthis", "refused to back"). */
const DENYING_VERBS = new Set(["deny", "refuse", "fail", "decline", "stop", "halt", "cease", "suspend"]);
const CONDITIONALS = new Set(["if", "unless", "whether"]);

export function buildFrames(text: string, tokens: readonly Token[], chunks: readonly Chunk[], options: FrameOptions, discourse: Discourse = { acts: new Map() }): Frame[] {
  const frames: Frame[] = [];
  const question = /\?\s*["”’']?\s*$/.test(text);
  const ctx: Ctx = { text, tokens, chunks, options, subjects: new Map(), unresolved: new Set(), discourse };
  for (let c = 0; c < chunks.length; c++) {
    const ch = chunks[c]!;
    if (ch.kind === "VG") {
      const f = verbFrame(ctx, c, ch);
      if (f) frames.push(f);
    } else if (ch.kind === "NG") {
      if (ch.glued) frames.push(gluedFrame(ctx, c, ch));
      if (options.isRelationalNoun(ch.head.lemma) && !ch.head.glued) frames.push(nounFrame(ctx, c, ch));
      else {
        // "a rapprochement attitude with Saddam's regime": a relational noun modifying the head is the predicate
        const inner = tokens.slice(ch.from, tokens.indexOf(ch.head)).find((t) => t.pos === "NOUN" && options.isRelationalNoun(t.lemma));
        if (inner) frames.push(nounFrame(ctx, c, ch, inner));
      }
    }
  }
  if (question) for (const f of frames) f.irrealis ??= "question";
  return frames;
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  chunks: readonly Chunk[];
  options: FrameOptions;
  /** The subject found for each verb group, by chunk index (coordinated verbs share it). */
  subjects: Map<number, Party[]>;
  /** Verb groups whose subject is a pronoun nothing resolved ("so he adopted …"): no one can be its agent. */
  unresolved: Set<number>;
  discourse: Discourse;
}

const isWord = (ch: Chunk | undefined, kind: Word["kind"], ...words: string[]): boolean =>
  !!ch && ch.kind === kind && (words.length === 0 || words.includes((ch as Word).token.lower));

// ───────────────────────────── noun groups and their lists ─────────────────────────────

function party(ref: ActorRef, place = false): Party {
  return { actorId: ref.actorId, start: ref.mention.start, end: ref.mention.end, anaphor: ref.mention.anaphor, place };
}

/** The actors a noun group stands for ("the Syrian army" → Syria; "Syria's allies" → none). */
function referents(ctx: Ctx, ng: NounGroup): Party[] {
  const heads = ng.actors.filter((a) => a.role === "head");
  if (heads.length) return heads.map((a) => party(a));
  // "the U.S. drone strike killed …", "condemned the Israeli strikes": an act of war stands for who wages it
  if (ACTS_OF_WAR.has(ng.head.lemma)) {
    const named = ng.actors.filter((a) => a.role === "modifier" || a.role === "possessor").map((a) => party(a));
    // "Iran condemned the strikes": a definite act no one is named for is the last one reported
    if (!named.length && DEFINITE.has(ctx.tokens[ng.from]!.lower)) {
      return (ctx.discourse.acts.get(actLemma(ng.head.lemma)) ?? []).map((actorId) => ({ actorId, start: ng.head.start, end: ng.head.end, anaphor: true, place: false }));
    }
    return named;
  }
  if (ctx.options.isRelationalNoun(ng.head.lemma)) return [];
  const place = PLACE_NOUNS.has(ng.head.lemma);
  if (ng.glued && HOLDING.has(ng.glued.lemma)) return ng.actors.filter((a) => a.role === "glued").map((a) => party(a, true));
  const led = ng.glued?.lemma === "lead" ? ng.actors.filter((a) => a.role === "glued") : [];
  return [...led, ...ng.actors.filter((a) => a.role === "modifier" || a.role === "possessor")].map((a) => party(a, place));
}

/** A group that names no actor and is not relational: "of" after it says who it stands for ("the leaders of Russia and Iran"). */
function transparent(ctx: Ctx, ng: NounGroup): boolean {
  return ng.actors.length === 0 && !ng.pronoun && !ctx.options.isRelationalNoun(ng.head.lemma);
}

interface NounList {
  groups: NounGroup[];
  /** Chunk indices of the first and one past the last chunk of the list. */
  from: number;
  to: number;
  parties: Party[];
}

/** The coordinated noun groups starting at chunk `c` ("Russia, Iran and Turkey"), with an "of" complement. */
function listFrom(ctx: Ctx, c: number): NounList | null {
  const { chunks } = ctx;
  const first = chunks[c];
  if (!first || first.kind !== "NG") return null;
  const groups: NounGroup[] = [first];
  let end = c + 1;
  let k = c + 1;
  for (;;) {
    let j = k;
    const comma = isWord(chunks[j], "PUNCT", ",");
    if (comma) j++;
    const conj = isWord(chunks[j], "C", "and", "or", "&");
    if (conj) j++;
    const next = chunks[j];
    if (!next || next.kind !== "NG" || (!comma && !conj)) break;
    // "A, B" is a list only when it closes with "and"/"or" ("In Syria, Iran backed …" is not).
    if (comma && !conj && !closesWithConjunction(chunks, j)) break;
    // "condemned the incursion, and Germany and France said …": a new clause's subject, not the list
    if (comma && conj && opensClause(ctx, j)) break;
    groups.push(next);
    end = j + 1;
    k = j + 1;
  }
  let parties = groups.flatMap((g) => referents(ctx, g));
  distributeHead(ctx, groups, parties);
  // "the leaders of Russia, Iran and Turkey"
  if (groups.length === 1 && transparent(ctx, first) && isWord(chunks[end], "P", "of")) {
    const inner = listFrom(ctx, end + 1);
    if (inner) {
      parties = inner.parties;
      end = inner.to;
    }
  }
  return { groups, from: c, to: end, parties };
}

/** Does the noun list starting at chunk `j` stand before a finite verb (a new clause's subject)? */
function opensClause(ctx: Ctx, j: number): boolean {
  let k = j;
  while (ctx.chunks[k]?.kind === "NG" || isWord(ctx.chunks[k], "C", "and", "or") || isWord(ctx.chunks[k], "PUNCT", ",")) k++;
  const v = ctx.chunks[k];
  return v?.kind === "VG" && !v.participle && !v.infinitive && !isBareGerund(v);
}

function closesWithConjunction(chunks: readonly Chunk[], j: number): boolean {
  for (let k = j + 1; k < chunks.length; k++) {
    const ch = chunks[k]!;
    if (ch.kind === "C") return true;
    if (ch.kind === "NG" || isWord(ch, "PUNCT", ",")) continue;
    return false;
  }
  return false;
}

/**
 * "Iranian and Russian allies", "Iranian and Hezbollah positions": a demonym alone before "and" shares
 * the head noun of the list's last group, so it is a modifier of that noun, not a party by itself.
 */
function distributeHead(ctx: Ctx, groups: NounGroup[], parties: Party[]): void {
  const last = groups[groups.length - 1]!;
  if (groups.length < 2 || last.actors.some((a) => a.role === "head")) return;
  const relational = ctx.options.isRelationalNoun(last.head.lemma);
  for (const g of groups.slice(0, -1)) {
    if (!isDemonymOnly(g)) continue;
    g.actors[0]!.role = "modifier";
    if (relational) {
      const id = g.actors[0]!.actorId;
      const at = parties.findIndex((p) => p.actorId === id);
      if (at >= 0) parties.splice(at, 1);
      // the noun frame of the last group takes it as a modifier
      last.actors.unshift(g.actors[0]!);
    }
  }
}

/** A group that is only a demonym ("Iranian", "his Iranian"), before "and" and the noun it shares. */
function isDemonymOnly(g: NounGroup): boolean {
  return g.actors.length === 1 && g.actors[0]!.role === "head" && g.head.pos !== "NOUN" && isDemonym(g.head.text) && g.to - g.from <= 2;
}

/** The list that ends at chunk `c` (walking left): "Tehran and Moscow" before "have helped". */
function listEndingAt(ctx: Ctx, c: number): NounList | null {
  const { chunks } = ctx;
  if (chunks[c]?.kind !== "NG") return null;
  let start = c;
  let seenConj = false;
  for (;;) {
    let j = start - 1;
    const conj = isWord(chunks[j], "C", "and", "or", "&");
    if (conj) j--;
    const comma = isWord(chunks[j], "PUNCT", ",");
    if (comma) j--;
    if (chunks[j]?.kind !== "NG" || (!conj && !comma)) break;
    if (!conj && !seenConj) break;
    seenConj ||= conj;
    start = j;
  }
  // "the leaders of Russia, Iran and Turkey": the list is the complement of a transparent head.
  if (isWord(chunks[start - 1], "P", "of") && chunks[start - 2]?.kind === "NG" && transparent(ctx, chunks[start - 2] as NounGroup)) {
    const whole = listFrom(ctx, start - 2);
    if (whole && whole.to > c) return whole;
  }
  const list = listFrom(ctx, start);
  return list && list.to >= c + 1 ? list : null;
}

/** The prepositional phrases after chunk `c` (the end of a group): "against Iranian targets in Syria". */
function obliquesAfter(ctx: Ctx, c: number): { slots: Map<Slot, Party[]>; to: number } {
  const { chunks } = ctx;
  const slots = new Map<Slot, Party[]>();
  let k = c;
  for (;;) {
    const ch = chunks[k];
    if (!ch) break;
    let prep: string | null = null;
    let at = k + 1;
    if (ch.kind === "P") {
      prep = ch.token.lower;
      // two-word prepositions: "along with", "on behalf of" (below), "such as"
      if ((prep === "along" || prep === "together" || prep === "alongside") && isWord(chunks[at], "P", "with")) {
        prep = "along-with";
        at++;
      }
    } else if (ch.kind === "VG" && /^(?:including|targeting|against|involving)$/.test(ch.head.lower) && ch.from === ch.to - 1) prep = ch.head.lower;
    else if (ch.kind === "OTHER" && ch.token.lower === "such" && isWord(chunks[at], "P", "as")) {
      prep = "including";
      at++;
    } else if (isWord(ch, "PUNCT", ",", "—", "–") && (chunks[k + 1]?.kind === "P" || (chunks[k + 1]?.kind === "VG" && (chunks[k + 1] as VerbGroup).head.lower === "including"))) {
      k++;
      continue;
    }
    if (!prep) break;
    const list = listFrom(ctx, at);
    if (!list) break;
    let slot: Slot = `prep:${prep}`;
    let parties = list.parties;
    const first = list.groups[0]!;
    // "on Assad's behalf", "on behalf of Assad"
    if (prep === "on" && first.head.lemma === "behalf") {
      slot = "prep:behalf";
      parties = first.actors.filter((a) => a.role === "possessor").map((a) => party(a));
      if (!parties.length && isWord(chunks[list.to], "P", "of")) {
        const inner = listFrom(ctx, list.to + 1);
        if (inner) {
          parties = inner.parties;
          list.to = inner.to;
        }
      }
    }
    if (prep === "like" || prep === "such") slot = "prep:including";
    // "on (more than) 60 targets in Houthi-controlled areas": the holder of the area is hit
    if (!parties.length) {
      let n = list.to;
      if (isWord(chunks[n], "P", "than") && chunks[n + 1]?.kind === "NG") n = listFrom(ctx, n + 1)?.to ?? n;
      if (isWord(chunks[n], "P", "in", "of", "across") && chunks[n + 1]?.kind === "NG") {
        const held = listFrom(ctx, n + 1);
        if (held && held.groups.every((g) => g.glued && HOLDING.has(g.glued.lemma))) {
          parties = held.parties;
          list.to = held.to;
        }
      }
    }
    slots.set(slot, [...(slots.get(slot) ?? []), ...parties]);
    k = list.to;
  }
  return { slots, to: k };
}

// ───────────────────────────── verbs ─────────────────────────────

function verbFrame(ctx: Ctx, c: number, vg: VerbGroup): Frame | null {
  const { chunks } = ctx;
  const slots = new Map<Slot, Party[]>();
  let negated = vg.negated;
  let irrealis: string | null = vg.modal && vg.modal !== "can" && vg.modal !== "must" && !reportedDecision(ctx, c, vg) ? `modal '${vg.modal}'` : null;

  // Subject, or for a passive the patient.
  let subject = vg.infinitive ? null : subjectOf(ctx, c);
  if (vg.infinitive) {
    const gov = governing(ctx, c);
    if (gov) {
      if (CALL_VERBS.has(gov.verb.lemma) && gov.object) irrealis ??= `a call by others ('${gov.verb.head.text}')`;
      else if (INTENT_VERBS.has(gov.verb.lemma)) irrealis ??= `an intent ('${gov.verb.head.text}')`;
      if (DENYING_VERBS.has(gov.verb.lemma) || gov.verb.negated) negated = true;
      subject = gov.object ?? ctx.subjects.get(gov.index) ?? subjectOf(ctx, gov.index);
    }
  } else if (chunks[c - 1]?.kind === "VG" && !(chunks[c - 1] as VerbGroup).infinitive) {
    // "denied supplying drones", "helped rebuild": the verb before governs this one
    const gov = chunks[c - 1] as VerbGroup;
    subject = ctx.subjects.get(c - 1) ?? subjectOf(ctx, c - 1);
    if (DENYING_VERBS.has(gov.lemma) || gov.negated) negated = true;
    if (INTENT_VERBS.has(gov.lemma)) irrealis ??= `an intent ('${gov.head.text}')`;
  } else if (isBareGerund(vg)) {
    const gerund = gerundSubject(ctx, c);
    if (gerund) {
      subject = gerund.subject;
      if (gerund.denied) negated = true;
    }
  }
  if (subject) ctx.subjects.set(c, subject);
  if (conditional(ctx, c)) irrealis ??= "a condition";

  // Object and obliques.
  let k = c + 1;
  let object: NounList | null = null;
  let lightObject: NounGroup | null = null;
  while (chunks[k]?.kind === "ADV" && chunks[k + 1]?.kind === "NG") k++;
  if (chunks[k]?.kind === "NG") {
    object = listFrom(ctx, k);
    if (object) {
      k = object.to;
      const g = object.groups[0]!;
      if (ctx.options.isRelationalNoun(g.head.lemma) && !g.actors.some((a) => a.role === "head")) {
        lightObject = g;
        // "condemned the Israeli strikes", "praised the Hamas attack": an act stands for the actor behind it
        if (!object.parties.length) object.parties = g.actors.filter((a) => a.role === "possessor" || a.role === "modifier").map((a) => party(a));
      }
    }
  }
  // "the militias Iran backs": a relative clause without its pronoun; the group before the subject is the object
  if (!object && !vg.passive && !vg.infinitive && chunks[c - 1]?.kind === "NG") {
    const subjectList = listEndingAt(ctx, c - 1);
    const before = subjectList ? chunks[subjectList.from - 1] : undefined;
    if (before?.kind === "NG" && subjectList!.parties.length) object = { groups: [before], from: subjectList!.from - 1, to: subjectList!.from, parties: referents(ctx, before) };
  }
  const { slots: obliques } = obliquesAfter(ctx, k);
  // "Armed and funded by Tehran, …": a participle coordinated with the next shares its "by".
  if (vg.participle && !obliques.has("prep:by") && isWord(chunks[c + 1], "C", "and") && chunks[c + 2]?.kind === "VG" && (chunks[c + 2] as VerbGroup).participle) {
    const by = obliquesAfter(ctx, c + 3).slots.get("prep:by");
    if (by) obliques.set("prep:by", by);
  }

  // "killed in a joint Israeli-American operation", "was hit in an Israeli strike": the act's agents
  if ((vg.passive || vg.participle) && !obliques.has("prep:by")) {
    const act = actIn(ctx, k);
    if (act.length) obliques.set("prep:by", act);
  }
  if (vg.passive || (vg.participle && obliques.has("prep:by"))) {
    const by = obliques.get("prep:by") ?? [];
    obliques.delete("prep:by");
    slots.set("by", by);
    if (vg.participle) {
      const patient = participleHost(ctx, c);
      if (patient) slots.set("subject", patient);
    } else if (subject) slots.set("subject", subject);
    if (object) slots.set("object", object.parties);
  } else {
    if (subject) slots.set("subject", subject);
    if (object) slots.set("object", object.parties);
  }
  for (const [s, p] of obliques) slots.set(s, p);
  const end = vg.particle ? ctx.tokens[vg.to - 1]!.end : vg.head.end;
  return {
    kind: "verb",
    lemma: vg.lemma,
    start: vg.head.start,
    end,
    modifiers: [],
    particle: vg.particle,
    slots,
    passive: vg.passive || (vg.participle && slots.has("by")),
    negated,
    irrealis,
    lightObject,
    objectHead: object?.groups[0]?.head ?? null,
    unclearAgent: ctx.unresolved.has(c),
  };
}

/**
 * Who does what a bare gerund says:
 * - after a verb: its subject ("denied arming the Houthis", with the denial);
 * - after "for" or "of" and a verb's object: that object ("thanked Iran for providing", "accused Washington of abandoning");
 * - after a verb's object: the verb's subject ("has spent billions propping up Assad").
 */
function gerundSubject(ctx: Ctx, c: number): { subject: Party[] | null; denied: boolean } | null {
  const { chunks } = ctx;
  const prev = chunks[c - 1];
  if (prev?.kind === "VG") return { subject: ctx.subjects.get(c - 1) ?? subjectOf(ctx, c - 1), denied: DENYING_VERBS.has(prev.lemma) || prev.negated };
  if (isWord(prev, "P", "for", "of") && chunks[c - 2]?.kind === "NG") {
    const list = listEndingAt(ctx, c - 2);
    const g = list ? list.from - 1 : -1;
    const gov = chunks[g];
    if (!list || gov?.kind !== "VG") return null;
    // "floated the idea of helping Assad": an object that names no actor leaves the verb's subject
    return { subject: list.parties.length ? list.parties : (ctx.subjects.get(g) ?? subjectOf(ctx, g)), denied: false };
  }
  if (prev?.kind === "NG") {
    const list = listEndingAt(ctx, c - 1);
    let g = list ? list.from - 1 : -1;
    if (isWord(chunks[g], "P", "of") && chunks[g - 1]?.kind === "NG") g = (listEndingAt(ctx, g - 1)?.from ?? g) - 1;
    const gov = chunks[g];
    if (gov?.kind === "VG" && !gov.infinitive) return { subject: ctx.subjects.get(g) ?? subjectOf(ctx, g), denied: false };
  }
  return null;
}

/** Verbs that report a decision or a promise: 'would' after them is the decision's future, no hypothesis. */
const REPORTING_VERBS = new Set(["say", "announce", "agree", "pledge", "promise", "vow", "decide", "confirm", "declare", "state", "add", "insist", "tell"]);

/** "Riyadh said (that) it would restore relations": a reported decision, not a hypothesis. */
function reportedDecision(ctx: Ctx, c: number, vg: VerbGroup): boolean {
  if (vg.modal !== "would") return false;
  for (let k = c - 1; k >= 0 && k >= c - 6; k--) {
    const ch = ctx.chunks[k]!;
    if (ch.kind === "VG") return REPORTING_VERBS.has(ch.lemma);
    if (ch.kind === "S" && !isWord(ch, "S", "that")) return false;
  }
  return false;
}

/** The agents of an act of war named in an "in" phrase from chunk `k` on ("in a joint Israeli-American operation"). */
function actIn(ctx: Ctx, k: number): Party[] {
  const { chunks } = ctx;
  for (let j = k; j < chunks.length && j < k + 6; j++) {
    const ch = chunks[j]!;
    if (ch.kind === "VG" || ch.kind === "S") break;
    if (isWord(ch, "P", "in") && chunks[j + 1]?.kind === "NG") {
      const g = chunks[j + 1] as NounGroup;
      if (ACTS_OF_WAR.has(g.head.lemma)) return g.actors.filter((a) => a.role === "modifier" || a.role === "possessor").map((a) => party(a));
    }
  }
  return [];
}

/** The first subject naming an actor in the sentence before chunk `c`. */
function earlierSubject(ctx: Ctx, c: number): Party[] | null {
  for (let k = 0; k < c; k++) {
    const found = ctx.subjects.get(k);
    if (found?.length) return found;
  }
  return null;
}

/** The subject of the reporting verb whose clause opens at chunk `c` ("Riyadh said on Tuesday that it …"). */
function reporterOf(ctx: Ctx, c: number): Party[] | null {
  for (let k = c - 1; k >= 0 && k >= c - 5; k--) {
    const ch = ctx.chunks[k]!;
    if (ch.kind === "VG") return REPORTING_VERBS.has(ch.lemma) ? (ctx.subjects.get(k) ?? subjectOf(ctx, k)) : null;
    if (ch.kind === "S" && !isWord(ch, "S", "that")) return null;
  }
  return null;
}

/** The subject of a finite verb group at chunk `c`. */
function subjectOf(ctx: Ctx, c: number): Party[] | null {
  const { chunks } = ctx;
  let j = c - 1;
  while (chunks[j]?.kind === "ADV") j--;
  // "…, which backs Hezbollah": the relative pronoun stands for the group before it.
  if (isWord(chunks[j], "S", "which", "who", "that") && (chunks[j - 1]?.kind === "NG" || isWord(chunks[j - 1], "PUNCT", ","))) {
    let a = j - 1;
    if (isWord(chunks[a], "PUNCT", ",")) a--;
    let list = listEndingAt(ctx, a);
    // "the U.S. drone strike in Baghdad that killed …": past where it happened, to what did it
    while (list && isWord(chunks[list.from - 1], "P", "in", "at", "near", "on") && chunks[list.from - 2]?.kind === "NG") list = listEndingAt(ctx, list.from - 2);
    return list ? list.parties : null;
  }
  // "Israel struck … and hit …", "he adopted …, reconciled with …": a verb after "and" or a comma shares
  // the subject of the verb before it.
  const seriesComma = isWord(chunks[j], "PUNCT", ",") && !isWord(chunks[j - 1], "C") && chunks[j - 1]?.kind !== "S";
  if (isWord(chunks[j], "C", "and", "or", "but") || (isWord(chunks[j], "PUNCT", ",") && isWord(chunks[j - 1], "C")) || (seriesComma && isFiniteVerbSeries(ctx, j))) {
    // the nearest finite verb before it whose subject names an actor ("Moscow has said the drone was …,
    // and has called on …" → Moscow), skipping gerunds and infinitives
    let fallback: Party[] | null = null;
    for (let p = j - 1; p >= 0; p--) {
      const ch = chunks[p]!;
      if (ch.kind === "S") break;
      if (ch.kind !== "VG" || ch.infinitive || isBareGerund(ch)) continue;
      const subject = ctx.subjects.get(p) ?? subjectOf(ctx, p);
      if (ctx.unresolved.has(p)) ctx.unresolved.add(c);
      if (subject?.length) return subject;
      fallback ??= subject;
      if (ctx.unresolved.has(p)) return null;
    }
    return fallback;
  }
  // Skip back over prepositional phrases and insertions: "Iran on Monday accused …", "The militia in Syria attacked".
  for (;;) {
    if (chunks[j]?.kind === "NG") {
      // an apposition or insertion between commas: "Turkey, the main backer of the rebels, said"
      const list = listEndingAt(ctx, j);
      if (!list) return null;
      // "he" or "they" that no earlier sentence resolved: the reporter's subject when it reports
      // ("Riyadh said that it would restore …"), else unknown, not actorless
      if (list.groups.length === 1 && list.groups[0]!.pronoun && !list.parties.length) {
        // …, else the subject of an earlier clause of the sentence ("Hafez al-Assad sought …, so he adopted …")
        const reporter = reporterOf(ctx, list.from) ?? earlierSubject(ctx, list.from);
        if (!reporter) ctx.unresolved.add(c);
        return reporter;
      }
      const before = chunks[list.from - 1];
      if (before?.kind === "P" && !isWord(before, "P", "of")) {
        j = list.from - 2;
        while (chunks[j]?.kind === "ADV") j--;
        continue;
      }
      if (isWord(before, "PUNCT", ",") && isWord(chunks[list.to], "PUNCT", ",") && chunks[list.from - 2]?.kind === "NG" && !list.parties.length) {
        j = list.from - 2;
        continue;
      }
      return list.parties;
    }
    if (isWord(chunks[j], "PUNCT", ",")) {
      // ", said Zarif," or an insertion between commas: look before it
      const open = previousComma(chunks, j);
      if (open !== null && open < j) {
        j = open - 1;
        continue;
      }
    }
    return null;
  }
}

/**
 * Where an insertion that ends at the comma `j` opens: ", speaking from Doha," (a participle), ", which
 * remain parties to the deal," (a relative clause), ", on Monday,". A finite verb outside a relative
 * clause ends the search: the comma then closes a clause, not an insertion.
 */
/** Is the comma at chunk `j` one of a series of verbs ("adopted …, reconciled with …")? A finite verb before it, in the same clause. */
function isFiniteVerbSeries(ctx: Ctx, j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const ch = ctx.chunks[k]!;
    if (ch.kind === "S" || isWord(ch, "PUNCT", ";", ":", "–", "—")) return false;
    // a past form ("adopted") is finite when a subject was found for it
    if (ch.kind === "VG") return !ch.infinitive && !isBareGerund(ch) && (!ch.participle || (ctx.subjects.get(k)?.length ?? 0) > 0);
  }
  return false;
}

function previousComma(chunks: readonly Chunk[], j: number): number | null {
  let finite = false;
  for (let k = j - 1; k >= 0; k--) {
    const ch = chunks[k]!;
    // a comma inside a list ("in Iraq, Syria and Lebanon,") does not open the insertion
    if (isWord(ch, "PUNCT", ",") && chunks[k - 1]?.kind === "NG" && chunks[k + 1]?.kind === "NG" && chunks.slice(k + 1, j).some((x) => x.kind === "C")) continue;
    if (isWord(ch, "PUNCT", ",")) return finite && !isWord(chunks[k + 1], "S", "which", "who", "whose", "whom") ? null : k;
    if (ch.kind === "VG" && !(ch.participle || isBareGerund(ch))) finite = true;
    if ((ch.kind === "S" && !isWord(ch, "S", "which", "who", "whose", "whom")) || ch.kind === "PUNCT") return null;
  }
  return null;
}

/** A gerund or present participle alone ("propping up", "speaking"). */
function isBareGerund(vg: VerbGroup): boolean {
  return vg.head.lower.endsWith("ing") && !vg.infinitive && vg.head.pos === "VERB" && vg.from === vg.head.i;
}

/** The verb that governs an infinitive at chunk `c`, and the object in between ("urged Moscow to …"). */
function governing(ctx: Ctx, c: number): { verb: VerbGroup; index: number; object: Party[] | null } | null {
  const { chunks } = ctx;
  const prev = chunks[c - 1];
  if (prev?.kind === "VG") return { verb: prev, index: c - 1, object: null };
  if (prev?.kind === "NG") {
    const list = listEndingAt(ctx, c - 1);
    const before = list ? chunks[list.from - 1] : undefined;
    if (list && before?.kind === "VG") return { verb: before, index: list.from - 1, object: list.parties };
  }
  return null;
}

/** Is the verb at chunk `c` inside a condition ("if Israel attacks …", "whether Russia would …")? */
function conditional(ctx: Ctx, c: number): boolean {
  for (let k = c - 1; k >= 0; k--) {
    const ch = ctx.chunks[k]!;
    if (ch.kind === "S") return CONDITIONALS.has(ch.token.lower);
    if (ch.kind === "VG" || isWord(ch, "PUNCT", ";", ":")) return false;
  }
  return false;
}

/** The group a participle describes: "forces backed by Iran" (before it) or "Backed by Moscow, the army …" (the main clause's subject). */
function participleHost(ctx: Ctx, c: number): Party[] | null {
  const { chunks } = ctx;
  let j = c - 1;
  if (isWord(chunks[j], "PUNCT", ",")) j--;
  if (chunks[j]?.kind === "NG") return listEndingAt(ctx, j)?.parties ?? null;
  // Coordinated participles: "Armed and funded by Tehran, …"
  while (j >= 0 && (chunks[j]?.kind === "VG" || chunks[j]?.kind === "C")) j--;
  if (j < 0) {
    // fronted: the first noun group after the phrase's closing comma
    for (let k = c + 1; k < chunks.length; k++) {
      if (isWord(chunks[k], "PUNCT", ",") && chunks[k + 1]?.kind === "NG") return listFrom(ctx, k + 1)?.parties ?? null;
      if (chunks[k]!.kind === "VG" || chunks[k]!.kind === "S") return null;
    }
  }
  return null;
}

// ───────────────────────────── nouns ─────────────────────────────

function nounFrame(ctx: Ctx, c: number, ng: NounGroup, predicate: Token = ng.head): Frame {
  const { chunks, tokens } = ctx;
  const slots = new Map<Slot, Party[]>();
  const put = (s: Slot, p: Party[]) => p.length && slots.set(s, [...(slots.get(s) ?? []), ...p]);
  put("possessor", ng.actors.filter((a) => a.role === "possessor").map((a) => party(a)));
  put("modifier", ng.actors.filter((a) => a.role === "modifier" || a.role === "glued").map((a) => party(a)));
  if (ng.pronounPossessor) {
    // "Assad and his allies": 'his' is the nearest actor named before the group in its clause.
    const owner = nearestBefore(ctx, ng.from);
    if (owner) put("possessor", [owner]);
  }
  // "the sanctions imposed by Trump", "strikes carried out by Israel": the participle's agent is the act's
  const next = chunks[c + 1];
  const after = obliquesAfter(ctx, next?.kind === "VG" && next.participle && isWord(chunks[c + 2], "P", "by") ? c + 2 : c + 1);
  for (const [s, p] of after.slots) put(s === "prep:by" ? "by" : s, p);
  // "the condition that Iran and its militias exit": who the demand is on
  if (isWord(chunks[after.to], "S", "that") && chunks[after.to + 1]?.kind === "NG") put("prep:that", listFrom(ctx, after.to + 1)?.parties ?? []);
  // What the noun group describes: an apposition, a copula's subject, a light verb's subject.
  const owner = ownerOf(ctx, c);
  if (owner) put(owner.slot, owner.parties);
  // "his Iranian and Russian allies": demonyms coordinated before the group modify its noun too.
  let possessorPronoun = ng.pronounPossessor;
  for (let k = c - 1; k >= 1; k -= 2) {
    const g = chunks[k - 1];
    if (!(isWord(chunks[k], "C", "and") || isWord(chunks[k], "PUNCT", ",")) || g?.kind !== "NG" || !isDemonymOnly(g)) break;
    put("modifier", g.actors.map((a) => party(a)));
    possessorPronoun ||= g.pronounPossessor;
    if (g.pronounPossessor) {
      const before = nearestBefore(ctx, g.from);
      if (before) put("possessor", [before]);
    }
  }
  const modifiers = tokens.slice(ng.from, tokens.indexOf(predicate)).map((t) => t.lemma);
  // "any attack on Lebanon would mean war": any act at all is no act that happened
  let irrealis: string | null = ctx.tokens[ng.from]!.lower === "any" ? "'any'" : null;
  let negated = ng.negated;
  const governingVerb = verbBefore(ctx, c);
  if (governingVerb) {
    if (governingVerb.negated || DENYING_VERBS.has(governingVerb.lemma)) negated = true;
    if (governingVerb.modal && governingVerb.modal !== "can" && governingVerb.modal !== "must" && !reportedDecision(ctx, chunks.indexOf(governingVerb), governingVerb)) irrealis = `modal '${governingVerb.modal}'`;
    if (!governingVerb.passive && (INTENT_VERBS.has(governingVerb.lemma) || CALL_VERBS.has(governingVerb.lemma))) irrealis ??= `an intent or a call ('${governingVerb.head.text}')`;
    if (conditional(ctx, chunks.indexOf(governingVerb))) irrealis ??= "a condition";
  }
  // "the relations between Iran and Syria were strategic": a predicate adjective qualifies the noun too
  const verbAfter = chunks[after.to];
  const complement = chunks[after.to + 1];
  if (verbAfter?.kind === "VG" && COPULAS.has(verbAfter.lemma) && complement?.kind === "NG" && complement.to - complement.from === 1) modifiers.push(ctx.tokens[complement.from]!.lemma);
  // "a U.S. strike on Iran would be a catastrophe": the act is the subject of a possibility
  if (verbAfter?.kind === "VG" && verbAfter.modal && verbAfter.modal !== "can" && verbAfter.modal !== "must" && !reportedDecision(ctx, after.to, verbAfter)) irrealis ??= `modal '${verbAfter.modal}'`;
  return { kind: "noun", lemma: predicate.lemma, start: predicate.start, end: predicate.end, modifiers, particle: null, slots, passive: false, negated, irrealis, lightObject: null, objectHead: null, unclearAgent: false };
}

/** The nearest actor named before chunk `c` in its clause (for 'his', 'its', 'their'). */
function nearestBefore(ctx: Ctx, tokenIndex: number): Party | null {
  const { chunks } = ctx;
  for (let k = chunks.findIndex((ch) => ch.from === tokenIndex) - 1; k >= 0; k--) {
    const ch = chunks[k]!;
    if (ch.kind === "S") return null;
    if (ch.kind === "NG") {
      const r = referents(ctx, ch);
      if (r.length) return r[r.length - 1]!;
    }
  }
  return null;
}

/** The verb group right before a noun group (its governor), skipping adverbs and determiners' chunks. */
function verbBefore(ctx: Ctx, c: number): VerbGroup | null {
  const g = governorOf(ctx, c);
  return g >= 0 ? (ctx.chunks[g] as VerbGroup) : null;
}

/** Verbs whose subject only attends, watches or discusses what the noun names ("attended the same summit"). */
const ONLOOKER_VERBS = new Set(["view", "see", "regard", "consider", "describe", "note", "study", "analyse", "analyze", "attend", "join", "boycott", "skip", "miss", "leave", "quit", "discuss", "mention", "watch", "monitor", "report", "cover", "follow", "welcome", "praise", "condemn", "criticize", "criticise", "denounce", "reject", "oppose", "support", "back", "endorse", "blame", "accuse", "fear", "expect", "predict"]);

/** Heads that only count what follows "of" ("five rounds of talks", "a series of strikes"). */
const QUANTITY_HEADS = new Set(["round", "series", "number", "wave", "spate", "string", "flurry", "set", "package", "host", "barrage", "volley", "new", "one", "some", "many", "most", "all", "each", "none", "part", "two", "three"]);
/** Verbs that say what their subject is: "Iran is (considered) Syria's closest ally". */
const COPULAS = new Set(["be", "remain", "become", "seem", "appear"]);
const PASSIVE_COPULAS = new Set(["consider", "regard", "see", "view", "describe", "call", "name", "deem", "know"]);

/**
 * The verb group that governs a noun group at chunk `c`: right before it, past adverbs ("announced new
 * sanctions"), a quantity ("held five rounds of talks") or "in" after 'be' ("had been in contact with").
 */
function governorOf(ctx: Ctx, c: number): number {
  const { chunks } = ctx;
  let j = c - 1;
  while (chunks[j]?.kind === "ADV") j--;
  if (isWord(chunks[j], "P", "of") && chunks[j - 1]?.kind === "NG" && QUANTITY_HEADS.has((chunks[j - 1] as NounGroup).head.lemma)) {
    j -= 2;
    while (chunks[j]?.kind === "ADV") j--;
  }
  if (isWord(chunks[j], "P", "in", "into") && chunks[j - 1]?.kind === "VG" && (chunks[j - 1] as VerbGroup).lemma === "be") j--;
  return chunks[j]?.kind === "VG" ? j : -1;
}

/**
 * The parties a relational noun group is said of:
 * - an apposition: "Turkey, the main backer of the opposition," → Turkey;
 * - a copula: "Iran is Syria's closest ally" → Iran (and "along with Russia" after the group);
 * - a light verb: "Israel carried out strikes", "Turkey and Iran signed a deal" → the verb's subject.
 */
function ownerOf(ctx: Ctx, c: number): { slot: Slot; parties: Party[] } | null {
  const { chunks } = ctx;
  const prev = chunks[c - 1];
  if (isWord(prev, "PUNCT", ",") && chunks[c - 2]?.kind === "NG") {
    const list = listEndingAt(ctx, c - 2);
    if (list?.parties.length) return { slot: "owner", parties: list.parties };
  }
  if (isWord(prev, "C", "and") && chunks[c - 2]?.kind === "NG") {
    // "Assad and his Iranian allies": the possessive pronoun already names Assad; nothing more.
    return null;
  }
  const g = governorOf(ctx, c);
  if (g >= 0 && !(ONLOOKER_VERBS.has((chunks[g] as VerbGroup).lemma) && !(chunks[g] as VerbGroup).passive)) {
    const gov = chunks[g] as VerbGroup;
    const subject = ctx.subjects.get(g) ?? (gov.infinitive ? null : subjectOf(ctx, g));
    if (!subject?.length) return null;
    const copula = COPULAS.has(gov.lemma) || (gov.passive && PASSIVE_COPULAS.has(gov.lemma));
    const along = copula ? obliquesAfter(ctx, listFrom(ctx, c)?.to ?? c + 1).slots.get("prep:along-with") ?? [] : [];
    return { slot: copula ? "owner" : "subject", parties: [...subject, ...along] };
  }
  return null;
}

// ───────────────────────────── glued participles ─────────────────────────────

/** "Tehran-backed forces including Hezbollah", "the Iran-aligned Houthis": the name glued to the participle is its agent. */
function gluedFrame(ctx: Ctx, c: number, ng: NounGroup): Frame {
  const glued = ng.glued!;
  const slots = new Map<Slot, Party[]>();
  slots.set("glued", ng.actors.filter((a) => a.role === "glued").map((a) => party(a)));
  const denoted = ng.actors.filter((a) => a.role === "head").map((a) => party(a));
  const after = obliquesAfter(ctx, c + 1);
  const including = after.slots.get("prep:including") ?? [];
  // "…-backed forces, including Hezbollah" or an apposition naming them
  // "The Syrian Democratic Forces, the U.S.-backed alliance": the group the apposition describes
  const owner = denoted.length || including.length ? null : ownerOf(ctx, c);
  slots.set("denoted", [...denoted, ...including, ...(owner?.slot === "owner" ? owner.parties : [])]);
  return { kind: "glued", lemma: glued.lemma, start: glued.start, end: glued.end, modifiers: [], particle: null, slots, passive: true, negated: ng.negated, irrealis: null, lightObject: null, objectHead: null, unclearAgent: false };
}
