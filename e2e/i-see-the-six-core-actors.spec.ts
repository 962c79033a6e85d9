import { actorNode, CORE_ACTORS, expect, test } from "./network-fixtures";

test("I open the app and see the six core actors, labelled, with a hint on what to do", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Tiegraph");
  await expect(page.getByText("Click an actor to see its ties; every tie links to the words that support it")).toBeVisible();
  for (const name of CORE_ACTORS) await expect(actorNode(page, name)).toBeVisible();
  await expect(page.locator("[data-actor-id]")).toHaveCount(CORE_ACTORS.length);
  await expect(page.locator(".net-label", { hasText: "United States" })).toBeVisible();
  await expect(page.getByText(/\d+ ties? from \d+ articles?/)).toBeVisible();
});

test("I turn on other actors and see more than the core six", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-actor-id]")).toHaveCount(CORE_ACTORS.length);
  await page.getByRole("switch", { name: "Show other actors" }).click();
  await expect(page.getByRole("switch", { name: "Show other actors" })).toBeChecked();
  await expect(page).toHaveURL(/others=1/);
  await expect.poll(() => page.locator("[data-actor-id]").count()).toBeGreaterThan(CORE_ACTORS.length);
});
