/**
 * Candidate readings of one sentence: where two actors meet and a frame or cue was refused by a strict
 * rule, the relation it would have stated, with the reason it was not and a score. Candidates are
 * never ties: an editor decides them in the Review view (see src/graph/candidates.ts).
 *
 * Three sources, strongest first:
 * - a frame the lexicon reads, not asserted (a modal, a condition, an intent, a call on others, a
 *   question): the relation it would state if it were ("hedged");
 * - a frame whose agent is a pronoun nothing resolved: each other actor the sentence names may be it
 *   ("unclear-agent");
 * - two actors of a sentence that no reading relates, with a relation word (a frame predicate or a cue
 *   of the lexicon) in it: one of them in the word's roles ("roles-unclear") or neither ("co-mention").
 */
import type { CandidateReason } from "../graph/candidates";
import type { Reading, SentenceMention } from "./classify";
import type { Frame } from "./language/frames";
import { readFrames } from "./language/relations";
import type { Lexicon } from "./lexicon";

/** A candidate at sentence offsets, before it is located in its article. */
export interface SentenceCandidate {
  agent: string;
  target: string;
  mutual: boolean;
  typeId: string;
  cueStart: number;
  cueEnd: number;
  reason: CandidateReason;
  detail: string | null;
  score: number;
}

const BASE_SCORE: Record<CandidateReason, number> = { hedged: 0.8, "unclear-agent": 0.55, "roles-unclear": 0.5, speech: 0.45, "co-mention": 0.35 };
/** Characters beyond which a relation word is too far from the actors to suggest much. */
const FAR = 240;

