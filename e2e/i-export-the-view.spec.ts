import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Download, Page } from "@playwright/test";
import { actorNode, expect, test } from "./network-fixtures";

/** Chooses an item of the Export menu and returns the file it saves. */
async function exportAs(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: /^Export/ }).click();
  const menu = page.getByRole("group", { name: "Export" });
  const saved: Promise<Download> = page.waitForEvent("download");
  await menu.getByRole("button", { name: item }).click();
  const download = await saved;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test("I export the 2018 view as PNG, SVG, GEXF and CSV, and each file holds what I see", async ({ page }) => {
  await page.goto("/#/?year=2018");
  await expect(actorNode(page, "Iran")).toBeVisible();
  const tieCount = Number(await page.locator(".counts__num").first().textContent());
  expect(tieCount).toBeGreaterThan(0);

  const svg = await exportAs(page, /^SVG image/);
  expect(svg.name).toBe("tiegraph_2018_core-actors.svg");
  const svgText = svg.bytes.toString("utf8");
  expect(svgText).toContain("Ties in 2018");
  expect(svgText).toContain("Legend");
  expect(svgText).toContain("Material cooperation");
  for (const name of ["Iran", "Syria", "Israel"]) expect(svgText).toContain(`>${name}</text>`);
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
  // Each actor and tie is an element with an id and a title, so the file can be styled and read aloud.
  expect(svgText).toMatch(/<g [^>]*id="actor-iran"[^>]*><title>Iran, state, named in/);
  expect(svgText).toMatch(/<g [^>]*id="tie-[a-z-]+--iran--syria"[^>]*><title>/);

  const png = await exportAs(page, /^PNG image/);
  expect(png.name).toBe("tiegraph_2018_core-actors.png");
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2); // IHDR width: twice the picture

  const gexf = await exportAs(page, /^GEXF Gephi/);
  expect(gexf.name).toBe("tiegraph_2018_core-actors.gexf");
  const gexfText = gexf.bytes.toString("utf8");
  expect(gexfText).toContain('<gexf xmlns="http://gexf.net/1.3"');
  expect(gexfText.match(/<edge /g)).toHaveLength(tieCount);
  expect(gexfText).toContain('<edge id="military-cooperation--iran--syria"');
  expect(gexfText).not.toMatch(/<spell start="2024"/);

  const csv = await exportAs(page, /^CSV/);
  expect(csv.name).toBe("tiegraph_2018_core-actors.csv");
  const rows = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(new Set(rows.data.map((r) => r.year))).toEqual(new Set(["2018"]));
  expect(rows.data.some((r) => r.source === "Iran" && r.target === "Syria" && r.quote?.includes("Tehran and Damascus have signed an agreement"))).toBe(true);
});

test("I use the Export menu with the keyboard, and print a report of Iran laid out for paper", async ({ page }) => {
  await page.goto("/#/actor/iran");
  await expect(page.getByRole("heading", { name: "Iran", level: 2 })).toBeVisible();
  const exportButton = page.getByRole("button", { name: /^Export/ });
  await exportButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^PNG image/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("group", { name: "Export" })).toBeHidden();
  await expect(exportButton).toBeFocused();

  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /^Print report: Iran/ }).click();
  const preview = page.getByRole("dialog", { name: "Iran: its ties" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("region", { name: /^Iran and Syria: Military cooperation/ })).toContainText("Tehran and Damascus have signed an agreement");
  await expect(preview.getByRole("region", { name: "Citations" })).toContainText("Middle East Institute");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.locator(".app")).toBeHidden();
  await expect(preview.getByRole("heading", { name: "Iran: its ties" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await preview.getByRole("button", { name: "Close" }).click();
  await expect(preview).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test("the exported picture of everything names every actor, no name over another, and its legend fits on the page", async ({ page }) => {
  await page.goto("/#/?others=1");
  await expect(actorNode(page, "Iran")).toBeVisible();
  await expect(page.locator(".network[data-layout='settled']")).toBeVisible({ timeout: 15_000 });
  const drawn = await page.locator(".net-node[data-actor-id]").count();
  const svg = (await exportAs(page, /^SVG image/)).bytes.toString("utf8");

  // Open the file on its own, as an image viewer would, and measure what it draws.
  const viewer = await page.context().newPage();
  await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ""));
  const drawing = await viewer.evaluate(() => {
    const root = document.querySelector("svg")!;
    const boxOf = (e: SVGGraphicsElement) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? "", x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    return {
      width: root.getBoundingClientRect().width,
      names: Array.from(document.querySelectorAll<SVGTextElement>("#actor-names text")).map(boxOf),
      legend: Array.from(document.querySelectorAll<SVGTextElement>("#legend text")).map(boxOf),
      heading: Array.from(document.querySelectorAll("#legend text")).map((t) => t.textContent).find((t) => t?.startsWith("Actors")),
    };
  });
  expect(drawing.names).toHaveLength(drawn);
  for (const a of drawing.names)
    for (const b of drawing.names) {
      if (a === b) continue;
      const apart = a.x1 <= b.x0 + 0.5 || b.x1 <= a.x0 + 0.5 || a.y1 <= b.y0 + 0.5 || b.y1 <= a.y0 + 0.5;
      expect(apart, `“${a.text}” and “${b.text}” overlap`).toBe(true);
    }
  for (const line of drawing.legend) expect(line.x1, `legend line “${line.text}” is cut`).toBeLessThanOrEqual(drawing.width);
  expect(drawing.heading).toBe(`Actors (${drawn})`);
});
