/**
 * Stage 5 of reading: relations. The frame lexicon (the `frames` of data/cues.yaml) says, for each
 * predicate lemma, which relation type it states and which of its roles hold the agent and the target
 * (or, for a mutual relation, the partners). A frame whose predicate is negated states a denial; one
 * that is only possible, conditional, asked, intended or called for states nothing.
 */
import type { FrameEntry } from "../lexicon";
import type { Frame, Party, Slot } from "./frames";

/** A relation read from a frame, at sentence offsets. */
export interface FrameReading {
  agent: string;
  target: string;
  mutual: boolean;
  typeId: string;
  start: number;
  end: number;
  /** What matched: "verb back", "noun ally", "glued back". */
  pattern: string;
  denied: boolean;
}

export interface FrameIndex {
  entries(kind: Frame["kind"], lemma: string): readonly FrameEntry[];
  isRelationalNoun(lemma: string): boolean;
  /** Is the type directed (material support), or mutual by nature (an alliance)? */
  directed(typeId: string): boolean;
}

export function frameIndex(frames: readonly FrameEntry[], directedTypes: ReadonlySet<string>): FrameIndex {
  const byKey = new Map<string, FrameEntry[]>();
  for (const f of frames) for (const l of f.lemmas) byKey.set(`${f.kind} ${l}`, [...(byKey.get(`${f.kind} ${l}`) ?? []), f]);
  const nouns = new Set(frames.filter((f) => f.kind === "noun").flatMap((f) => f.lemmas));
  return {
    entries: (kind, lemma) => byKey.get(`${kind} ${lemma}`) ?? [],
    isRelationalNoun: (lemma) => nouns.has(lemma),
    directed: (t) => directedTypes.has(t),
  };
}

/** Types whose parties may be named as places: fire aimed at "Syrian territory" still hits Syria. */
const PLACE_TARGETS = new Set(["military-conflict"]);

/** Reads the relations of a sentence's frames. */
export function readFrames(frames: readonly Frame[], index: FrameIndex): FrameReading[] {
  const out: FrameReading[] = [];
  // A verb whose entry names its object noun ("restored ties") reads that noun itself.
  const consumed = new Set<number>();
  for (const f of frames) {
    if (f.kind !== "verb" || !f.lightObject) continue;
    if (!f.irrealis && index.entries("verb", f.lemma).some((e) => e.object?.includes(f.lightObject!.head.lemma))) consumed.add(f.lightObject.head.start);
  }
  const objectMatches = (entry: FrameEntry, f: Frame) => !!entry.object && !!f.objectHead && entry.object.includes(f.objectHead.lemma);
  for (const f of frames) {
    if (f.irrealis) continue;
    if (f.kind === "noun" && consumed.has(f.start)) continue;
    const all = index.entries(f.kind, f.lemma);
    // an entry for this very object ("backed Tehran's demand") wins over the verb's general entry
    const specific = all.filter((e) => objectMatches(e, f));
    for (const entry of specific.length ? specific : all) {
      if (entry.particle && entry.particle !== f.particle) continue;
      if (entry.object && !objectMatches(entry, f)) continue;
      if (entry.modifier && !f.modifiers.some((m) => entry.modifier!.includes(m))) continue;
      const type = typeOf(entry, f);
      const denied = f.negated;
      const typeId = denied && entry.whenNegated ? entry.whenNegated : type;
      const reading = (agent: string, target: string, mutual: boolean): FrameReading => ({
        agent,
        target,
        mutual,
        typeId,
        start: f.start,
        end: f.end,
        pattern: `${f.kind} ${f.lemma}${entry.particle ? ` ${entry.particle}` : ""}`,
        denied: denied && !entry.whenNegated,
      });
      const allowPlace = PLACE_TARGETS.has(type);
      if (entry.partners.length) {
        for (const [a, b] of partnerPairs(f, entry.partners, entry.among, allowPlace)) out.push(reading(a, b, true));
        continue;
      }
      const agents = parties(f, roleSlots(entry.agent.length ? entry.agent : ["subject"], f), false);
      const targets = parties(f, roleSlots(entry.patient.length ? entry.patient : ["object"], f), allowPlace);
      const mutual = !index.directed(typeId);
      for (const a of agents) for (const t of targets) if (a !== t) out.push(reading(a, t, mutual));
    }
  }
  return dedupe(out);
}

