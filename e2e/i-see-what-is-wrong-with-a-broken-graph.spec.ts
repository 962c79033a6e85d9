import { expect, test } from "./network-fixtures";

test("When graph.json is missing I am told so and how to rebuild it", async ({ page }) => {
  await page.route("**/graph.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("graph.json is missing");
  await expect(alert).toContainText("npm run compile");
});

test("When graph.json has the wrong shape I see the first problems with their paths", async ({ page }) => {
  await page.route("**/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ schemaVersion: 2, actors: "none" }) }));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("does not match the graph schema");
  await expect(alert).toContainText("actors:");
  await expect(alert).toContainText("npm run compile");
});
