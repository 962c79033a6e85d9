import { actorNode, expect, test } from "./network-fixtures";

test("I fold the legend away; the graph takes the room it leaves, and the legend stays folded after a reload", async ({ page }) => {
  await page.goto("/");
  await expect(actorNode(page, "Iran")).toBeVisible();
  const legend = page.locator("details.legend");
  await expect(legend).toHaveAttribute("open", "");
  const leftmost = () => page.locator("[data-actor-id]").evaluateAll((nodes) => Math.min(...nodes.map((n) => n.getBoundingClientRect().left)));
  const before = await leftmost();

  await page.getByText("Legend", { exact: true }).click();
  await expect(legend).not.toHaveAttribute("open", "");
  // Framed again in the whole width: the picture moves into the space the legend held.
  await expect.poll(leftmost).toBeLessThan(before - 50);

  await page.reload();
  await expect(actorNode(page, "Iran")).toBeVisible();
  await expect(page.locator("details.legend")).not.toHaveAttribute("open", "");
});
