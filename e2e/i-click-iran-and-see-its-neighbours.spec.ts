import { actorNode, clickEdge, edges, expect, test } from "./network-fixtures";

test("I click Iran and see it and its neighbours, Syria among them, highlighted", async ({ page }) => {
  await page.goto("/");
  await actorNode(page, "Iran").click();
  await expect(page).toHaveURL(/#\/actor\/iran$/);
  await expect(actorNode(page, "Iran")).toHaveAttribute("aria-pressed", "true");
  await expect(actorNode(page, "Syria")).not.toHaveClass(/is-dim/);

  // Ties that do not touch Iran step back; Iran's own ties stay in front.
  const iranTies = await edges(page).evaluateAll((els) =>
    els.filter((el) => (el.getAttribute("aria-label") ?? "").includes("Iran")).map((el) => el.getAttribute("class") ?? ""),
  );
  expect(iranTies.length).toBeGreaterThan(0);
  for (const cls of iranTies) expect(cls).not.toContain("is-dim");
  const others = await edges(page).evaluateAll((els) =>
    els.filter((el) => !(el.getAttribute("aria-label") ?? "").includes("Iran")).map((el) => el.getAttribute("class") ?? ""),
  );
  for (const cls of others) expect(cls).toContain("is-dim");

  // The side panel tells Iran's story.
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("Iran");
});

test("I click a tie and its evidence opens", async ({ page }) => {
  await page.goto("/");
  // Iran and Syria are tied in five ways, five curved lines side by side: click this one on its line.
  await clickEdge(page.getByRole("button", { name: /^(Iran (to|and) Syria|Syria (to|and) Iran): Military cooperation/ }));
  await expect(page).toHaveURL(/#\/tie\/military-cooperation--iran--syria/);
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toBeVisible();
});
