/**
 * Stage 1: an article file (YAML front matter between `---` lines, then the body) into checked
 * metadata and its verbatim body.
 */
import { z } from "../graph/zod-without-eval";
import { DatePrecisionSchema, PartialIsoDateSchema, type DatePrecision } from "../graph/schema";
import { requiredText } from "./issue-message";
import type { Problem } from "./problems";
import { parseFlatYaml } from "./flat-yaml";
import { parseYaml } from "./yaml-input";

/** What an article's front matter must say. */
export const FrontMatterSchema = z.object({
  id: z
    .string(requiredText("is required: a short kebab-case name such as 2018-08-28-al-arabiya-hatami"))
    .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, such as 2018-08-28-al-arabiya-hatami"),
  title: z.string(requiredText("is required: the article's headline")).min(1, "must not be empty"),
  publisher: z.string(requiredText("is required: who published the article")).min(1, "must not be empty"),
  author: z.string().min(1).nullable().default(null),
  genre: z.string().min(1).default("news"),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, { error: "must be an http(s) address, or null", abort: true })
    .refine((url) => URL.canParse(url), "must be an http(s) address, or null") // 'http://[' passes the pattern but is no address
    .nullable()
    .default(null),
  published: z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z.string(requiredText("is required: an ISO date such as 2018-08-28 (or 2018-08, or 2018)")).pipe(PartialIsoDateSchema),
  ),
  precision: DatePrecisionSchema.optional(),
});

export interface ParsedArticle {
  /** The path the article was read from, as given (used in every message about it). */
  file: string;
  id: string;
  title: string;
  publisher: string;
  author: string | null;
  genre: string;
  url: string | null;
  published: string;
  precision: DatePrecision;
  year: number;
  body: string;
  /** 1-based line of the body's first character in the file, to turn body offsets into file lines. */
  bodyLine: number;
}

/**
 * Line ends are normalised to `\n` and a byte-order mark is dropped before anything else, so the
 * offsets in the graph count the same characters on every platform.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Parses one article file. Never throws: bad input gives problems naming the file and line. */
export function parseArticle(file: string, raw: string): { article: ParsedArticle | null; problems: Problem[] } {
  const text = normaliseText(raw);
  const fail = (line: number, message: string) => ({ article: null, problems: [{ file, line, message }] });

  if (!text.startsWith("---\n")) {
    return fail(1, "must start with front matter: a line '---', fields such as 'title: ...', then another '---'");
  }
  const close = text.indexOf("\n---", 3);
  const closeEnd = close < 0 ? -1 : text.indexOf("\n", close + 4);
  const closingLine = close < 0 ? "" : text.slice(close + 1, closeEnd < 0 ? undefined : closeEnd);
  if (close < 0 || closingLine.trim() !== "---") {
    return fail(1, "front matter is not closed: add a line '---' after its last field");
  }
  const yamlSource = text.slice(4, close + 1);
  const value = readFrontMatter(yamlSource, file);
  if (!("id" in value)) return { article: null, problems: value.problems };

  const bodyStart = closeEnd < 0 ? text.length : closeEnd + 1;
  const body = text.slice(bodyStart);
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  const fmLine = (key: string) => {
    const i = yamlSource.split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? 1 : i + 2;
  };

  const dateProblem = checkCalendarDate(value.published);
  if (dateProblem) return fail(fmLine("published"), `'published' ${dateProblem}`);
  const implied: DatePrecision = value.published.length === 4 ? "year" : value.published.length === 7 ? "month" : "day";
  if (value.precision && value.precision !== implied) {
    return fail(
      fmLine("precision"),
      `'precision' says ${value.precision} but 'published: ${value.published}' is precise to the ${implied}; make them agree`,
    );
  }
  if (body.trim() === "") return fail(bodyLine, "the article has no text after its front matter");

  return {
    article: {
      file,
      id: value.id,
      title: value.title,
      publisher: value.publisher,
      author: value.author,
      genre: value.genre,
      url: value.url,
      published: value.published,
      precision: implied,
      year: Number(value.published.slice(0, 4)),
      body,
      bodyLine,
    },
    problems: [],
  };
}

/** The checked front matter, through the fast flat path when it applies, else the YAML library. */
function readFrontMatter(source: string, file: string): z.infer<typeof FrontMatterSchema> | { problems: Problem[] } {
  const flat = parseFlatYaml(source);
  const quick = flat ? FrontMatterSchema.safeParse(flat) : null;
  if (quick?.success) return quick.data;
  // The library parse also locates every problem at its line.
  const { value, problems } = parseYaml(source, FrontMatterSchema, file, 1);
  return value ?? { problems };
}

/** Null when an ISO date names a real day (2018-02-30 does not), else what is wrong with it. */
function checkCalendarDate(iso: string): string | null {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || y < 1900 || y > 2100) return `year ${iso.slice(0, 4)} is out of range; use an ISO date such as 2018-08-28`;
  if (m === undefined || d === undefined) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? null : `${iso} is not a day of the calendar; use an ISO date such as 2018-08-28`;
}
