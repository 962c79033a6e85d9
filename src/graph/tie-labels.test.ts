import { describe, expect, it } from "vitest";
import { arrowFrom, directionSentence, formatYears, quoteCount } from "./tie-labels";

describe("tie labels", () => {
  it("points the arrow from the actor's side", () => {
    const tie = { source: "iran", target: "syria", direction: "directed" as const };
    expect(arrowFrom(tie, "iran")).toBe("→");
    expect(arrowFrom(tie, "syria")).toBe("←");
    expect(arrowFrom({ ...tie, direction: "mutual" }, "syria")).toBe("↔");
  });

  it("says the direction in words", () => {
    expect(directionSentence("directed", "Iran", "Syria")).toBe("Iran acts on Syria");
  });

  it("compacts runs of years", () => {
    expect(formatYears([2024, 2016, 2017, 2018])).toBe("2016–2018, 2024");
    expect(formatYears([2018, 2024])).toBe("2018, 2024");
  });

  it("counts quotes", () => {
    expect(quoteCount(1)).toBe("1 quote");
    expect(quoteCount(5)).toBe("5 quotes");
  });
});
