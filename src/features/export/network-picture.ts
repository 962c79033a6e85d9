/**
 * The current network view as a standalone SVG picture: the drawn network (as laid out on screen,
 * with every style the page's CSS gave it written onto the elements), a title naming the years and
 * filters, and the legend, so the picture explains itself outside the app. PNG is the same picture
 * drawn at twice its size.
 */
import type { Actor } from "../../graph/schema";
import { boundsOf, placePictureLabels } from "./picture-labels";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The presentation properties copied from the page's CSS onto the exported elements. */
const STYLE_PROPS = [
  "display",
  "visibility",
  "opacity",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
];

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  // Presentation attributes, not a style attribute: the Content-Security-Policy forbids inline styles.
  for (const p of STYLE_PROPS) {
    const value = computed.getPropertyValue(p);
    if (value) copy.setAttribute(p, value);
  }
  for (const attr of ["class", "style", "tabindex", "role", "aria-label", "aria-pressed", "aria-hidden", "focusable", "data-tie-id", "data-actor-id"]) copy.removeAttribute(attr);
  const from = Array.from(source.children);
  const to = Array.from(copy.children);
  from.forEach((child, i) => {
    const target = to[i];
    if (target) inlineStyles(child, target);
  });
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Splits `text` into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PictureText {
  /** "Ties in 2018", in large type at the top. */
  title: string;
  /** The filters and counts, under the title. */
  subtitle: string;
}

/** What the picture says of each actor: its name and kind in the legend, its rank for naming. */
export type PictureActor = Pick<Actor, "id" | "name" | "kind" | "core" | "mentionCount">;

/** Names every actor of a picture up to this many; past it, the most important are kept, others may go. */
const KEEP_NAMES = 80;
/** The legend lists every actor of a picture up to this many, else the most mentioned and says so. */
const LEGEND_ACTORS = 60;
const LABEL_SIZE = 13;

/** The width of `text` in the page's font at `size` px and `weight`. */
function textMeasurer(family: string): (text: string, size: number, weight: number) => number {
  const context = document.createElement("canvas").getContext("2d");
  return (text, size, weight) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}

/** A valid, readable XML id: "actor-iran", "tie-alliance--iran--syria". */
function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}

/** The aria-label of a screen element becomes the SVG's own tooltip and accessible name: a <title>. */
function titled(copy: Element, label: string | null): void {
  if (!label) return;
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = label;
  copy.insertBefore(title, copy.firstChild);
}

