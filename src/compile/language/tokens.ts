/**
 * Stage 1 of reading: tokens. wink-nlp's English model (wink-eng-lite-web-model) splits a sentence
 * into tokens and gives each its universal part of speech, lemma and negation mark; this stage keeps
 * each token's exact place in the sentence, so every quote and cue stays a slice of the article.
 *
 * The model is small and fast, and wrong in a few ways that matter here; the fixes are listed in
 * `repairTags` and each one is tested with a sentence.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Universal part-of-speech tags, as wink-nlp gives them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface Token {
  /** Index in the sentence's tokens. */
  i: number;
  /** Offsets in the sentence's text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** Inside the scope of a negation ("has not been able to fight …"). */
  negated: boolean;
  /** Glued to the token before it, with no space ("Tehran" "-" "backed"). */
  glued: boolean;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The model is read once per thread, on first use (in the browser, with the import dialog). */
function tagger() {
  nlp ??= winkNLP(model, ["sbd", "negation", "pos"]);
  return nlp;
}

/** Tags one sentence. */
export function tokenize(text: string): Token[] {
  const w = tagger();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const negations = tokens.out(its.negationFlag as Parameters<typeof tokens.out>[0]) as unknown as boolean[];
  const out: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    let start = text.indexOf(value, cursor);
    if (start < 0 || start - cursor > 8) start = skipSpaces(text, cursor);
    const end = Math.min(text.length, start + value.length);
    out.push({
      i: k,
      start,
      end,
      text: text.slice(start, end),
      lower: value.toLowerCase(),
      lemma: (lemmas[k] ?? value).toLowerCase(),
      pos: (tags[k] ?? "X") as Pos,
      negated: Boolean(negations[k]),
      glued: k > 0 && start === cursor,
    });
    cursor = end;
  }
  return repairTags(out);
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Past forms the model does not know, read as nouns ("retook"): verb lemma by form. */
const IRREGULAR_PAST: Record<string, string> = {
  retook: "retake", overran: "overrun", struck: "strike", shot: "shoot", fought: "fight", sought: "seek",
  hit: "hit", met: "meet", sent: "send", led: "lead", held: "hold", broke: "break", cut: "cut", vowed: "vow",
  pledged: "pledge", slammed: "slam", blasted: "blast", downed: "down", shelled: "shell", bombed: "bomb",
};

/** A word naming a people or what belongs to it ("Iranian", "Saudi", "Turkish"), not a place or party by itself. */
export function isDemonym(word: string): boolean {
  return /^[A-Z][a-z]+(?:ian|ese|ish|ican|eli|udi|ati|ari|aqi|eni|ani|iti)$/.test(word) || /^(?:Afghan|Arab|French|Dutch|Greek|Thai)$/.test(word);
}

/** Does a clause open right after token `j` (a conjunction, punctuation, 'that', or the sentence's start)? */
function clauseOpensAt(tokens: readonly Token[], j: number): boolean {
  if (j < 0) return true;
  const t = tokens[j]!;
  return t.pos === "SCONJ" || t.pos === "PUNCT" || t.pos === "CCONJ" || t.lower === "that";
}

