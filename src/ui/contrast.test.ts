/**
 * WCAG AA contrast of the colours the stylesheets define, in both themes: text at least 4.5:1 against
 * every background it is set on, and the graph's marks (edge styles by quad class, compare marks) at
 * least 3:1 against the network's background, after their stroke opacity (WCAG 1.4.3 and 1.4.11).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const STYLESHEETS = ["src/ui/theme.css", "src/app/app.css"].map((f) => readFileSync(path.join(ROOT, f), "utf8"));
const NETWORK_CSS = readFileSync(path.join(ROOT, "src/features/network/network.css"), "utf8");

type Theme = "light" | "dark";

/** The custom properties set to a hex colour in `:root`, and in the dark scheme's `:root` over them. */
function themeColours(theme: Theme): Map<string, string> {
  const colours = new Map<string, string>();
  const take = (block: string | undefined) => {
    for (const m of (block ?? "").matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) colours.set(m[1]!, m[2]!.toLowerCase());
  };
  for (const css of STYLESHEETS) take(/^:root\s*\{([^}]*)\}/m.exec(css)?.[1]);
  if (theme === "dark") for (const css of STYLESHEETS) take(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1]);
  return colours;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** `fg` drawn at `opacity` over `bg`, as the browser composites it. */
function over(fg: string, opacity: number, bg: string): string {
  const [f, b] = [rgb(fg), rgb(bg)];
  return `#${f.map((c, i) => Math.round(c * opacity + b[i]! * (1 - opacity)).toString(16).padStart(2, "0")).join("")}`;
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The stroke opacity network.css gives a rule's line (1 when it sets none). */
function strokeOpacity(selector: string): number {
  const rule = new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{([^}]*)\\}`).exec(NETWORK_CSS)?.[1] ?? "";
  return Number(/stroke-opacity:\s*([\d.]+)/.exec(rule)?.[1] ?? 1);
}

/** Text colour → the backgrounds it is set on. */
const TEXT: [string, string[]][] = [
  ["--tg-text", ["--tg-bg", "--tg-surface", "--tg-surface-2", "--tg-accent-soft", "--tg-passage-bg", "--tg-badge-bg"]],
  ["--tg-muted", ["--tg-bg", "--tg-surface", "--tg-surface-2"]],
  ["--tg-accent", ["--tg-bg", "--tg-surface", "--tg-surface-2", "--tg-accent-soft"]],
  ["--tg-cue-text", ["--tg-cue-bg"]],
  ["--tg-conflict", ["--tg-surface"]],
  ["--tg-cooperation", ["--tg-surface"]],
  ["--tg-historical", ["--tg-surface"]],
  ["--tg-curated", ["--tg-surface"]],
];

/** The graph's marks and the rule whose stroke opacity they are drawn with. */
const MARKS: [string, string][] = [
  ["--net-material-cooperation", ".net-edge__line"],
  ["--net-verbal-cooperation", ".net-edge__line"],
  ["--net-verbal-conflict", ".net-edge__line"],
  ["--net-material-conflict", ".net-edge__line"],
  ["--net-co-mention", ".net-edge--co-mention .net-edge__line"],
  ["--net-new", ".net-mark--only-second circle"],
  ["--net-gone", ".net-mark--only-first circle"],
  ["--net-changed", ".net-mark--changed circle"],
  ["--net-both", ".net-mark--both circle"],
];

describe.each(["light", "dark"] as const)("in the %s theme", (theme) => {
  const colours = themeColours(theme);
  const colour = (name: string) => {
    const value = colours.get(name);
    if (!value) throw new Error(`${name} is not defined as a hex colour for the ${theme} theme`);
    return value;
  };

  it.each(TEXT)("text in %s reaches 4.5:1 on each of its backgrounds", (fg, backgrounds) => {
    const low = backgrounds.map((bg) => `${bg} ${contrast(colour(fg), colour(bg)).toFixed(2)}`).filter((s) => Number(s.split(" ")[1]) < 4.5);
    expect(low).toEqual([]);
  });

  it.each(MARKS)("the mark drawn in %s reaches 3:1 on the network and on the panels", (name, selector) => {
    const low = ["--tg-bg", "--tg-surface"]
      .map((bg) => `${bg} ${contrast(over(colour(name), strokeOpacity(selector), colour(bg)), colour(bg)).toFixed(2)}`)
      .filter((s) => Number(s.split(" ")[1]) < 3);
    expect(low).toEqual([]);
  });
});

describe("contrast", () => {
  it("is 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#1f5fae", "#1f5fae")).toBe(1);
  });
  it("reads each theme's own background", () => {
    expect(themeColours("light").get("--tg-bg")).toBe("#f8f7f4");
    expect(themeColours("dark").get("--tg-bg")).toBe("#15171b");
  });
});
