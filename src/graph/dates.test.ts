import { describe, expect, it } from "vitest";
import { formatPublished, isAboutAnotherTime, precisionNote, publicationTime, timeBadge } from "./dates";
import type { EvidenceTime } from "./schema";

describe("formatPublished", () => {
  it("shows day, month and year as precise as the source is", () => {
    expect(formatPublished("2018-08-28", "day")).toBe("28 Aug 2018");
    expect(formatPublished("2018-08", "month")).toBe("Aug 2018");
    expect(formatPublished("2018", "year")).toBe("2018");
  });

  it("never claims more precision than stated", () => {
    expect(formatPublished("2018-08-28", "month")).toBe("Aug 2018");
    expect(formatPublished("2018-08-28", "year")).toBe("2018");
    expect(formatPublished("2018", "day")).toBe("2018");
  });

  it("notes a partial date", () => {
    expect(precisionNote("month")).toBe("month only");
    expect(precisionNote("day")).toBeNull();
  });
});

describe("the time a passage is about, in words", () => {
  const time = (t: Partial<EvidenceTime>): EvidenceTime => ({ from: "2008", to: "2008", precision: "year", approximate: false, words: "x", start: null, end: null, ...t });
  it("says 'about' a round figure, names a whole decade, and reads an open range from its start", () => {
    expect(timeBadge(time({ approximate: true }), "2018-09")).toBe("about 2008");
    expect(timeBadge(time({ from: "1980", to: "1989", precision: "decade" }), "2018")).toBe("about the 1980s");
    expect(timeBadge(time({ from: "1996", to: "1999", precision: "decade" }), "2018")).toBe("about 1996–1999");
    expect(timeBadge(time({ from: "2011", to: "2018-08-30", precision: "open" }), "2018-08-30")).toBe("since 2011");
    expect(timeBadge(time({ from: "2022-05", to: "2022-05", precision: "month" }), "2024-05-31")).toBe("about May 2022");
  });
  it("tells a passage about another time from one about its own article's", () => {
    expect(isAboutAnotherTime(time({}), "2018-09")).toBe(true);
    expect(isAboutAnotherTime(time({ from: "2018-07", to: "2018-07", precision: "month" }), "2018-08-30")).toBe(false);
    expect(isAboutAnotherTime(publicationTime({ published: "2018-08-30", precision: "day" }), "2018-08-30")).toBe(false);
  });
});
