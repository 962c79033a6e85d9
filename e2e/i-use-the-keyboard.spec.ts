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
