import { expect, test } from "./network-fixtures";

test("I Tab to an actor, select it with Enter and clear it with Esc", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-actor-id]").first()).toBeVisible();
  let focusedActor: string | null = null;
  for (let i = 0; i < 40 && !focusedActor; i++) {
    await page.keyboard.press("Tab");
    focusedActor = await page.evaluate(() => document.activeElement?.getAttribute("data-actor-id") ?? null);
  }
  expect(focusedActor, "an actor is reachable with Tab").not.toBeNull();
  await expect(page.getByRole("tooltip")).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/actor/${focusedActor}$`));
  await expect(page.locator(`[data-actor-id="${focusedActor}"]`)).toHaveAttribute("aria-pressed", "true");

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('[data-actor-id][aria-pressed="true"]')).toHaveCount(0);
});

test("I press / to search, find Iran by its alias Tehran and select it with Enter", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-actor-id]").first()).toBeVisible();
  await page.keyboard.press("/");
  const search = page.getByRole("combobox", { name: "Find an actor" });
  await expect(search).toBeFocused();
  await search.fill("tehran");
  await expect(page.getByRole("option", { name: /Iran/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/actor\/iran$/);
});

test("I choose an actor on the graph with Enter and am in its panel at once; the skip links reach it in three presses", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-actor-id]").first()).toBeVisible();
  await page.locator('[data-actor-id="syria"]').focus();
  await page.keyboard.press("Enter");
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2, name: "Syria" })).toBeFocused();
  // The next Tab is already in the panel, not on the next of thirty nodes and edges.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("aside")))).toBe(true);

  // Arriving on a selected actor's link: Tab, Tab, Enter.
  await page.goto("about:blank");
  await page.goto("/#/actor/iran");
  await expect(details.getByRole("heading", { level: 2, name: "Iran" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Skip to the network" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Skip to the details panel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(details.getByRole("heading", { level: 2, name: "Iran" })).toBeFocused();
});

test("A click on an actor also takes focus to its panel", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-actor-id="israel"]').click();
  await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2, name: "Israel" })).toBeFocused();
});