/**
 * Does a frame settle what its predicate says, so the cue patterns need not guess? It does when it read
 * a relation, refused one (negated, hedged, asked, called for: for any verb), or found every role its entries need
 * (filled by groups that name no actor, as in "the killing was not an Israeli event").
 */
export function settles(f: Frame, index: FrameIndex, read: readonly FrameReading[]): boolean {
  // a verb that is only called for, intended, asked or conditional states nothing, known to the lexicon or not
  if (f.kind === "verb" && f.irrealis) return true;
  const entries = index.entries(f.kind, f.lemma);
  if (!entries.length) return false;
  if (f.irrealis || f.negated || f.unclearAgent || read.some((r) => r.start === f.start)) return true;
  return entries.some((e) => {
    if (e.partners.length) return false;
    const found = (slots: Slot[]) => slots.some((s) => f.slots.has(s));
    return found(roleSlots(e.agent.length ? e.agent : ["subject"], f)) && found(roleSlots(e.patient.length ? e.patient : ["object"], f));
  });
}

function typeOf(entry: FrameEntry, f: Frame): string {
  for (const m of f.modifiers) {
    const t = entry.byModifier[m];
    if (t) return t;
  }
  return entry.type;
}

/** A passive verb's roles: its subject is the patient, its "by" phrase the agent. */
function roleSlots(slots: readonly string[], f: Frame): Slot[] {
  return slots.map((s) => {
    const slot = (["subject", "object", "by", "owner", "possessor", "modifier", "glued", "denoted"].includes(s) ? s : `prep:${s}`) as Slot;
    if (f.kind === "verb" && !f.passive && slot === "by") return "prep:by";
    if (f.kind !== "verb" || !f.passive) return slot;
    if (slot === "subject") return "by";
    if (slot === "object") return "subject";
    return slot;
  });
}

function parties(f: Frame, slots: readonly Slot[], allowPlace: boolean): string[] {
  const ids: string[] = [];
  for (const s of slots) for (const p of f.slots.get(s) ?? []) if (allowPlace || !p.place) if (!ids.includes(p.actorId)) ids.push(p.actorId);
  return ids;
}

/** Mutual relations: each pair across the partner roles, and within a coordinated subject or "between". */
function partnerPairs(f: Frame, slots: readonly string[], among: readonly string[], allowPlace: boolean): [string, string][] {
  const within = new Set(roleSlots(among, f));
  const groups: Party[][] = roleSlots(slots, f).map((s) => (f.slots.get(s) ?? []).filter((p) => allowPlace || !p.place));
  const pairs: [string, string][] = [];
  const add = (a: string, b: string) => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    if (!pairs.some(([p, q]) => p === x && q === y)) pairs.push([x, y]);
  };
  // "The UAE and Bahrain established relations with Israel": each with Israel, not with each other
  const subjectOnly = new Set<Slot>(["subject", "by"]);
  const others = roleSlots(slots, f).some((slot, i) => !subjectOnly.has(slot) && !within.has(slot) && groups[i]!.length > 0);
  roleSlots(slots, f).forEach((slot, i) => {
    const g = groups[i]!;
    if (within.has(slot) && !(others && subjectOnly.has(slot))) for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) add(g[a]!.actorId, g[b]!.actorId);
    for (let j = i + 1; j < groups.length; j++) for (const p of g) for (const q of groups[j]!) add(p.actorId, q.actorId);
  });
  return pairs;
}

function dedupe(readings: FrameReading[]): FrameReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = `${r.mutual ? [r.agent, r.target].sort().join("<>") : `${r.agent}>${r.target}`}:${r.typeId}:${r.denied}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
