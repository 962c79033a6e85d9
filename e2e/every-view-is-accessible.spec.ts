import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { IRAN_SYRIA_MILITARY } from "./no-page-errors";
import { expect, test } from "./network-fixtures";

/** Every main view, how to reach it, and what shows once it is ready. */
const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ["the overview", "/#/", (p) => expect(p.locator("[data-actor-id]").first()).toBeVisible()],
  ["an actor selected", "/#/actor/iran", (p) => expect(p.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2, name: "Iran", exact: true })).toBeVisible()],
  ["the evidence of a tie", `/#/tie/${IRAN_SYRIA_MILITARY}`, (p) => expect(p.getByRole("region", { name: "Evidence", exact: true })).toBeVisible()],
  ["the pair of two actors", "/#/pair/iran--syria", (p) => expect(p.getByRole("region", { name: "The quotes, by relation" })).toBeVisible()],
  ["everything on (other actors, co-mentions)", "/#/?others=1&comentions=1", (p) => expect(p.locator("[data-actor-id]").first()).toBeVisible()],
  ["the reader", `/#/read/2018-08-30-mei-defense-pact-axis-of-resistance?tie=${IRAN_SYRIA_MILITARY}`, (p) => expect(p.getByTestId("article-body")).toBeVisible()],
  ["two years compared", "/#/?compare=2018,2024", (p) => expect(p.getByRole("complementary", { name: "Details" })).toContainText(/2018|2024/)],
  ["the table of ties", "/#/table", (p) => expect(p.getByRole("table")).toBeVisible()],
  ["the sources", "/#/sources", (p) => expect(p.getByRole("table")).toBeVisible()],
  ["the review of candidates", "/#/review", (p) => expect(p.locator(".tg-review__passage .tg-review__actor").first()).toBeVisible()],
  ["the review of stated evidence", "/#/review?queue=stated", (p) => expect(p.locator(".tg-review__passage .tg-review__actor").first()).toBeVisible()],
  ["not found", "/#/actor/narnia", (p) => expect(p.getByRole("alert")).toContainText("No actor 'narnia'")],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, url, ready] of VIEWS) {
    test(`In ${scheme} mode, ${name} has no serious or critical accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto(url);
      await ready(page);
      await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`).join("\n    ")}`);
      expect(serious, serious.join("\n")).toEqual([]);
    });
  }
}
