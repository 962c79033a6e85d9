/**
 * The colours a reader tells relations and actors apart by, checked as people with the common colour
 * vision deficiencies see them (Machado, Oliveira and Fernandes 2009, full severity, as culori
 * simulates them), in both themes: any two relation colours stay clearly apart (CIEDE2000), every
 * line keeps 3:1 contrast on the page (WCAG non-text contrast), and no actor's tint can pass for a
 * relation colour. Line style stays the second cue (edge-style.test.ts).
 */
import { readFileSync } from "node:fs";
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, interpolate, parse, wcagContrast, type Color } from "culori";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { QUAD_CLASS_COLORS } from "../graph/export/tie-facts";
import { QUAD_CLASSES } from "../graph/vocabulary";

const appCss = readFileSync("src/app/app.css", "utf8");
const themeCss = readFileSync("src/ui/theme.css", "utf8");
const actors = (parseYaml(readFileSync("data/actors.yaml", "utf8")) as { actors: { id: string; color: string }[] }).actors;

/** A custom property's value in the light `:root` block, or in the dark one (`@media (prefers-color-scheme: dark)`). */
function token(css: string, name: string, theme: "light" | "dark"): string {
  const darkAt = css.indexOf("@media (prefers-color-scheme: dark)");
  const part = theme === "light" ? css.slice(0, darkAt) : css.slice(darkAt);
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(part)?.[1]?.trim();
  if (!value) throw new Error(`${name} is not set for the ${theme} theme`);
  return value;
}

const colour = (css: string) => {
  const c = parse(css);
  if (!c) throw new Error(`not a colour: ${css}`);
  return c;
};
const distance = differenceCiede2000();
const VISIONS: [string, (c: Color) => Color][] = [
  ["normal vision", (c) => c],
  ["protanopia", filterDeficiencyProt(1)],
  ["deuteranopia", filterDeficiencyDeuter(1)],
  ["tritanopia", filterDeficiencyTrit(1)],
];

describe.each(["light", "dark"] as const)("the %s theme's colours", (theme) => {
  const relation = QUAD_CLASSES.map((q) => [q, colour(token(appCss, `--net-${q}`, theme))] as const);
  const page = token(themeCss, "--tg-bg", theme);

  it.each(VISIONS)("keeps the four relation colours apart for %s", (_, see) => {
    for (const [a, ca] of relation)
      for (const [b, cb] of relation) if (a < b) expect(distance(see(ca), see(cb)), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
  });

  it("draws every relation line at 3:1 contrast or more on the page", () => {
    for (const [q, c] of relation) expect(wcagContrast(c, page), q).toBeGreaterThanOrEqual(3);
  });

  it.each(VISIONS)("never tints an actor like a relation colour, for %s", (_, see) => {
    // .tg-actor-fill: the actor's colour mixed in oklab with the theme's actor base.
    const share = Number.parseFloat(token(themeCss, "--tg-actor-share", theme)) / 100;
    const base = token(themeCss, "--tg-actor-base", theme);
    for (const actor of actors) {
      const tint = interpolate([base, actor.color], "oklab")(share);
      for (const [q, c] of relation) expect(distance(see(tint), see(c)), `${actor.id} vs ${q}`).toBeGreaterThanOrEqual(10);
    }
  });
});

it("gives exported files the light theme's relation colours", () => {
  for (const q of QUAD_CLASSES) expect(QUAD_CLASS_COLORS[q]).toBe(token(appCss, `--net-${q}`, "light"));
});
