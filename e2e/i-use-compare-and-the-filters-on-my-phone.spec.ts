import { actorNode, expect, test } from "./network-fixtures";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

test("On a 375 px phone the graph comes first; I open the filters sheet, compare 2018 with 2024 and show other actors", async ({ page }) => {
  await page.goto("/");
  await expect(actorNode(page, "Iran")).toBeVisible();
  const network = page.getByRole("main", { name: "Network" });
  // The graph is the main thing: the header leaves it most of the screen, and nothing scrolls sideways.
  const box = await network.boundingBox();
  expect(box!.height).toBeGreaterThan(740 * 0.7);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(page.getByRole("switch", { name: "Compare years" })).toBeHidden();

  const toggle = page.getByRole("button", { name: /^Years and filters/ });
  await toggle.tap();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const sheet = page.getByRole("group", { name: "What the view shows" });
  // (click, not check: the switch is drawn anew for the new URL, so the element clicked is not the one checked.)
  await sheet.getByRole("switch", { name: "Compare years" }).click();
  await expect(page).toHaveURL(/compare=2018,2024/);
  await sheet.getByRole("switch", { name: "Show other actors" }).click();
  await expect(page).toHaveURL(/others=1/);
  await sheet.getByRole("button", { name: "Done" }).tap();
  await expect(sheet).toBeHidden();
  await expect(toggle).toContainText("(2 on)");
  // The compare list is in the bottom sheet, the graph above it.
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("2018 compared with 2024");
  await expect.poll(() => page.locator("[data-actor-id]").count()).toBeGreaterThan(6);
});

test("On a phone the table of ties fits the width, and a tapped actor leaves no tooltip behind", async ({ page }) => {
  await page.goto("/#/table");
  await expect(page.getByRole("table")).toBeVisible();
  const scroll = await page.locator(".tg-data-table-scroll").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(scroll).toBeLessThanOrEqual(2);

  await page.goto("/#/");
  await actorNode(page, "Syria").tap();
  await expect(page).toHaveURL(/#\/actor\/syria/);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
});

test("On a phone the reader's 'Next quote' is whole on screen", async ({ page }) => {
  await page.goto("/#/tie/military-cooperation--iran--syria");
  await page.getByRole("link", { name: /Read in context/ }).first().click();
  const next = page.getByRole("button", { name: /Next quote/ });
  await expect(next).toBeVisible();
  const box = await next.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
});
