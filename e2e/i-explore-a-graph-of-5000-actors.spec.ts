import { readFileSync } from "node:fs";
import { generatedGraph } from "../scripts/generated-graph";
import type { Graph } from "../src/graph/schema";
import { expect, test } from "./network-fixtures";

const shipped = JSON.parse(readFileSync(new URL("../public/graph.json", import.meta.url), "utf8")) as Graph;
const big = generatedGraph(5000, shipped.relationTypes);
const top = [...big.actors].sort((a, b) => b.mentionCount - a.mentionCount)[0]!;

interface NetworkProbe {
  tiegraphNetwork?: { actorScreenPoint: (id: string) => { x: number; y: number } | null };
}

// Laying out 5,000 actors takes seconds, more on a loaded 2-core CI machine running two stories at once.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.route(/\/graph\.json(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(big) }));
});

test("I open a graph of 5,000 actors: it is drawn as a picture that points me to the table", async ({ page }) => {
  await page.goto("/");
  const picture = page.getByRole("img", { name: /Network of 5,000 actors and [\d,]+ ties, drawn as a picture/ });
  await expect(picture).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("g.net-node")).toHaveCount(0);
  await page.getByRole("link", { name: "The table of ties" }).click();
  await expect(page).toHaveURL(/#\/table/);
});

test("I hover the most-mentioned actor, click it and see its panel, then drag it to pin it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".network")).toHaveAttribute("data-layout", "settled", { timeout: 90_000 });
  const at = await page.evaluate((id) => (window as unknown as NetworkProbe).tiegraphNetwork?.actorScreenPoint(id) ?? null, top.id);
  expect(at).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  await expect(page.getByRole("tooltip")).toContainText(top.name);
  await page.mouse.click(at!.x, at!.y);
  await expect(page).toHaveURL(new RegExp(`#/actor/${top.id}`));
  await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2, name: top.name, exact: true })).toBeVisible();

  // The first selection opens the details panel beside the picture, which narrows it, so the actor
  // is found again where it now is.
  const now = await page.evaluate((id) => (window as unknown as NetworkProbe).tiegraphNetwork?.actorScreenPoint(id) ?? null, top.id);
  await page.mouse.move(now!.x, now!.y);
  await page.mouse.down();
  await page.mouse.move(now!.x + 60, now!.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByRole("button", { name: "Release 1 pinned" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/actor/${top.id}`)); // a drag is not a click
});

test("Choosing a year redraws the 5,000 actors without starting the layout over", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".network")).toHaveAttribute("data-layout", "settled", { timeout: 90_000 });
  const canvas = page.locator("canvas[data-ties]");
  const allTies = Number(await canvas.getAttribute("data-ties"));
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption("2021");
  await expect.poll(async () => Number(await canvas.getAttribute("data-ties"))).toBeLessThan(allTies);
  await expect(page.locator(".network")).toHaveAttribute("data-layout", "settled", { timeout: 90_000 });
});
