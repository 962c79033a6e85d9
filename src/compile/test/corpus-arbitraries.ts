/**
 * fast-check generators of article files as a careless or hostile corpus would hold them: random
 * Unicode (right-to-left text, combining marks, emoji, NUL, lone surrogates), CRLF and CR line ends, a
 * byte-order mark, smart and straight quotes, empty bodies, front matter that is missing,
 * unterminated, duplicated or of the wrong types, impossible dates, and ids shared across files.
 */
import * as fc from "fast-check";
import type { SourceFile } from "../compile-corpus";
import { shippedArticles } from "./fixtures";

/** Real sentences of the shipped corpus, so generated bodies also name actors and state relations. */
const REAL_SENTENCES: readonly string[] = shippedArticles()
  .flatMap((a) => a.text.split(/\n---\n/)[1]?.split(/(?<=[.!?])\s+/) ?? [])
  .filter((s) => s.length > 20)
  .slice(0, 200);

/** Text that has broken parsers and renderers before. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  "إيران وسوريا وقعتا اتفاقية دفاع", // right-to-left
  "\u202Eelbat\u202C", // right-to-left override
  "Tehran\u0301\u0302 e\u0308", // combining marks
  "🇮🇷🇸🇾 👨‍👩‍👧 🏳️‍🌈",
  "\u0000",
  "\uD800",
  "\uDFFF lone",
  "“smart” ‘quotes’ \"straight\" 'single'",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[link](javascript:alert(1)) &amp; &lt;b&gt; &#x27;",
  "U.S. Brig. Gen. Mr.",
  "\u2028\u2029\u0085\t\v\f",
  "---",
  "...",
  "Iran’s Iran's Iranian-backed",
  "\uFEFF",
  "\u200B\u200D\u00AD",
];

const LINE_ENDS = ["\n", "\r\n", "\r"] as const;

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_SENTENCES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
);

const paragraph = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

/** A body: empty, blank, or paragraphs separated by single or blank lines. */
export const bodyArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "\n\n", "\t") },
  { weight: 8, arbitrary: fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\n\n", "\n \n")).map(([ps, sep]) => ps.join(sep)) },
);

const quoted = (s: string) => JSON.stringify(s);

/** A front-matter value as YAML source: well-formed, or of the wrong type, or junk. */
const valueOf = (good: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom("123", "[a, b]", "{ x: 1 }", "true", "null", "", "~", "'unterminated", "\"bad \\q escape\"", "&anchor x", "*alias") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }).map(quoted) },
  );

const ID_POOL = ["a", "b", "c", "shared-id", "2018-08-28-al-arabiya-hatami-in-syria"];

const fields = fc.record({
  id: valueOf(fc.constantFrom(...ID_POOL)),
  title: valueOf(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 })).map(quoted)),
  publisher: valueOf(fc.constantFrom("Al Arabiya English", "«Le Monde»", "<b>Wire</b>").map(quoted)),
  author: fc.option(valueOf(fc.constantFrom("Amir Toumaj", "null", "").map(quoted)), { nil: undefined }),
  url: fc.option(valueOf(fc.constantFrom("https://example.org/a", "http://[::1]/x", "javascript:alert(1)", "http://", "null", "https://exa mple.org", "http://[", "http://a:99999").map(quoted)), { nil: undefined }),
  published: valueOf(fc.constantFrom("2018-08-28", "2024-05-31", "2018-08", "2018", "2018-02-30", "2019-02-29", "2020-02-29", "2018-13", "18-08-28", "1800", "2018-8-1").map(quoted)),
  precision: fc.option(fc.constantFrom("day", "month", "year", "hour"), { nil: undefined }),
});

type Frame = "ok" | "missing" | "unterminated" | "duplicated" | "duplicate-key" | "unindented-junk";

/** One article file, as its text and how it was made (for reading failures). */
export interface GeneratedArticle {
  text: string;
  frame: Frame;
}

/** Written where an article's own id goes, so a corpus can number its articles apart. */
const OWN_ID = "__own_id__";

/** Front matter a careful editor would write, with hostile but legal values. */
const cleanFields = fc.record({
  id: fc.constant(OWN_ID),
  title: fc.constantFrom(...HOSTILE_FRAGMENTS.filter((f) => f.trim() && !f.includes("\u0000")), "Iran and Syria").map(quoted),
  publisher: fc.constantFrom("Al Arabiya English", "«Le Monde»", "<b>Wire</b>").map(quoted),
  author: fc.option(fc.constantFrom("Amir Toumaj", "O’Brien <script>").map(quoted), { nil: undefined }),
  url: fc.option(fc.constantFrom("https://example.org/a?b=1&c=<x>", "null", "http://example.org/%E2%80%AE"), { nil: undefined }),
  published: fc.constantFrom("2018-08-28", "2024-05-31", "2018-08", "2018", "2020-02-29").map(quoted),
});

const framedArticle = (f: fc.Arbitrary<Record<string, string | undefined>>, frames: fc.Arbitrary<Frame>, body: fc.Arbitrary<string>) =>
  fc.record({ fields: f, body, frame: frames, eol: fc.constantFrom(...LINE_ENDS), bom: fc.boolean() }).map(({ fields: values, body: text, frame, eol, bom }) => {
    const lines = Object.entries(values)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v]) => `${k}: ${v}`);
    if (frame === "duplicate-key") lines.push(lines[0] ?? "id: a");
    if (frame === "unindented-junk") lines.push("this line is not a field");
    const fm = ["---", ...lines, "---"];
    const head = frame === "missing" ? [] : frame === "unterminated" ? fm.slice(0, -1) : frame === "duplicated" ? [...fm, ...fm] : fm;
    return { text: (bom ? "\uFEFF" : "") + [...head, text].join("\n").replace(/\n/g, eol), frame };
  });

/** An article that must compile: legal front matter, a body with at least one real sentence. */
export const cleanArticleArbitrary: fc.Arbitrary<GeneratedArticle> = framedArticle(
  cleanFields,
  fc.constant("ok"),
  fc.tuple(fc.constantFrom(...REAL_SENTENCES), bodyArbitrary).map(([sentence, rest]) => `${sentence}\n${rest}`),
);

/** An article anything may be wrong with. */
export const articleArbitrary: fc.Arbitrary<GeneratedArticle> = framedArticle(
  fields,
  fc.constantFrom<Frame>("ok", "ok", "ok", "ok", "missing", "unterminated", "duplicated", "duplicate-key", "unindented-junk"),
  bodyArbitrary,
);

/**
 * One to four article files with distinct paths: about half the corpora only clean articles (each
 * with its own id), the others mixed with articles anything may be wrong with (ids may collide).
 */
export const corpusArbitrary: fc.Arbitrary<SourceFile[]> = fc
  .oneof(fc.array(cleanArticleArbitrary, { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(cleanArticleArbitrary, articleArbitrary), { minLength: 1, maxLength: 4 }))
  .map((articles) => articles.map((a, i) => ({ file: `data/articles/gen-${i}.md`, text: a.text.replace(OWN_ID, `gen-${i}`) })));
