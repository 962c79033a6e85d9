/**
 * The reduce step: findings from every article into ties (one per actor pair and relation type, with
 * all their evidence) and co-mentions, in a stable order with ids derived from content.
 */
import type { Evidence, FullCoMention, FullTie, RelationType } from "../graph/schema";
import { directionOf } from "./classify";
import { passageCounts } from "../graph/evidence-file";
import { coMentionEvidence, evidenceOf, type CoMentionFinding, type Finding } from "./extract-article";
import { evidenceId } from "./evidence-id";
import { isSingleSource, sourcesOf, strengthOf } from "../graph/weigh";
import { byCodeUnits } from "../graph/order";

/** A finding after curation: an editor may have confirmed, retyped or added it. */
export interface CuratedFinding extends Finding {
  curation: Evidence["curation"];
  /** The editor's note, when the entry gave one. */
  note?: string;
}

const byEvidenceOrder = (a: Evidence, b: Evidence) =>
  byCodeUnits(a.published, b.published) || byCodeUnits(a.articleId, b.articleId) || a.start - b.start || byCodeUnits(a.id, b.id);


/** Groups findings into ties. */
export function aggregateTies(
  findings: readonly CuratedFinding[],
  types: readonly RelationType[],
  publisherOf: ReadonlyMap<string, string>,
  indexOf: ReadonlyMap<string, number>,
): FullTie[] {
  const typeById = new Map(types.map((t) => [t.id, t]));
  const groups = new Map<string, CuratedFinding[]>();
  for (const f of findings) {
    const { agent, target, typeId } = f.reading;
    const [a, b] = agent < target ? [agent, target] : [target, agent];
    const key = `${typeId}--${a}--${b}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const ties: FullTie[] = [];
  for (const [id, group] of groups) {
    const first = group[0]!.reading;
    const type = typeById.get(first.typeId);
    if (!type) continue;
    // The agent most often acting is the source; mutual evidence counts for neither side.
    const acts = new Map<string, number>();
    for (const f of group) if (!f.reading.mutual) acts.set(f.reading.agent, (acts.get(f.reading.agent) ?? 0) + 1);
    const [a, b] = first.agent < first.target ? [first.agent, first.target] : [first.target, first.agent];
    const source = type.directed && (acts.get(b) ?? 0) > (acts.get(a) ?? 0) ? b : a;
    const target = source === a ? b : a;
    const oneWay = type.directed && acts.size === 1 && acts.has(source);
    const seen = new Set<string>();
    const evidence: Evidence[] = [];
    for (const f of group) {
      const eid = f.curation === "retyped" ? evidenceId(f, a, b, type.id) : f.evidenceId;
      if (seen.has(eid)) continue;
      seen.add(eid);
      const e = evidenceOf(f, { id: eid, direction: type.directed ? directionOf(f.reading, source) : "mutual", curation: f.curation });
      evidence.push(f.note ? { ...e, note: f.note } : e);
    }
    evidence.sort(byEvidenceOrder);
    dropRepeatedPassages(evidence);
    const strength = strengthOf(evidence, publisherOf);
    ties.push({
      id,
      source,
      target,
      type: type.id,
      quadClass: type.quadClass,
      direction: oneWay ? "directed" : "mutual",
      years: [...new Set(evidence.map((e) => e.year))].sort((x, y) => x - y),
      evidence,
      strength,
      sources: sourcesOf(evidence, indexOf),
      singleSource: isSingleSource(strength),
    });
  }
  return ties.sort((x, y) => byCodeUnits(x.id, y.id));
}

/** Groups co-mentions by pair; a pair is kept even when it also has typed ties (from other sentences). */
export function aggregateCoMentions(findings: readonly CoMentionFinding[]): FullCoMention[] {
  // By first actor, then second: no key string is made for each of the hundred thousand findings.
  const groups = new Map<string, Map<string, Evidence[]>>();
  for (const { source, target, id, at } of findings) {
    const evidence = coMentionEvidence(at, id);
    let withFirst = groups.get(source);
    if (!withFirst) groups.set(source, (withFirst = new Map()));
    const group = withFirst.get(target);
    if (group) group.push(evidence);
    else withFirst.set(target, [evidence]);
  }
  const links: FullCoMention[] = [];
  for (const [source, withFirst] of groups) {
    for (const [target, evidence] of withFirst) {
      evidence.sort(byEvidenceOrder);
      dropRepeatedPassages(evidence);
      links.push({ id: `co--${source}--${target}`, source, target, years: [...new Set(evidence.map((e) => e.year))].sort((a, b) => a - b), passages: passageCounts(evidence), evidence });
    }
  }
  return links.sort((x, y) => byCodeUnits(x.id, y.id));
}

/** The words of a passage, as compared for repeats: lower case, quotes and apostrophes alike, no punctuation. */
function wordsOf(quote: string): Set<string> {
  // one sentence is the quote of many ties: its words are split once
  let words = WORDS_SEEN.get(quote);
  if (!words) {
    if (WORDS_SEEN.size > 20_000) WORDS_SEEN.clear();
    words = new Set(quote.toLowerCase().replace(/[’‘`´]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean));
    WORDS_SEEN.set(quote, words);
  }
  return words;
}
const WORDS_SEEN = new Map<string, Set<string>>();

/** How few words a passage may have and still count as a repeat of another: short ones repeat by chance. */
const REPEAT_MIN_WORDS = 8;
/** The share of the shorter passage's words the longer must hold for the two to be one passage. */
const REPEAT_OVERLAP = 0.8;

/**
 * Removes, in place, every passage that repeats an earlier one of the same article (a subtitle that
 * opens the article and again its first paragraph, a pull quote): a sentence repeated is one passage,
 * so counts, strength and tone see it once. Repeats are told by their words, not their characters: a
 * subtitle often differs by its quotation marks or a word ("the last to join" / "the last one to join").
 * `evidence` is in evidence order (by article, then place), so the first occurrence is kept.
 */
export function dropRepeatedPassages(evidence: Evidence[]): void {
  let kept = 0;
  let articleStart = 0;
  const words: Set<string>[] = [];
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (kept > 0 && evidence[kept - 1]!.articleId !== e.articleId) {
      articleStart = kept;
    }
    const w = wordsOf(e.quote);
    let repeat = false;
    for (let j = articleStart; j < kept && !repeat; j++) {
      const earlier = evidence[j]!;
      if (earlier.start === e.start) continue;
      repeat = isRepeat(words[j]!, w);
    }
    if (repeat) continue;
    words[kept] = w;
    evidence[kept++] = e;
  }
  evidence.length = kept;
}

function isRepeat(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < REPEAT_MIN_WORDS) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= REPEAT_OVERLAP;
}
