import { edgeLabels, edges, expect, test } from "./network-fixtures";

test("I choose 2024 and see only ties with evidence from 2024", async ({ page }) => {
  await page.goto("/");
  await expect(edges(page).first()).toBeVisible();
  const allYears = await edgeLabels(page);
  expect(allYears.some((label) => /, 2018(, 2024)?$/.test(label))).toBe(true);

  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption("2024");
  await expect(page).toHaveURL(/year=2024/);
  await expect(page.getByText(/· 2024$/)).toBeVisible();
  await expect.poll(async () => (await edgeLabels(page)).length).toBeLessThan(allYears.length);
  const only2024 = await edgeLabels(page);
  expect(only2024.length).toBeGreaterThan(0);
  for (const label of only2024) expect(label).toMatch(/, 2024$/);

  // Back to all years brings every tie back.
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption("all");
  await expect.poll(async () => (await edgeLabels(page)).length).toBe(allYears.length);
});
