import { edgeLabels, expect, test } from "./network-fixtures";
import { shippedGraph } from "./shipped-graph";

// The shipped corpus, as the app loads it.
const graph = shippedGraph();
const MUGHNIYEH = "killed a decade ago in a joint Israeli-American operation";
const ISRAEL_US = "military-cooperation--israel--united-states";

test("The Mughniyeh sentence counts under its period, about 2008, not under its article's 2018", async ({ page }) => {
  const killing = graph.ties.flatMap((t) => t.evidence.filter((e) => e.quote.includes(MUGHNIYEH)).map((e) => ({ tie: t.id, year: e.year, published: e.published })));
  expect(killing.map((k) => k.tie).sort()).toEqual(["military-conflict--hezbollah--israel", "military-conflict--hezbollah--united-states", ISRAEL_US]);
  expect(killing.every((k) => k.year === 2008 && k.published.startsWith("2018"))).toBe(true);

  // The tie's evidence says which time the passage is about.
  await page.goto(`/#/tie/${ISRAEL_US}`);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  const quote = evidence.locator("figure.tg-quote").filter({ hasText: MUGHNIYEH });
  await expect(quote).toContainText("about 2008");

  // 2018 does not show it; "Earlier" does, and all years can leave it out.
  await page.goto("/#/?year=2018");
  expect((await edgeLabels(page)).some((l) => l.startsWith("Israel") && l.includes("United States: Military cooperation"))).toBe(false);
  await page.getByRole("combobox", { name: "Year" }).selectOption({ label: "Earlier (about a time before 2018)" });
  await expect(page).toHaveURL(/earlier=only/);
  await expect.poll(async () => edgeLabels(page)).toContain("Israel and United States: Military cooperation, 1 quote, 2008");
  // Only earlier periods: nothing of 2018 or 2024.
  expect((await edgeLabels(page)).filter((l) => / (2018|2024)(,|$)/.test(l))).toEqual([]);
  await page.getByRole("combobox", { name: "Year" }).selectOption({ label: "All years" });
  const include = page.getByRole("checkbox", { name: "Include earlier periods (before 2018)" });
  await expect(include).toBeChecked();
  await include.click();
  await expect(include).not.toBeChecked();
  await expect(page).toHaveURL(/earlier=exclude/);
  await expect.poll(async () => (await edgeLabels(page)).some((l) => l.startsWith("Israel and United States: Military cooperation"))).toBe(false);
});

test("The Iran–Syria alliance counts its 9 distinct quotes: the 2024 subtitle repeated as the opening sentence is one", async ({ page }) => {
  const alliance = graph.ties.find((t) => t.id === "alliance--iran--syria")!;
  // 8 read by the compiler, and one an editor retyped to it ('entrenched twinship')
  expect(alliance.strength.total.quotes).toBe(9);
  await page.goto("/#/tie/alliance--iran--syria");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence.getByRole("group", { name: "Strength" })).toContainText("9 quotes in 3 articles from 3 publishers");
  await expect(evidence.locator("figure.tg-quote").filter({ hasText: "most prominent ally" })).toHaveCount(1);
});

test("The tone chart of Iran and the United States shows n per point, with no line across uncovered years; a point on a single quote is drawn hollow", async ({ page }) => {
  await page.goto("/#/tie/pressure--iran--united-states");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  const chart = evidence.getByRole("img", { name: /Tone of (Iran and United States|United States and Iran) per year/ });
  await expect(chart.locator('[data-year="2018"]')).toHaveAttribute("data-quotes", "7");
  await expect(chart.locator('[data-year="2018"]')).toContainText("n=7 · 4 art.");
  await expect(chart.locator('[data-year="2024"]')).toHaveClass(/tg-tone__point--single/);
  await expect(chart.locator(".tg-tone__line")).toHaveCount(0);
  const values = evidence.getByRole("list", { name: "Tone per year" });
  await expect(values).toContainText("2018: −4.0 from 7 quotes in 4 articles");
  await expect(values).toContainText("2024: −4.0 from a single quote (1 article)");

  // Israel and the United States: one quote about 2008, one in 2024, each drawn hollow
  await page.goto("/#/tie/alliance--israel--united-states");
  const single = evidence.getByRole("img", { name: /Tone of (Israel and United States|United States and Israel) per year/ });
  await expect(single.locator('[data-year="2024"]')).toHaveClass(/tg-tone__point--single/);
  await expect(single.locator('[data-year="2024"]')).toContainText("1 quote");
  await expect(single.locator(".tg-tone__line")).toHaveCount(0);
});
