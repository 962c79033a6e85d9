import { actorNode, expect, test } from "./network-fixtures";

test("I open a link to an actor that does not exist and get a helpful message with a way back", async ({ page }) => {
  await page.goto("/#/actor/narnia");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("No actor 'narnia' in this graph.");
  // The rest of the app still works underneath.
  await expect(actorNode(page, "Iran")).toBeVisible();

  await alert.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
