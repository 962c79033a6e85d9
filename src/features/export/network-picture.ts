/**
 * The current network view as a standalone SVG picture: the drawn network (as laid out on screen,
 * with every style the page's CSS gave it written onto the elements), a title naming the years and
 * filters, and the legend, so the picture explains itself outside the app. PNG is the same picture
 * drawn at twice its size.
 */
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
  for (const attr of ["class", "tabindex", "role", "aria-label", "aria-pressed", "aria-hidden", "focusable", "data-tie-id", "data-actor-id"]) copy.removeAttribute(attr);
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

/** The picture as SVG text, or null when no network is on screen. */
export function networkPictureSvg(text: PictureText): { svg: string; width: number; height: number } | null {
  const screen = document.querySelector<SVGSVGElement>("svg.network__svg");
  const layer = screen?.querySelector<SVGGElement>(":scope > g");
  if (!screen || !layer) return null;
  const styles = getComputedStyle(document.body);
  const font = styles.fontFamily;
  const ink = styles.color;
  const paper = getComputedStyle(document.documentElement).getPropertyValue("--tg-bg").trim() || "#ffffff";

  const box = layer.getBBox();
  const pad = 24;
  const netW = Math.max(320, Math.ceil(box.width + pad * 2));
  const netH = Math.max(240, Math.ceil(box.height + pad * 2));
  const legendW = 330;
  const top = 78;
  const width = netW + legendW + 24;

  const root = el("svg", { xmlns: SVG_NS, version: "1.1" }) as SVGSVGElement;
  const background = el("rect", { x: 0, y: 0, fill: paper });
  root.append(background);
  root.append(el("text", { x: 20, y: 36, "font-family": font, "font-size": 22, "font-weight": 700, fill: ink }, text.title));
  root.append(el("text", { x: 20, y: 60, "font-family": font, "font-size": 13, fill: ink, "fill-opacity": 0.75 }, text.subtitle));

  const network = el("svg", { x: 0, y: top, width: netW, height: netH, viewBox: `${box.x - pad} ${box.y - pad} ${netW} ${netH}` });
  const copy = layer.cloneNode(true) as SVGGElement;
  inlineStyles(layer, copy);
  copy.removeAttribute("transform");
  network.append(copy);
  root.append(network);

  // The legend: each row's sample line as drawn on screen, and its words.
  const legend = el("g", { transform: `translate(${netW + 8},${top})`, "font-family": font, fill: ink });
  legend.append(el("text", { x: 0, y: 14, "font-size": 14, "font-weight": 700 }, "Legend"));
  let y = 38;
  for (const row of Array.from(document.querySelectorAll(".legend .legend__list:first-of-type > .legend__row"))) {
    const sample = row.querySelector("svg");
    if (sample) {
      const copied = sample.cloneNode(true) as SVGSVGElement;
      inlineStyles(sample, copied);
      copied.setAttribute("x", "0");
      copied.setAttribute("y", String(y - 10));
      legend.append(copied);
    }
    const name = row.querySelector(".legend__name")?.textContent ?? "";
    const note = row.querySelector(".legend__note")?.textContent ?? "";
    const lines = [...(name ? [name] : []), ...wrap(note, 44)];
    lines.forEach((line, i) => legend.append(el("text", { x: 44, y: y + i * 15, "font-size": 12, "font-weight": i === 0 && name ? 700 : 400 }, line)));
    y += Math.max(1, lines.length) * 15 + 8;
  }
  y += 8;
  legend.append(el("text", { x: 0, y, "font-size": 13, "font-weight": 700 }, "Actors"));
  y += 20;
  for (const item of Array.from(document.querySelectorAll(".legend .legend__actors > li"))) {
    const dot = item.querySelector<HTMLElement>(".legend__dot");
    legend.append(el("circle", { cx: 6, cy: y - 4, r: 5, fill: dot ? getComputedStyle(dot).backgroundColor : ink }));
    const kind = item.querySelector(".legend__kind")?.textContent ?? "";
    const actorName = (item.textContent ?? "").slice(0, (item.textContent ?? "").length - kind.length).trim();
    legend.append(el("text", { x: 18, y, "font-size": 12 }, kind ? `${actorName} · ${kind}` : actorName));
    y += 17;
  }
  root.append(legend);

  const height = Math.max(top + netH, top + y) + 36;
  root.append(el("text", { x: 20, y: height - 14, "font-family": font, "font-size": 11, fill: ink, "fill-opacity": 0.7 }, "Made with Tiegraph: every tie rests on quoted words from the articles."));
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
