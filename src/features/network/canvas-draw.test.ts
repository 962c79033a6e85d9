import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../graph/test-fixture";
import { DEFAULT_VIEW } from "../../graph/view-state";
import { drawScene, sceneOf, tint, type CanvasView } from "./canvas-draw";
import { buildNetwork } from "./network-model";

/** A 2D context that records the text drawn and the lines stroked (with their dash), as a sighted user would see them. */
function recordingContext() {
  const texts: string[] = [];
  const strokes: { dash: number[]; lines: number; alpha: number }[] = [];
  let lines = 0;
  let dash: number[] = [];
  const ctx = {
    canvas: { width: 0, height: 0 },
    globalAlpha: 1,
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => void (lines = 0),
    moveTo: () => undefined,
    lineTo: () => void lines++,
    arc: () => undefined,
    fill: () => undefined,
    stroke: () => void (lines && strokes.push({ dash, lines, alpha: ctx.globalAlpha })),
    setLineDash: (d: number[]) => void (dash = d),
    strokeText: () => undefined,
    fillText: (text: string) => void texts.push(text),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, strokes };
}

const graph = fixtureGraph();
const model = buildNetwork(graph, DEFAULT_VIEW);
const scene = sceneOf(model, 1, () => 2);
const view = (patch: Partial<CanvasView> = {}): CanvasView => ({
  width: 800,
  height: 600,
  dpr: 1,
  x: 400,
  y: 300,
  k: 1,
  selected: -1,
  selectedEdge: -1,
  hovered: -1,
  focus: null,
  pinned: new Int32Array(),
  colours: { quad: {}, coMention: "#bbb", text: "#111", halo: "#fff", muted: "#666" },
  ...patch,
});
/** Every node placed on a small circle around the origin. */
const positions = {
  xy: Float32Array.from(model.nodes.flatMap((_, i) => [100 * Math.cos(i), 100 * Math.sin(i)])),
  slots: Int32Array.from(model.nodes.keys()),
};

describe("drawing the network on a canvas", () => {
  it("draws every tie of the view once, and names its actors", () => {
    const { ctx, texts, strokes } = recordingContext();
    const drawn = drawScene(ctx, scene, view(), positions);
    expect(strokes.reduce((n, s) => n + s.lines, 0)).toBe(model.edges.length);
    expect(drawn).toMatchObject({ nodes: model.nodes.length, ties: model.edges.filter((e) => e.kind === "tie").length });
    expect(texts.sort()).toEqual(model.nodes.map((n) => n.name).sort());
  });

  it("keeps a dash pattern for dashed and dotted ties, so colour is not the only cue", () => {
    const { ctx, strokes } = recordingContext();
    drawScene(ctx, scene, view(), positions);
    expect(strokes.some((s) => s.dash.length === 0)).toBe(true);
    expect(strokes.some((s) => s.dash.length > 0)).toBe(true);
  });

  it("dims the ties away from the selected actor and labels the actor first", () => {
    const iran = model.nodes.findIndex((n) => n.id === "iran");
    const focus = Uint8Array.from(model.nodes, (n) => Number(n.id === "iran" || model.edges.some((e) => (e.source === "iran" && e.target === n.id) || (e.target === "iran" && e.source === n.id))));
    const { ctx, texts, strokes } = recordingContext();
    drawScene(ctx, scene, view({ selected: iran, focus }), positions);
    expect(texts[0]).toBe("Iran");
    const dim = strokes.filter((s) => s.alpha < 0.5).reduce((n, s) => n + s.lines, 0);
    const bright = strokes.filter((s) => s.alpha === 1).reduce((n, s) => n + s.lines, 0);
    expect(bright).toBe(model.edges.filter((e) => e.source === "iran" || e.target === "iran").length);
    expect(dim + bright).toBe(model.edges.length);
  });

  it("draws nothing before the layout's first frame", () => {
    const { ctx, texts, strokes } = recordingContext();
    expect(drawScene(ctx, scene, view(), null).nodes).toBe(0);
    expect(texts).toEqual([]);
    expect(strokes).toEqual([]);
  });
});

describe("tint", () => {
  it("mixes an actor's colour towards the base, as the SVG does", () => {
    expect(tint("#d62839", "#ffffff", 0.5)).toBe("#eb949c");
    expect(tint("#d62839", undefined, 0.5)).toBe("#d62839");
    expect(tint("red", "#ffffff", 0.5)).toBe("red");
  });
});
