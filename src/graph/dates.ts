/**
 * Publication dates as precise as the source allows: "28 Aug 2018", "Aug 2018" or "2018". Month
 * names are fixed English abbreviations so a date reads the same on every machine.
 */
import type { DatePrecision, EvidenceTime } from "./schema";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Formats a partial ISO date (`2018-08-28`, `2018-08`, `2018`) no more precisely than `precision`. */
export function formatPublished(published: string, precision: DatePrecision): string {
  const [year = "", month, day] = published.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "day" && monthName && day) return `${Number(day)} ${monthName} ${year}`;
  if (precision !== "year" && monthName) return `${monthName} ${year}`;
  return year;
}

/** What a precision note adds after a date: "month only", "year only", or nothing for a full date. */
export function precisionNote(precision: DatePrecision): string | null {
  return precision === "day" ? null : `${precision} only`;
}

/** The time of a passage that states none: its article's publication date, as precise as it is. */
export function publicationTime(publication: { published: string; precision: DatePrecision }): EvidenceTime {
  const { published, precision } = publication;
  return { from: published, to: published, precision, approximate: false, words: null, start: null, end: null };
}

/**
 * The period a passage is about, in words: "2015", "about 2008", "1996–1999", "since 2011", "May
 * 2022", "before 2018" (some time before its publication, not dated).
 */
export function timeLabel(time: EvidenceTime, published: string): string {
  const range = (from: string, to: string, precision: DatePrecision) =>
    from === to ? formatPublished(from, precision) : `${formatPublished(from, precision)}–${formatPublished(to, precision)}`;
  switch (time.precision) {
    case "open":
      return `${time.approximate ? "roughly since" : "since"} ${formatPublished(time.from, time.from.length === 4 ? "year" : time.from.length === 7 ? "month" : "day")}`;
    case "before":
      return `before ${published.slice(0, 4)}`;
    case "decade":
      return time.from.endsWith("0") && time.to.endsWith("9") && Number(time.to) - Number(time.from) === 9 ? `the ${time.from}s` : range(time.from, time.to, "year");
    default:
      return `${time.approximate ? "about " : ""}${range(time.from, time.to, time.precision)}`;
  }
}

/** Whether a passage is about another time than its article's publication (the reader should be told). */
export function isAboutAnotherTime(time: EvidenceTime, published: string): boolean {
  return time.words !== null && (time.precision === "open" || time.precision === "before" || time.precision === "decade" || Number(time.to.slice(0, 4)) !== Number(published.slice(0, 4)));
}

/** The words on a passage's time badge: "about 2008", "about the 1980s", "since 2011", "before 2018". */
export function timeBadge(time: EvidenceTime, published: string): string {
  const label = timeLabel(time, published);
  return /^(about|since|roughly|before) /.test(label) ? label : `about ${label}`;
}
