import { actorNode, expect, test } from "./network-fixtures";

test("I drag Russia to pin it where I drop it, and double-click to release it", async ({ page }) => {
  await page.goto("/");
  const russia = actorNode(page, "Russia");
  const box = (await russia.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y + 30, { steps: 5 });
  await page.mouse.move(x + 80, y + 60, { steps: 5 });
  await page.mouse.up();
  await expect(russia).toHaveAccessibleName(/, pinned$/);
  await expect(page.locator('[data-actor-id][aria-pressed="true"]')).toHaveCount(0); // a drag is not a click
  await expect(page.getByRole("button", { name: "Release 1 pinned" })).toBeVisible();

  await russia.dblclick();
  await expect(russia).not.toHaveAccessibleName(/pinned/);
});

test("With reduced motion, changing the year redraws at once and keeps every actor", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  await expect(page.locator("[data-actor-id]")).toHaveCount(6);
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption("2018");
  await expect(page).toHaveURL(/year=2018/);
  await expect(page.locator("[data-actor-id]")).toHaveCount(6);
});
