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
