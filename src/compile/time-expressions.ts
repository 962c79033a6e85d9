/**
 * Time expressions: the periods a sentence states ("a decade ago", "in 2015", "since 2011", "in the
 * 1990s", "last month", "on Thursday"), resolved against the article's publication date, each with
 * its precision and its place in the sentence. Pure, and independent of the rest of the extractor:
 * it takes the sentence's text and the publication date, and returns periods.
 *
 * A year that names a thing rather than dating an event ("the 1974 ceasefire line", "the 1967
 * borders") is no time; a year that dates an event ("a 2015 agreement signed in Vienna", "since the
 * 1973 war") dates that event.
 */
import { publicationTime } from "../graph/dates";
import type { DatePrecision, EvidenceTime } from "../graph/schema";

/**
 * How precise a stated period is: a day, a month, a year or a decade (from and to are its bounds), an
 * open range that runs from a start up to the publication ("since 2011"), or some time before the
 * publication that the sentence does not date ("years ago", "back then").
 */
export type TimePrecision = "day" | "month" | "year" | "decade" | "open" | "before";

/** A period a sentence states, resolved against the publication date. */
export interface StatedTime {
  /** First and last day, month or year of the period (inclusive), as partial ISO dates. */
  from: string;
  to: string;
  precision: TimePrecision;
  /** "a decade ago", "or so": the period is a round figure. */
  approximate: boolean;
  /** The words that state it, exactly `text.slice(start, end)`. */
  words: string;
  start: number;
  end: number;
}

