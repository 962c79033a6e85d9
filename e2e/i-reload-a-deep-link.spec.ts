import { actorNode, expect, test } from "./network-fixtures";

test("I reload a link to Iran in 2018 and land on the same view", async ({ page }) => {
  await page.goto("/#/actor/iran?year=2018");
  await expect(actorNode(page, "Iran")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("combobox", { name: "Year", exact: true })).toHaveValue("2018");

  await page.reload();
  await expect(page).toHaveURL(/#\/actor\/iran\?year=2018$/);
  await expect(actorNode(page, "Iran")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("combobox", { name: "Year", exact: true })).toHaveValue("2018");
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("Iran");
});

test("I go back and forward through what I selected", async ({ page }) => {
  await page.goto("/");
  await actorNode(page, "Syria").click();
  await expect(page).toHaveURL(/#\/actor\/syria$/);
  await actorNode(page, "Israel").click();
  await expect(page).toHaveURL(/#\/actor\/israel$/);
  await page.goBack();
  await expect(actorNode(page, "Syria")).toHaveAttribute("aria-pressed", "true");
});
