/**
 * Who makes the claim of a sentence: the article in its own voice, or someone it attributes the
 * words to ("according to Iran's military attaché", "Hatami said", "Israel has said", "the analyst
 * said"). The claimant is recorded beside the relation, never as one of its parties.
 */
import { PUBLISHER_VOICE as PUBLISHER, type Claimant } from "../graph/schema";
import type { FoundMention } from "./mentions";

const SPEECH_VERB =
  "(?:said|says|say|told|tells|stated|states|claimed|claims|noted|notes|added|adds|argued|argues|insisted|insists|stressed|stresses|asserted|asserts|affirmed|affirms|explained|explains|wrote|writes|maintained|maintains|alleged|alleges|believes|believe|thinks|think|reported|reports|announced|announces|declared|declares|confirmed|confirms|acknowledged|acknowledges|spoke|speaks|vowed|vows|pledged|pledges|emphasi[sz]ed|emphasi[sz]es|warned|warns|revealed|reveals)";
const AUXILIARY = "(?:(?:has|have|had|would|will|also|reportedly|previously|repeatedly|recently|publicly|once)\\s+)*";
/** "according to X", "as reported by X", "quoted by X", "cited by X": the source follows. */
const SOURCE_AFTER = /\b(?:according\s+to|(?:as\s+)?(?:reported|quoted|cited)\s+by)\s+/gi;
/** "X said", "X has said", "X also told": the source is the noun phrase before. */
const SPEAKER_BEFORE = new RegExp(`\\s+${AUXILIARY}${SPEECH_VERB}\\b(?!\\s+by\\b)`, "g");
/** "…,” said Hatami.": the source follows the verb, at the end of a clause. */
const SPEAKER_AFTER = new RegExp(`[,”"]\\s*${SPEECH_VERB}\\s+`, "gi");
/** Where a noun phrase before a speech verb starts: the sentence start or a break. */
const PHRASE_BREAK = /.*(?:^|[,;:(“"”]|\s(?:and|but|while|as|that|which|who|when|because|after|before|although|though|where|whom|if)\s)\s*/is;
const PHRASE_END = /[,;:.()“"”]|\s(?:that|on|in|at|during|after|before|when|while|who|which|and|to)\s/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that)$/i;
const RELATIVE_PRONOUN = /^(?:which|who|whom|whose|that)$/i;
/** Words that make an unnamed source ("officials", "the analyst", "a source close to ..."). */
const LEADING_DETERMINER = /^(?:the|a|an|some|several|many|two|three|other|one|senior|top)\s+/i;
const COMMENTATOR = /\b(?:analysts?|experts?|researchers?|scholars?|journalists?|observers?|sources?|commentators?|academics?|diplomats?|residents?|witnesses?)\b/i;
/** Two capitalised words in a row: a person's name ("Hamidreza Azizi"). */
const NAME = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;
/** Every sentence that attributes its words has one of these; most have none and are the publisher's. */
const ATTRIBUTION_WORD = new RegExp(`\\b(?:${SPEECH_VERB}|according|quoted|cited)\\b`, "i");
/** A relative clause right before the verb: "X, whose visit ... was interesting, spoke"; "X who requested anonymity told". */
const RELATIVE_OPENING = /(?:,\s*|\s)(?:who|whose|which)\s[^,]*,?\s*$/i;

interface Found {
  start: number;
  end: number;
}

/**
 * The claimant of `text` (a sentence starting at body offset `offset`), with `mentions` the actors it
 * names. `previous` is the claimant of the paragraph so far, taken over by a pronoun ("he said").
 */
export function findClaimant(text: string, offset: number, mentions: readonly FoundMention[], previous: Claimant | null): Claimant {
  if (!ATTRIBUTION_WORD.test(text)) return PUBLISHER;
  // The speaker ("Hatami said") before the outlet that reported it ("as reported by ISNA"); a
  // pronoun speaker ("he said") only when nothing else names the source.
  const candidates = [speakerBefore(text), speakerAfter(text), sourceAfter(text)].filter((c): c is Found => c !== null);
  const isPronoun = (c: Found) => PRONOUN.test(text.slice(c.start, c.end));
  const span = candidates.find((c) => !isPronoun(c)) ?? candidates[0];
  if (!span) return PUBLISHER;
  const words = text.slice(span.start, span.end);
  if (isPronoun(span)) return previous && previous.kind !== "publisher" ? previous : unnamed(words, span, offset);
  // "an Iranian analyst": a commentator is not the voice of the actor their nationality names.
  if (COMMENTATOR.test(words) && !NAME.test(words.replace(LEADING_DETERMINER, ""))) return unnamed(words, span, offset);
  const named = mentions.find((m) => m.start - offset < span.end && m.end - offset > span.start);
  if (named) return { kind: "actor", text: words, start: offset + span.start, end: offset + span.end, actorId: named.actorId };
  // A capital that only starts the sentence ("Officials said") names no one.
  const atSentenceStart = text.slice(0, span.start).trim() === "";
  const rest = words.replace(LEADING_DETERMINER, "").split(/\s+/);
  const capitalised = rest.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && atSentenceStart && rest.length === words.split(/\s+/).length));
  const kind = capitalised.length ? "named" : "unnamed";
  return { kind, text: words, start: offset + span.start, end: offset + span.end, actorId: null };
}


function unnamed(words: string, span: Found, offset: number): Claimant {
  return { kind: "unnamed", text: words, start: offset + span.start, end: offset + span.end, actorId: null };
}

function sourceAfter(text: string): Found | null {
  SOURCE_AFTER.lastIndex = 0;
  const m = SOURCE_AFTER.exec(text);
  return m ? phraseFrom(text, m.index + m[0].length) : null;
}

function speakerAfter(text: string): Found | null {
  SPEAKER_AFTER.lastIndex = 0;
  const m = SPEAKER_AFTER.exec(text);
  return m ? phraseFrom(text, m.index + m[0].length) : null;
}

function speakerBefore(text: string): Found | null {
  SPEAKER_BEFORE.lastIndex = 0;
  for (let m = SPEAKER_BEFORE.exec(text); m; m = SPEAKER_BEFORE.exec(text)) {
    // Skip a relative clause between the subject and its verb, so the subject itself is found.
    const relative = RELATIVE_OPENING.exec(text.slice(0, m.index));
    const end = relative ? relative.index : m.index;
    // The space after the head lets a break end it: in "Iran blamed Israel and vowed revenge" the
    // speaker of 'vowed' is not "Iran blamed Israel and" (a coordinated verb has no phrase of its own).
    const head = `${text.slice(0, end)} `;
    const from = Math.min(end, PHRASE_BREAK.exec(head)?.[0].length ?? 0);
    const phrase = trimmed(text, from, end);
    // "The United States, which maintains sanctions …, said": a relative pronoun is no speaker.
    if (phrase && RELATIVE_PRONOUN.test(text.slice(phrase.start, phrase.end))) continue;
    if (phrase && wordCount(text.slice(phrase.start, phrase.end)) <= 7) return phrase;
  }
  return null;
}

/** The noun phrase starting at `from`: up to a clause break, at most eight words. */
function phraseFrom(text: string, from: number): Found | null {
  const rest = text.slice(from);
  const stop = PHRASE_END.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  const words = [...text.slice(from, end).matchAll(/\S+/g)];
  if (words.length > 8) end = from + words[7]!.index + words[7]![0].length;
  return trimmed(text, from, end);
}

function trimmed(text: string, start: number, end: number): Found | null {
  while (start < end && /[\s“"‘'(]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:”"’')]/.test(text[end - 1]!)) end--;
  const dangling = /\s(?:who|which|that)$/i.exec(text.slice(start, end));
  if (dangling) end = start + dangling.index;
  return end > start ? { start, end } : null;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