/** When the article was published, as precisely as known. */
export interface Publication {
  published: string;
  precision: DatePrecision;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const COUNT = String.raw`(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;
const PART = String.raw`(?:(?:the\s+)?(?:early|mid|late|(?:end|beginning|start|turn)\s+of(?:\s+the)?)\s*-?\s*)`;
// Word edges as \b (ASCII words): the time words are English, and \b scans far faster than a
// look-around over Unicode classes at every position.
const EDGE = String.raw`\b`;
const END = String.raw`\b`;

/** Nouns after a year that make it part of a name, not the date of an event: "the 1974 ceasefire line". */
const NAMED_BY_YEAR = /^[\s-]*(?:[\p{L}-]+\s+){0,2}?(?:line|lines|border|borders|boundary|boundaries|frontier|frontiers|constitution|charter|map|maps|armistice|class|model|edition|generation)(?![\p{L}])/iu;
/** Counted things after a four-digit number that make it a quantity: "2000 troops". */
const QUANTITY_AFTER = /^\s+(?:troops|soldiers|fighters|people|men|militants|civilians|members|km|kilometres|kilometers|miles|tons|tonnes|dollars|barrels|rockets|missiles|residents|families|refugees)\b/iu;

type Resolve = (m: RegExpExecArray, pub: PubParts) => Omit<StatedTime, "words" | "start" | "end"> | null;

interface PubParts {
  year: number;
  month: number | null;
  day: number | null;
  iso: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full + 1 : MONTH_ABBR.indexOf(w.slice(0, 3)) + 1;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? 1);
}

/** The decade part "early"/"mid"/"late" as the years it spans within the decade. */
function decadeSpan(part: string | undefined, decade: number): [number, number] {
  const p = (part ?? "").toLowerCase();
  if (/early|beginning|start|turn/.test(p)) return [decade, decade + 3];
  if (/mid/.test(p)) return [decade + 3, decade + 6];
  if (/late|end/.test(p)) return [decade + 6, decade + 9];
  return [decade, decade + 9];
}

/** The publication as a period of its own precision. */
function publicationPeriod(pub: PubParts): { from: string; to: string; precision: TimePrecision } {
  return { from: pub.iso, to: pub.iso, precision: pub.precision };
}

function year(from: number, to = from, approximate = false) {
  return { from: String(from), to: String(to), precision: "year" as const, approximate };
}

/** Days before the publication, when it is dated to the day; otherwise the month or year it allows. */
function daysBefore(pub: PubParts, fromDays: number, toDays: number) {
  if (pub.day === null || pub.month === null) {
    const { from, to, precision } = publicationPeriod(pub);
    return { from, to, precision, approximate: false };
  }
  const { year: y, month, day } = pub;
  const at = (n: number) => isoDay(new Date(Date.UTC(y, month - 1, day - n)));
  const from = at(fromDays);
  const to = at(toDays);
  return { from, to, precision: "day" as const, approximate: false };
}

function monthsBefore(pub: PubParts, n: number) {
  if (pub.month === null) return year(pub.year - (n >= 12 ? Math.round(n / 12) : 0));
  const d = new Date(Date.UTC(pub.year, pub.month - 1 - n, 1));
  const iso = isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
  return { from: iso, to: iso, precision: "month" as const, approximate: false };
}

function open(from: string, pub: PubParts, approximate = false) {
  return { from, to: pub.iso, precision: "open" as const, approximate };
}

/**
 * The rules, tried in this order; where two overlap, the one found first in the sentence and then
 * the longer one wins. Each regex is matched case-insensitively over the whole sentence, and only
 * when its `quick` test (words it cannot match without) passes: most sentences name no time, and
 * the full patterns look around every position.
 */
const RULES: { name: string; quick: RegExp; re: RegExp; resolve: Resolve }[] = [
  {
    // "today", "now", "currently", "this week", "this year", "earlier this year", "these days"
    name: "present",
    quick: /today|\bnow\b|current|present|these days|this (?:week|month|year)/i,
    re: new RegExp(String.raw`${EDGE}(?:(?:earlier|later)\s+)?(?:today|now|nowadays|currently|at\s+present|these\s+days|this\s+(?:week|month|year))${END}`, "giu"),
    resolve: (m, pub) => {
      const w = m[0].toLowerCase();
      if (w.endsWith("year")) return year(pub.year);
      if (w.endsWith("month") && pub.month !== null) return { from: isoMonth(pub.year, pub.month), to: isoMonth(pub.year, pub.month), precision: "month", approximate: false };
      if (w.endsWith("week")) return daysBefore(pub, 6, 0);
      return { ...publicationPeriod(pub), approximate: false };
    },
  },
  {
    name: "yesterday",
    quick: /yesterday/i,
    re: new RegExp(String.raw`${EDGE}yesterday${END}`, "giu"),
    resolve: (_m, pub) => daysBefore(pub, 1, 1),
  },
  {
    // "last week", "late last month", "last year", "the previous year"
    name: "last",
    quick: /(?:last|previous|past) (?:week|month|year)/i,
    re: new RegExp(String.raw`${EDGE}(?:(?:early|late)\s+)?(?:last|the\s+previous|the\s+past)\s+(week|month|year)${END}`, "giu"),
    resolve: (m, pub) => {
      const unit = m[1]!.toLowerCase();
      if (unit === "week") return daysBefore(pub, 13, 7);
      if (unit === "month") return monthsBefore(pub, 1);
      return year(pub.year - 1);
    },
  },
  {
    // "a decade ago", "seven years ago", "two months ago", "decades ago", "years ago", "a few years ago"
    name: "ago",
    quick: / ago/i,
    re: new RegExp(String.raw`${EDGE}(?:(${COUNT}|a\s+few|several|some|many)\s+)?(?:(and\s+a\s+half)\s+)?(days?|weeks?|months?|years?|decades?)(\s+and\s+a\s+half)?\s+ago${END}`, "giu"),
    resolve: (m, pub) => {
      const countWord = m[1]?.toLowerCase().replace(/\s+/g, " ");
      const unit = m[3]!.toLowerCase().replace(/s$/, "");
      const half = Boolean(m[2] || m[4]);
      if (!countWord || ["a few", "several", "some", "many"].includes(countWord)) {
        return { from: String(pub.year - 1), to: String(pub.year - 1), precision: "before", approximate: true };
      }
      const n = countOf(countWord) + (half ? 0.5 : 0);
      if (unit === "day") return daysBefore(pub, n, n);
      if (unit === "week") return daysBefore(pub, n * 7 + 6, n * 7);
      if (unit === "month") return monthsBefore(pub, Math.round(n));
      const years = Math.round(unit === "decade" ? n * 10 : n);
      return year(pub.year - years, pub.year - years, unit === "decade" || half);
    },
  },
  {
    // "over the past decade or so", "in the past two years", "in recent years", "for the last five years"
    name: "past-span",
    quick: /past|last|recent/i,
    re: new RegExp(String.raw`${EDGE}(?:(?:over|in|during|for|throughout)\s+)?(?:the\s+(?:past|last)\s+(?:(${COUNT}|few|several)\s+)?(days?|weeks?|months?|years?|decades?)|recent\s+(years|months|decades))(\s+or\s+so)?${END}`, "giu"),
    resolve: (m, pub) => {
      const unit = (m[2] ?? m[3] ?? "years").toLowerCase().replace(/s$/, "");
      const countWord = m[1]?.toLowerCase();
      const n = countWord && !["few", "several"].includes(countWord) ? countOf(countWord) : unit === "decade" ? 1 : 3;
      const approximate = !countWord || Boolean(m[4]) || ["few", "several"].includes(countWord ?? "");
      if (unit === "day" || unit === "week") return daysBefore(pub, unit === "week" ? n * 7 : n, 0);
      if (unit === "month") {
        const start = monthsBefore(pub, n);
        return open(start.from, pub, approximate);
      }
      return open(String(pub.year - (unit === "decade" ? n * 10 : n)), pub, approximate);
    },
  },
  {
    // "between 2011 and 2015", "from 2011 to 2015", "2011-2015"
    name: "year-range",
    quick: /\d{4}\s*(?:and|to|until|till|[-–])\s*\d{4}/i,
    re: new RegExp(String.raw`${EDGE}(?:between\s+(${YEAR})\s+and\s+(${YEAR})|from\s+(${YEAR})\s+(?:to|until|till)\s+(${YEAR})|(${YEAR})\s*[-–]\s*(${YEAR}))${END}`, "giu"),
    resolve: (m) => {
      const a = Number(m[1] ?? m[3] ?? m[5]);
      const b = Number(m[2] ?? m[4] ?? m[6]);
      return a < b ? year(a, b) : null;
    },
  },
  {
    // "since 2011", "since the end of 2015", "since March 2011", "since the 1990s", "since the 1973
    // war", "since breaking out in 2011", "since the war began in 2011"; "after 2022" (from 2023 on)
    name: "since",
    quick: /(?:since|after) /i,
    re: new RegExp(String.raw`${EDGE}(since|after)\s+(?:(?:[\p{L}’']+\s+){1,4}?in\s+)?${PART}?(?:(${MONTH})\s+)?(?:the\s+)?(${YEAR})(s)?${END}`, "giu"),
    resolve: (m, pub) => {
      if (m[1]!.toLowerCase() === "after") {
        // "after the 2006 war" dates the war, not a range; a bare "after 2022" opens one.
        if (!/^after\s+\d/i.test(m[0])) return null;
        return Number(m[3]) < pub.year ? open(String(Number(m[3]) + 1), pub) : null;
      }
      const y = Number(m[3]);
      if (m[4]) return open(String(decadeSpan(m[0], y)[0]), pub);
      if (m[2]) return open(isoMonth(y, monthIndex(m[2])), pub);
      return open(String(y), pub);
    },
  },
  {
    // "since earlier this year" is the present rule's; "since then" dates nothing by itself.
    // "in the 1980s", "the late 1990s", "the end of the 1990s", "the mid-2000s"
    name: "decade",
    quick: /\d0['’]?s/,
    re: new RegExp(String.raw`${EDGE}(?:(?:in|during|through|throughout|of|by)\s+)?(?:the\s+)?${PART}?(1[89]\d0|20[0-2]0)['’]?s${END}`, "giu"),
    resolve: (m) => {
      const decade = Number(m[1]);
      const [from, to] = decadeSpan(m[0], decade);
      return { from: String(from), to: String(to), precision: "decade", approximate: false };
    },
  },
  {
    // "Aug. 30, 2018", "30 August 2018", "May 19, 2024"
    name: "full-date",
    quick: /\d{4}/,
    re: new RegExp(String.raw`${EDGE}(?:(?:on|of)\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(${YEAR})|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s+(${YEAR}))${END}`, "giu"),
    resolve: (m) => {
      const month = monthIndex(m[1] ?? m[5]!);
      const day = Number(m[2] ?? m[4]);
      const y = Number(m[3] ?? m[6]);
      if (!month || day < 1 || day > 31) return null;
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      return { from: iso, to: iso, precision: "day", approximate: false };
    },
  },
  {
    // "in May 2022", "back to May 2022", "early March 2011"
    name: "month-year",
    quick: /\d{4}/,
    re: new RegExp(String.raw`${EDGE}(?:(?:in|during|by|of|since|until)\s+)?(?:(?:early|mid|late)\s*-?\s*)?(${MONTH})\s+(?:of\s+)?(${YEAR})${END}`, "giu"),
    resolve: (m) => {
      const month = monthIndex(m[1]!);
      if (!month) return null;
      const iso = isoMonth(Number(m[2]), month);
      return { from: iso, to: iso, precision: "month", approximate: false };
    },
  },
  {
    // "on May 19", "May 19": the last such day up to the publication
    name: "month-day",
    quick: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\s+\d/i,
    re: new RegExp(String.raw`${EDGE}(?:on\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?${END}(?!,?\s+\d)`, "giu"),
    resolve: (m, pub) => {
      const month = monthIndex(m[1]!);
      const day = Number(m[2]);
      if (!month || day < 1 || day > 31) return null;
      const afterPublication = pub.month !== null && (month > pub.month || (month === pub.month && pub.day !== null && day > pub.day));
      const y = afterPublication ? pub.year - 1 : pub.year;
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      return { from: iso, to: iso, precision: "day", approximate: false };
    },
  },
  {
    // "on Thursday": the last Thursday up to the publication, when it is dated to the day
    name: "weekday",
    quick: /day\b/i,
    re: new RegExp(String.raw`${EDGE}(?:on\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)${END}`, "giu"),
    resolve: (m, pub) => {
      if (pub.day === null || pub.month === null) return { ...publicationPeriod(pub), approximate: false };
      const published = new Date(Date.UTC(pub.year, pub.month - 1, pub.day));
      const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      return daysBefore(pub, back, back);
    },
  },
  {
    // "in 2015", "a 2015 agreement", "the 2006 war"; not "the 1974 ceasefire line" nor "2000 troops"
    name: "year",
    quick: /\d{4}/,
    re: new RegExp(String.raw`${EDGE}(?:(?:in|during|by|of|from|until|before|after|around)\s+)?(?:(?:early|mid|late)\s*-?\s*)?(${YEAR})${END}(?![-–]\d)`, "giu"),
    resolve: (m) => year(Number(m[1])),
  },
  {
    // "back then", "at the time", "historically": before the publication, not said when
    name: "undated-past",
    quick: /then|time|histor|past|former|once/i,
    re: new RegExp(String.raw`${EDGE}(?:back\s+then|at\s+the\s+time|historically|in\s+the\s+past|formerly|once\s+upon\s+a\s+time)${END}`, "giu"),
    resolve: (_m, pub) => ({ from: String(pub.year - 1), to: String(pub.year - 1), precision: "before", approximate: true }),
  },
];

/** Any rule's quick test at once: a sentence that passes none states no time (most sentences). */
const ANY_QUICK = new RegExp(RULES.map((r) => r.quick.source).join("|"), "i");

function publicationParts(p: Publication): PubParts {
  const [y, m, d] = p.published.split("-").map(Number);
  return { year: y!, month: m ?? null, day: d ?? null, iso: p.published, precision: p.precision };
}

/** Whether the four digits at `start`…`end` of `text` name a thing or count one, rather than date an event. */
function yearIsNotATime(text: string, start: number, end: number, rule: string): boolean {
  if (rule !== "year" && rule !== "since") return false;
  const digits = /(1[89]\d\d|20\d\d)(?![\d])/u.exec(text.slice(start, end));
  if (!digits) return false;
  const after = text.slice(start + digits.index + 4);
  if (QUANTITY_AFTER.test(after)) return true;
  // A year between "the" and a standing thing is part of that thing's name.
  return rule === "year" && NAMED_BY_YEAR.test(after);
}

/**
 * Every period `text` states, in the order of the text, each resolved against the publication. A
 * sentence that states none gives an empty list (its time is the publication's).
 */
export function readTimeExpressions(text: string, publication: Publication): StatedTime[] {
  const pub = publicationParts(publication);
  if (!ANY_QUICK.test(text)) return [];
  const found: StatedTime[] = [];
  for (const rule of RULES) {
    if (!rule.quick.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      if (yearIsNotATime(text, start, end, rule.name)) continue;
      const period = rule.resolve(m, pub);
      if (period) found.push({ ...period, words: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The stated period nearest to `at` (an offset in the same text), or null when there is none. */
export function nearestTime(times: readonly StatedTime[], at: number): StatedTime | null {
  let best: StatedTime | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    const distance = at < t.start ? t.start - at : at > t.end ? at - t.end : 0;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year a period is counted under: its last year (an open range's is the publication's). */
export function yearOfPeriod(period: Pick<StatedTime, "to">): number {
  return Number(period.to.slice(0, 4));
}


/**
 * The time a reading is about, from the periods its sentence states (offsets in the body): the one
 * nearest to its cue (the first when it has none), else the period its paragraph opened with
 * (`carried`, as the historical mark names it), else the publication date. A stated period that
 * dates nothing ("back then") gives way to the paragraph's.
 */
export function timeOfReading(
  stated: readonly StatedTime[],
  cueStart: number | null,
  carried: { period: string | null } | null,
  publication: Publication,
): EvidenceTime {
  const near = stated.length ? nearestTime(stated, cueStart ?? stated[0]!.start) : null;
  // "Back then", "at the time" say only that it is past: the paragraph's period, when it has one, says when.
  if (near && !(near.precision === "before" && carried?.period)) return { from: near.from, to: near.to, precision: near.precision, approximate: near.approximate, words: near.words, start: near.start, end: near.end };
  if (carried) {
    const [period] = carried.period ? readTimeExpressions(carried.period, publication) : [];
    const undated = readTimeExpressions("back then", publication)[0]!;
    const t = period ?? undated;
    return { from: t.from, to: t.to, precision: t.precision, approximate: t.approximate, words: carried.period, start: null, end: null };
  }
  return publicationTime(publication);
}

/** The periods a sentence states, with offsets in the body rather than the sentence. */
export function timesInSentence(sentence: { start: number; text: string }, publication: Publication): StatedTime[] {
  return readTimeExpressions(sentence.text, publication).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
}
