import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate, placeNodeLabels } from "./label-placement";

const label = (id: string, x: number, y: number, width = 60): LabelCandidate => ({ id, x, y, width, height: 16 });
const screen = { width: 800, height: 600 };

describe("placeLabels", () => {
  it("keeps the first of two overlapping labels and drops the other", () => {
    const placed = placeLabels([label("selected", 100, 100), label("other", 120, 105)], screen, 10);
    expect(placed.map((l) => l.id)).toEqual(["selected"]);
  });

  it("never places two labels that overlap, however many crowd together", () => {
    const crowd = Array.from({ length: 400 }, (_, i) => label(`a${i}`, (i * 37) % 700, 20 + ((i * 53) % 560)));
    const placed = placeLabels(crowd, screen, 1000);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    expect(placed.length).toBeGreaterThan(20);
  });

  it("leaves out labels off screen and stops at the maximum", () => {
    expect(placeLabels([label("off", -50, 100), label("on", 10, 100)], screen, 10).map((l) => l.id)).toEqual(["on"]);
    expect(placeLabels([label("a", 10, 100), label("b", 10, 200), label("c", 10, 300)], screen, 2)).toHaveLength(2);
  });
});

describe("placeNodeLabels", () => {
  const node = (id: string, x: number, y: number, keep = false) => ({ id, x, y, r: 8, name: id, keep });

  it("puts a lone node's label on its right", () => {
    expect(placeNodeLabels([node("Iran", 0, 0)]).get("Iran")).toEqual({ x: 13, y: 0, anchor: "start" });
  });

  it("moves a label that would cover an earlier one to another side", () => {
    const spots = placeNodeLabels([node("United States", 0, 0), node("Afghanistan", -30, 12)]);
    expect(spots.get("United States")?.anchor).toBe("start");
    expect(spots.get("Afghanistan")?.anchor).not.toBe("start");
  });

  it("leaves out the label of a crowded node unless it must be kept", () => {
    const crowd = [node("A long name", 0, 0), node("B long name", 0, 12), node("C long name", 0, -12), node("D long name", -40, 0), node("E long name", 40, 0)];
    const spots = placeNodeLabels([...crowd, node("Hidden", 0, 0.5)]);
    expect(spots.has("Hidden")).toBe(false);
    expect(placeNodeLabels([...crowd, node("Kept", 0, 0.5, true)]).has("Kept")).toBe(true);
  });

  it("never puts a label under the open legend: a node beside it takes its right side or below", () => {
    const legend = { x0: -200, y0: -100, x1: -30, y1: 100 };
    const spots = placeNodeLabels([node("Blocker", 24, 0), node("Lebanon", 0, 0)], 1, [legend]);
    // Right is taken by Blocker's circle and left lies under the legend: below is free.
    expect(spots.get("Lebanon")?.anchor).toBe("middle");
  });
});