/** The candidates of one sentence. `mentions` have body offsets (`offset` is the sentence's start). */
export function sentenceCandidates(
  text: string,
  offset: number,
  frames: readonly Frame[],
  mentions: readonly SentenceMention[],
  stated: readonly Reading[],
  denied: readonly Reading[],
  lexicon: Lexicon,
): SentenceCandidate[] {
  const index = lexicon.frames;
  const parties = mentions.filter((m) => m.role === "party").map((m) => ({ actorId: m.actorId, start: m.start - offset, end: m.end - offset }));
  const out: SentenceCandidate[] = [];
  const key = (a: string, b: string, t: string) => `${a < b ? `${a}|${b}` : `${b}|${a}`}|${t}`;
  const taken = new Set([...stated, ...denied].map((r) => key(r.agent, r.target, r.typeId)));
  const distance = (a: string, b: string, from: number, to: number) => {
    const at = (id: string) => Math.min(...parties.filter((p) => p.actorId === id).map((p) => (p.end <= from ? from - p.end : p.start >= to ? p.start - to : 0)));
    return Math.max(at(a), at(b));
  };
  const scored = (reason: CandidateReason, d: number) => Math.round(BASE_SCORE[reason] * (1 - Math.min(d, FAR) / (2 * FAR)) * 100) / 100;

  for (const f of frames) {
    if (!index.entries(f.kind, f.lemma).length || f.negated) continue;
    if (f.irrealis) {
      for (const r of readFrames([{ ...f, irrealis: null }], index)) {
        if (r.denied) continue;
        out.push({ agent: r.agent, target: r.target, mutual: r.mutual, typeId: r.typeId, cueStart: f.start, cueEnd: f.end, reason: "hedged", detail: f.irrealis, score: scored("hedged", distance(r.agent, r.target, f.start, f.end)) });
      }
    } else if (f.unclearAgent) {
      const targets = new Set<string>();
      for (const [slot, ps] of f.slots) if (slot !== "subject") for (const p of ps) if (!p.place) targets.add(p.actorId);
      for (const entry of index.entries(f.kind, f.lemma)) {
        if (entry.partners.length) continue;
        for (const t of targets) {
          for (const a of new Set(parties.map((p) => p.actorId))) {
            if (a === t) continue;
            out.push({ agent: a, target: t, mutual: !index.directed(entry.type), typeId: entry.type, cueStart: f.start, cueEnd: f.end, reason: "unclear-agent", detail: "its subject is a pronoun the compiler could not resolve", score: scored("unclear-agent", distance(a, t, f.start, f.end)) });
          }
        }
      }
    }
  }

  // relation words of the sentence: frame predicates the lexicon knows (not negated, not hedged), and cues
  const words: { start: number; end: number; types: string[]; roles: Set<string>; agents: Set<string> }[] = [];
  for (const f of frames) {
    if (f.negated || f.irrealis) continue;
    const entries = index.entries(f.kind, f.lemma).filter((e) => !e.particle || e.particle === f.particle).filter((e) => !e.object || (f.objectHead && e.object.includes(f.objectHead.lemma)));
    if (!entries.length) continue;
    const types = [...new Set(entries.map((e) => f.modifiers.map((m) => e.byModifier[m]).find(Boolean) ?? e.type))];
    const roles = new Set<string>();
    const agents = new Set<string>();
    for (const [slot, ps] of f.slots) for (const p of ps) {
      roles.add(p.actorId);
      if (slot === (f.passive ? "by" : "subject") || slot === "possessor" || slot === "glued") agents.add(p.actorId);
    }
    words.push({ start: f.start, end: f.end, types, roles, agents });
  }
  for (const hit of lexicon.findCues(text)) {
    if (words.some((w) => w.start < hit.end && hit.start < w.end)) continue;
    words.push({ start: hit.start, end: hit.end, types: [hit.cue.type.id], roles: new Set(), agents: new Set() });
  }
  const ids = [...new Set(parties.map((p) => p.actorId))].sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      for (const w of words) {
        const inRoles = w.roles.has(a) || w.roles.has(b);
        const reason: CandidateReason = inRoles ? "roles-unclear" : "co-mention";
        for (const typeId of w.types) {
          const mutual = !index.directed(typeId);
          let [agent, target] = [a, b];
          if (!mutual) {
            // the one in the agent's role acts; else the one named before the word; else the first named
            const first = (id: string) => Math.min(...parties.filter((p) => p.actorId === id).map((p) => p.start));
            if (w.agents.has(b) && !w.agents.has(a)) [agent, target] = [b, a];
            else if (!(w.agents.has(a) && !w.agents.has(b))) {
              const before = (id: string) => first(id) < w.start;
              if (before(b) && !before(a)) [agent, target] = [b, a];
              else if (before(a) === before(b) && first(b) < first(a)) [agent, target] = [b, a];
            }
          }
          out.push({ agent, target, mutual, typeId, cueStart: w.start, cueEnd: w.end, reason, detail: null, score: scored(reason, distance(a, b, w.start, w.end)) });
        }
      }
    }
  }

  // one per pair and type, the best; none where the sentence states or denies that relation
  const best = new Map<string, SentenceCandidate>();
  for (const c of out) {
    const k = key(c.agent, c.target, c.typeId);
    if (taken.has(k)) continue;
    const had = best.get(k);
    if (!had || c.score > had.score) best.set(k, c);
  }
  return [...best.values()];
}

/**
 * Candidates of a sentence whose speaker is an actor ("Kanaani said the strikes were a 'mistake'"): what
 * the speaker may do to each other actor the sentence names, when a word of `speechWords` (data/cues.yaml)
 * suggests it. `parties` are the other actors' ids with sentence offsets.
 */
export function speechCandidates(text: string, speaker: string, parties: readonly { actorId: string; start: number; end: number }[], lexicon: Lexicon): SentenceCandidate[] {
  const out: SentenceCandidate[] = [];
  const others = parties.filter((p) => p.actorId !== speaker);
  if (!others.length) return out;
  for (const [typeId, words] of Object.entries(lexicon.definition.speechWords)) {
    const at = wordsIn(text, words);
    if (!at) continue;
    for (const id of new Set(others.map((p) => p.actorId))) {
      const d = Math.min(...others.filter((p) => p.actorId === id).map((p) => Math.abs(p.start - at.start)));
      out.push({ agent: speaker, target: id, mutual: false, typeId, cueStart: at.start, cueEnd: at.end, reason: "speech", detail: null, score: Math.round(BASE_SCORE.speech * (1 - Math.min(d, FAR) / (2 * FAR)) * 100) / 100 });
    }
  }
  return out;
}

const WORD_LISTS = new WeakMap<readonly string[], RegExp>();
function wordsIn(text: string, words: readonly string[]): { start: number; end: number } | null {
  let re = WORD_LISTS.get(words);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "iu");
    WORD_LISTS.set(words, re);
  }
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
