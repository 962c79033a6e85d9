import { describe, expect, it } from "vitest";
import { edgePath, parallelOffset, towards } from "./edge-geometry";

describe("parallel ties", () => {
  it("draws a single tie straight", () => {
    expect(parallelOffset(0, 1)).toBe(0);
  });

  it("spreads several ties symmetrically around the straight line", () => {
    const offsets = [0, 1, 2].map((i) => parallelOffset(i, 3, 10));
    expect(offsets).toEqual([-10, 0, 10]);
    expect(parallelOffset(0, 2, 10)).toBe(-parallelOffset(1, 2, 10));
  });

  it("curves reversed ties between the same pair to the same side", () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const forward = edgePath(a, b, 10, a, b, 0, 0);
    const backward = edgePath(b, a, 10, a, b, 0, 0);
    expect(forward.mid.y).toBeCloseTo(backward.mid.y);
    expect(Math.abs(forward.mid.y)).toBeCloseTo(10);
  });

  it("stops the line at the node rims", () => {
    const { d } = edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, { x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20);
    expect(d).toBe("M10,0L80,0");
  });

  it("never trims past the middle of a short edge", () => {
    expect(towards({ x: 0, y: 0 }, { x: 10, y: 0 }, 50)).toEqual({ x: 5, y: 0 });
  });
});