/** Auxiliaries followed by a bare verb. */
const BARE_AUXILIARIES = new Set(["do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "wo", "ca"]);

/** Words the model tags wrongly in news copy, with what they are. */
const NOUN_NOT_VERB = new Set(["talks", "ties", "strikes", "attacks", "sanctions", "arms", "supplies", "deals", "relations"]);

/**
 * Fixes the tags the lite model gets wrong where it matters for reading relations:
 * - an unknown past form after a subject ("the army retook the town") is a verb;
 * - "talks", "strikes", "ties" after a determiner, adjective or possessive are nouns;
 * - "-backed" glued to a name is a participle.
 */
export function repairTags(tokens: Token[]): Token[] {
  // A capitalised participle opening a sentence is no name ("Armed and funded by Tehran, …").
  const first = tokens[0];
  if (first && first.pos === "PROPN" && /^[A-Z][a-z]+ed$/.test(first.text) && ["and", "by", ","].includes(tokens[1]?.lower ?? "")) {
    first.pos = "VERB";
    first.lemma = first.lower.replace(/ed$/, first.lower.endsWith("ied") ? "" : "").replace(/ied$/, "y");
    if (first.lemma === first.lower) first.lemma = first.lower.slice(0, -2);
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const irregular = IRREGULAR_PAST[t.lower];
    if (irregular && t.pos !== "VERB" && prev && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "PRON" || prev.pos === "ADV")) {
      t.pos = "VERB";
      t.lemma = irregular;
    } else if (irregular && t.pos === "VERB") t.lemma = irregular;
    // after 'did', 'will', 'could' (and a negation), a word is the verb ("didn’t back", "will strike")
    const auxBefore = prev && (prev.pos === "PART" && /^(?:not|n't|n’t|never)$/.test(prev.lower) ? tokens[k - 2] : prev);
    if (auxBefore?.pos === "AUX" && BARE_AUXILIARIES.has(auxBefore.lower.replace(/n[’']t$/, "")) && (t.pos === "ADV" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "ADP") && /^[a-z]+$/.test(t.lower)) {
      t.pos = "VERB";
      t.lemma = t.lower;
    }
    // after a relative pronoun, or between a name opening its clause and its object, an "-s" word is a
    // verb ("which backs the opposition", "If Israel attacks Iran")
    const next = tokens[k + 1];
    if (t.pos === "NOUN" && /[^s]s$/.test(t.lower) && prev && next && (next.pos === "DET" || next.pos === "PROPN" || (next.pos === "PART" && next.lower === "to")) &&
        ((prev.pos === "DET" && /^(?:which|that|who)$/.test(prev.lower)) || (prev.lower === "who") || (prev.pos === "PROPN" && clauseOpensAt(tokens, k - 2) && !isDemonym(prev.text)))) {
      t.pos = "VERB";
      t.lemma = t.lemma.endsWith("s") ? t.lemma.slice(0, -1) : t.lemma;
      continue;
    }
    // "the militias Iran backs": after a plural noun and a name, an "-s" word closing the phrase is its verb
    const before = tokens[k - 2];
    if (t.pos === "NOUN" && /[^s]s$/.test(t.lower) && prev?.pos === "PROPN" && before?.pos === "NOUN" && /s$/.test(before.lower) && (!next || ["PUNCT", "CCONJ", "ADP"].includes(next.pos))) {
      t.pos = "VERB";
      t.lemma = t.lemma.endsWith("s") ? t.lemma.slice(0, -1) : t.lemma;
      continue;
    }
    // "…, reconciled with Turkey": an "-ed" word between a comma or conjunction and a preposition is a past verb
    if ((t.pos === "NOUN" || t.pos === "ADJ") && /[a-z]ed$/.test(t.lower) && prev && (prev.pos === "PUNCT" || prev.pos === "CCONJ") && next && (next.pos === "ADP" || next.pos === "DET")) {
      t.pos = "VERB";
      t.lemma = t.lower.endsWith("ied") ? `${t.lower.slice(0, -3)}y` : /(?:[cglsuvz]|at|it|ut)ed$/.test(t.lower) ? t.lower.slice(0, -1) : t.lower.slice(0, -2);
      continue;
    }
    // after a possessive, a word is a noun ("Israel's conduct")
    if (t.pos === "VERB" && prev && (prev.lower === "'s" || prev.lower === "’s") && prev.glued) t.pos = "NOUN";
    if (NOUN_NOT_VERB.has(t.lower) && t.pos === "VERB" && prev && ["DET", "ADJ", "NUM", "PART", "NOUN", "PROPN"].includes(prev.pos)) {
      t.pos = "NOUN";
      t.lemma = t.lower.endsWith("ies") ? t.lower.slice(0, -3) + "y" : t.lower.replace(/s$/, "");
    }
  }
  return tokens;
}
