import { expect, test } from "./no-page-errors";

test("I list the five source articles and open one in the reader", async ({ page }) => {
  await page.goto("/#/sources");
  const table = page.getByRole("table");
  await expect(table.locator("caption")).toContainText("5 articles");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: "The Media Line" })).toContainText("Aug 2018 (month only)");

  const original = rows.filter({ hasText: "Al Arabiya" }).getByRole("link", { name: /Original/ });
  await expect(original).toHaveAttribute("href", /^https:\/\/english\.alarabiya\.net\//);
  await expect(original).toHaveAttribute("rel", "noopener noreferrer");

  await page.getByRole("link", { name: "Amir Hatami in Syria: To stay or withdraw?", exact: true }).click();
  await expect(page).toHaveURL(/#\/read\/2018-08-28-al-arabiya-hatami-in-syria$/);
  await expect(page.getByRole("heading", { name: "Amir Hatami in Syria: To stay or withdraw?" })).toBeVisible();
  await expect(page.getByTestId("article-body")).toContainText("Iran’s Minister of Defense Amir Hatami");
  await expect(page.getByText("By Abdulrahman al-Rashed")).toBeVisible();
});
