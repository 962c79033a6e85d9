import { describe, expect, it } from "vitest";
import { formatPublished, precisionNote } from "./dates";

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