/** The picture as SVG text, or null when no network is on screen. */
export function networkPictureSvg(text: PictureText, actors: readonly PictureActor[]): { svg: string; width: number; height: number } | null {
  const screen = document.querySelector<SVGSVGElement>("svg.network__svg");
  const layer = screen?.querySelector<SVGGElement>(":scope > g");
  if (!screen || !layer) return null;
  const styles = getComputedStyle(document.body);
  const font = styles.fontFamily;
  const ink = styles.color;
  const rootStyle = getComputedStyle(document.documentElement);
  const paper = rootStyle.getPropertyValue("--tg-bg").trim() || "#ffffff";
  const muted = rootStyle.getPropertyValue("--tg-muted").trim() || ink;
  const measure = textMeasurer(font);
  const actorById = new Map(actors.map((a) => [a.id, a]));

  // The drawn actors, in the order their names are placed: the selection, core actors, the most mentioned.
  const screenNodes = Array.from(layer.querySelectorAll<SVGGElement>(".net-node[data-actor-id]")).flatMap((g) => {
    const actor = actorById.get(g.dataset.actorId ?? "");
    const matrix = g.transform.baseVal.consolidate()?.matrix;
    const r = Number(g.querySelector(".net-node__dot")?.getAttribute("r") ?? 8);
    return actor && matrix ? [{ actor, x: matrix.e, y: matrix.f, r, selected: g.classList.contains("is-selected") }] : [];
  });
  screenNodes.sort((a, b) => Number(b.selected) - Number(a.selected) || Number(b.actor.core) - Number(a.actor.core) || b.actor.mentionCount - a.actor.mentionCount || a.actor.name.localeCompare(b.actor.name));
  const weightOf = (n: (typeof screenNodes)[number]) => (n.selected ? 750 : n.actor.core ? 550 : 450);
  const { labels, unlabelled } = placePictureLabels(
    screenNodes.map((n, i) => ({ id: n.actor.id, x: n.x, y: n.y, r: n.r, width: measure(n.actor.name, LABEL_SIZE, weightOf(n)) + 2, height: LABEL_SIZE + 4, keep: i < KEEP_NAMES })),
  );

  // The network as drawn, without its on-screen names (placed anew for paper) and invisible hit areas.
  const copy = layer.cloneNode(true) as SVGGElement;
  const screenElements = Array.from(layer.querySelectorAll("*"));
  const copiedElements = Array.from(copy.querySelectorAll("*"));
  const drop = copiedElements.filter((_, i) => screenElements[i]?.matches(".net-layer--labels, .net-edge__hit, .net-node__ring, .net-edge__ring"));
  inlineStyles(layer, copy);
  copiedElements.forEach((c, i) => {
    const source = screenElements[i];
    const actorId = source?.getAttribute("data-actor-id");
    const tieId = source?.getAttribute("data-tie-id");
    if (actorId) c.setAttribute("id", xmlId("actor", actorId));
    if (tieId) c.setAttribute("id", xmlId("tie", tieId));
    if (actorId || tieId) titled(c, source?.getAttribute("aria-label") ?? null);
  });
  for (const d of drop) d.remove();
  copy.removeAttribute("transform");
  const names = el("g", { id: "actor-names", "font-family": font, "font-size": LABEL_SIZE });
  const byId = new Map(screenNodes.map((n) => [n.actor.id, n]));
  for (const label of labels) {
    const n = byId.get(label.id);
    if (!n) continue;
    if (label.leader) names.append(el("line", { ...label.leader, stroke: muted, "stroke-width": 0.8 }));
    names.append(
      el(
        "text",
        { x: label.x, y: label.y, dy: "0.35em", "text-anchor": label.anchor, "font-weight": weightOf(n), fill: n.actor.core || n.selected ? ink : muted, stroke: paper, "stroke-width": 4, "stroke-linejoin": "round", "paint-order": "stroke" },
        n.actor.name,
      ),
    );
  }
  copy.append(names);

  const drawnBox = (() => {
    const parts = Array.from(layer.querySelectorAll<SVGGElement>(":scope > g:not(.net-layer--labels)")).map((g) => g.getBBox()).filter((b) => b.width > 0 || b.height > 0);
    return boundsOf([...parts.map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height })), ...labels.map((l) => l.box)]) ?? { x0: 0, y0: 0, x1: 320, y1: 240 };
  })();
  const pad = 24;
  const netW = Math.max(320, Math.ceil(drawnBox.x1 - drawnBox.x0 + pad * 2));
  const netH = Math.max(240, Math.ceil(drawnBox.y1 - drawnBox.y0 + pad * 2));
  const top = 78;

  // The legend: each row's sample line as drawn on screen and its words, then every actor drawn.
  const legendRows: { name: string; lines: string[]; sample: SVGSVGElement | null }[] = Array.from(document.querySelectorAll(".legend .legend__list:first-of-type > .legend__row")).map((row) => {
    const sample = row.querySelector("svg");
    let copied: SVGSVGElement | null = null;
    if (sample) {
      copied = sample.cloneNode(true) as SVGSVGElement;
      inlineStyles(sample, copied);
    }
    const name = row.querySelector(".legend__name")?.textContent ?? "";
    const note = row.querySelector(".legend__note")?.textContent ?? "";
    return { name, lines: [...(name ? [name] : []), ...wrap(note, 44)], sample: copied };
  });
  const drawnActors = screenNodes.map((n) => n.actor);
  const listed = drawnActors.length <= LEGEND_ACTORS ? [...drawnActors] : [...drawnActors].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)).slice(0, LEGEND_ACTORS);
  listed.sort((a, b) => Number(b.core) - Number(a.core) || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const columns = listed.length > 16 ? 2 : 1;
  const actorWidth = Math.max(0, ...listed.map((a) => Math.max(measure(a.name, 12, 400), measure(a.kind, 11, 400)))) + 22;
  const rowsWidth = Math.max(0, ...legendRows.flatMap((r) => r.lines.map((line, i) => measure(line, 12, i === 0 && r.name ? 700 : 400)))) + 48;
  const legendW = Math.ceil(Math.max(260, rowsWidth, actorWidth * columns + 16 * (columns - 1))) + 8;
  const width = netW + legendW + 32;

  const root = el("svg", { xmlns: SVG_NS, version: "1.1", role: "img", "aria-labelledby": "picture-title" }) as SVGSVGElement;
  const background = el("rect", { x: 0, y: 0, fill: paper });
  root.append(background);
  root.append(el("title", { id: "picture-title" }, `${text.title}: ${text.subtitle}`));
  root.append(el("text", { x: 20, y: 36, "font-family": font, "font-size": 22, "font-weight": 700, fill: ink }, text.title));
  root.append(el("text", { x: 20, y: 60, "font-family": font, "font-size": 13, fill: ink, "fill-opacity": 0.75 }, text.subtitle));

  const network = el("svg", { id: "network", x: 0, y: top, width: netW, height: netH, viewBox: `${drawnBox.x0 - pad} ${drawnBox.y0 - pad} ${netW} ${netH}` });
  network.append(copy);
  root.append(network);

  const legend = el("g", { id: "legend", transform: `translate(${netW + 16},${top})`, "font-family": font, fill: ink });
  legend.append(el("text", { x: 0, y: 14, "font-size": 14, "font-weight": 700 }, "Legend"));
  let y = 38;
  for (const row of legendRows) {
    if (row.sample) {
      row.sample.setAttribute("x", "0");
      row.sample.setAttribute("y", String(y - 10));
      legend.append(row.sample);
    }
    row.lines.forEach((line, i) => legend.append(el("text", { x: 44, y: y + i * 15, "font-size": 12, "font-weight": i === 0 && row.name ? 700 : 400 }, line)));
    y += Math.max(1, row.lines.length) * 15 + 8;
  }
  y += 8;
  const heading = listed.length === drawnActors.length ? `Actors (${drawnActors.length})` : `Actors: the ${listed.length} most mentioned of ${drawnActors.length}`;
  legend.append(el("text", { x: 0, y, "font-size": 13, "font-weight": 700 }, heading));
  y += 20;
  const perColumn = Math.ceil(listed.length / columns);
  const actorsTop = y;
  listed.forEach((actor, i) => {
    const column = Math.floor(i / perColumn);
    const x = column * (actorWidth + 16);
    const rowY = actorsTop + (i % perColumn) * 30;
    const dot = layer.querySelector<SVGCircleElement>(`.net-node[data-actor-id="${CSS.escape(actor.id)}"] .net-node__dot`);
    const entry = el("g", { id: xmlId("legend-actor", actor.id) });
    entry.append(el("circle", { cx: 6, cy: rowY - 4, r: 5, fill: dot ? getComputedStyle(dot).fill : ink }));
    entry.append(el("text", { x: 18, y: rowY, "font-size": 12 }, actor.name));
    entry.append(el("text", { x: 18, y: rowY + 13, "font-size": 11, "fill-opacity": 0.7 }, actor.kind));
    entry.setAttribute("transform", `translate(${x},0)`);
    legend.append(entry);
  });
  y = actorsTop + perColumn * 30;
  root.append(legend);

  const height = Math.max(top + netH, top + y) + 40;
  const notes = [
    "Made with Tiegraph: every tie rests on quoted words from the articles.",
    ...(unlabelled.length > 0 ? [`${unlabelled.length} of ${screenNodes.length} actors are drawn without their name, for want of room; the table of ties names them all.`] : []),
  ];
  notes.forEach((note, i) => root.append(el("text", { x: 20, y: height - 14 - (notes.length - 1 - i) * 14, "font-family": font, "font-size": 11, fill: ink, "fill-opacity": 0.7 }, note)));
  for (const node of [root, background]) {
    node.setAttribute("width", String(width));
    node.setAttribute("height", String(height));
  }
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, width, height };
}

/** Draws SVG text onto a canvas at `scale` times its size and returns the PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw the picture (no 2D canvas)");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded as PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
