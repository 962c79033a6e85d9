import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { placePictureLabels, type Box, type PictureNode } from "./picture-labels";

const node = (id: string, x: number, y: number, width = 60, keep = true): PictureNode => ({ id, x, y, r: 8, width, height: 15, keep });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("names in the exported picture", () => {
  it("puts a lone actor's name to the right of its circle", () => {
    const { labels } = placePictureLabels([node("iran", 100, 100)]);
    expect(labels).toEqual([expect.objectContaining({ id: "iran", anchor: "start", x: 112, y: 100, leader: null })]);
  });

  it("moves a name that would cover its neighbour's ('Saudi Arabia' beside 'United States') to a free side", () => {
    const { labels, unlabelled } = placePictureLabels([node("united-states", 100, 100, 90), node("saudi-arabia", 100, 80, 80)]);
    expect(unlabelled).toEqual([]);
    const [us, sa] = labels.map((l) => l.box);
    expect(overlaps(us!, sa!)).toBe(false);
  });

  it("names every actor of a crowded cluster without one name over another, using leader lines when it must", () => {
    const cluster = Array.from({ length: 9 }, (_, i) => node(`a${i}`, 100 + (i % 3) * 20, 100 + Math.floor(i / 3) * 20, 70));
    const { labels, unlabelled } = placePictureLabels(cluster);
    expect(unlabelled).toEqual([]);
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    expect(labels.some((l) => l.leader !== null)).toBe(true);
  });

  it("leaves a minor name out, and counts it, where no place is free; an important one stays beside its circle", () => {
    const circlesAround = [node("hub", 0, 0, 40)];
    // A minor actor whose every place is covered by a wall of circles around it.
    for (let x = -120; x <= 120; x += 16) for (let y = -80; y <= 80; y += 16) if (x !== 0 || y !== 0) circlesAround.push({ ...node(`w${x}:${y}`, x, y, 0, false), width: 0.0001 });
    const minor = placePictureLabels([{ ...node("minor", 0, 0, 200, false) }, ...circlesAround.slice(1)]);
    expect(minor.unlabelled).toContain("minor");
    const kept = placePictureLabels([{ ...node("core", 0, 0, 200, true) }, ...circlesAround.slice(1)]);
    expect(kept.labels.find((l) => l.id === "core")?.leader).toBeNull();
  });

  it("never places two names over each other unless both must be kept", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 20, max: 120 }) }), { maxLength: 25 }), (specs) => {
        const { labels, unlabelled } = placePictureLabels(specs.map((s, i) => node(`n${i}`, s.x, s.y, s.w, false)));
        expect(labels.length + unlabelled.length).toBe(specs.length);
        for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      }),
    );
  });
});
