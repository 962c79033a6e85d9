import { edgeLabels, expect, test } from "./network-fixtures";

test("I compare 2018 with 2024 and see what is new, gone and changed, on the graph and in a list", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("switch", { name: "Compare years" }).click();
  await expect(page.getByRole("switch", { name: "Compare years" })).toBeChecked();
  await expect(page).toHaveURL(/compare=2018,2024/);
  await expect(page.getByRole("combobox", { name: "First year" })).toHaveValue("2018");
  await expect(page.getByRole("combobox", { name: "Second year" })).toHaveValue("2024");

  // Marks on the graph, explained in the legend, and the same words on every tie.
  await expect(page.locator(".net-mark").first()).toBeVisible();
  await expect(page.locator(".net-mark--only-first").first()).toBeVisible();
  await expect(page.locator(".legend")).toContainText("New in 2024");
  const labels = await edgeLabels(page);
  expect(labels.some((l) => l.endsWith("only in 2018"))).toBe(true);
  expect(labels.some((l) => l.endsWith("new in 2024") || l.endsWith("in 2018 and 2024"))).toBe(true);

  // The compare list, grouped, every entry a link to its evidence that keeps compare mode.
  const list = page.getByRole("complementary", { name: "Details" });
  await expect(list.getByRole("heading", { name: "2018 compared with 2024" })).toBeVisible();
  await expect(list.getByRole("region", { name: "Only in 2018 (gone)" })).toBeVisible();
  await expect(list.getByRole("region", { name: /New in 2024|Changed between cooperation and conflict/ }).first()).toBeVisible();
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/#\/tie\/[^?]+\?compare=2018,2024/);
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toBeVisible();
});
