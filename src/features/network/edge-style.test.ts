import { describe, expect, it } from "vitest";
import { QUAD_CLASSES } from "../../graph/vocabulary";
import { QUAD_ORDER, nodeRadius, quadStyle, tieWidth } from "./edge-style";

describe("edge styling by quad class", () => {
  it("draws material cooperation as a solid line", () => {
    expect(quadStyle("material-cooperation").dash).toBe("");
  });

  it("draws verbal cooperation dashed and verbal conflict dotted", () => {
    expect(quadStyle("verbal-cooperation").dash).not.toBe("");
    expect(quadStyle("verbal-conflict").lineCap).toBe("round");
    expect(quadStyle("verbal-conflict").dash).not.toBe(quadStyle("verbal-cooperation").dash);
  });

  it("draws material conflict as the heaviest solid line", () => {
    expect(quadStyle("material-conflict").dash).toBe("");
    expect(tieWidth(1, "material-conflict")).toBeGreaterThan(tieWidth(1, "material-cooperation"));
  });

  it("tells every quad class apart without colour (dash, cap and weight differ)", () => {
    const signatures = QUAD_CLASSES.map((q) => `${quadStyle(q).dash}/${quadStyle(q).lineCap}/${quadStyle(q).extraWidth}`);
    expect(new Set(signatures).size).toBe(QUAD_CLASSES.length);
    expect(new Set(QUAD_CLASSES.map((q) => quadStyle(q).className)).size).toBe(QUAD_CLASSES.length);
  });

  it("lists every quad class once in legend order", () => {
    expect([...QUAD_ORDER].sort()).toEqual([...QUAD_CLASSES].sort());
  });

  it("widens a tie with more evidence, up to a cap", () => {
    expect(tieWidth(5, "verbal-cooperation")).toBeGreaterThan(tieWidth(1, "verbal-cooperation"));
    expect(tieWidth(10_000, "material-conflict")).toBeLessThanOrEqual(7);
  });

  it("sizes nodes by mentions, with a floor for unmentioned actors", () => {
    expect(nodeRadius(0)).toBeGreaterThan(0);
    expect(nodeRadius(100)).toBeGreaterThan(nodeRadius(10));
    expect(nodeRadius(1_000_000)).toBeLessThanOrEqual(30);
  });
});
