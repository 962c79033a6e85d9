import { actorNode, expect, test } from "./network-fixtures";

test("I open the Iran–Syria pair from the graph and read all its evidence, type by type", async ({ page }) => {
  await page.goto("/");
  await actorNode(page, "Iran").click();
  const details = page.getByRole("complementary", { name: "Details" });
  // The actor panel groups by partner: Syria once, with every type under it, and a way to the pair.
  const syria = details.getByRole("region", { name: "Syria", exact: true });
  await expect(syria.getByRole("button")).toHaveCount(6);
  await syria.getByRole("link", { name: /between Iran and Syria/ }).click();
  await expect(page).toHaveURL(/#\/pair\/iran--syria$/);

  const pair = details.getByRole("region", { name: /Iran.*Syria/ }).first();
  const types = pair.getByRole("region", { name: "Every relation between them" }).getByRole("link");
  await expect(types).toHaveCount(6);
  await expect(types.filter({ hasText: "Material support" })).toContainText("Iran acts on Syria");
  await expect(pair.getByRole("region", { name: "Year by year" }).getByRole("row", { name: /2018/ })).toContainText("4 articles");
  await expect(pair.getByRole("img", { name: /Tone of Iran and Syria/ })).toBeVisible();

  // Every quote, grouped by type, with the same tools as a tie's evidence.
  const quotes = pair.getByRole("region", { name: "The quotes, by relation" });
  await expect(quotes.getByRole("list", { name: /^Military cooperation: 5 quotes$/ })).toBeVisible();
  await expect(quotes.getByRole("list", { name: /^Alliance: \d+ quotes$/ })).toBeVisible();
  await quotes.getByLabel("Order by").selectOption("publisher");
  await expect(page).toHaveURL(/order=publisher/);
  await quotes.getByRole("checkbox", { name: /publisher’s own voice/ }).click();
  await expect(page).toHaveURL(/voice=publisher/);
  await expect(quotes.getByRole("button", { name: /Copy citation/ }).first()).toBeVisible();

  // On the graph, the pair's six arcs are numbered and named.
  const card = page.getByRole("group", { name: "Ties between Iran and Syria" });
  await expect(card.getByRole("button")).toHaveCount(6);
  await card.getByRole("button", { name: /Negotiation/ }).click();
  await expect(page).toHaveURL(/#\/tie\/negotiation--iran--syria/);
  await expect(details.getByRole("link", { name: /All 6 ties between them/ })).toBeVisible();
});

test("I find a pair by typing both names in the search, and Enter takes me to it", async ({ page }) => {
  await page.goto("/");
  await expect(actorNode(page, "Iran")).toBeVisible();
  await page.keyboard.press("/");
  await page.keyboard.type("tehran damascus");
  await expect(page.getByRole("option", { name: /Iran – Syria/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/pair\/iran--syria/);
  await expect(page.getByRole("heading", { level: 2, name: /Iran.*Syria/ })).toBeFocused();
});

test("I open a pair from the table of ties", async ({ page }) => {
  await page.goto("/#/table");
  await page.getByRole("link", { name: /every tie between (Iran and Syria|Syria and Iran)$/ }).first().click();
  await expect(page).toHaveURL(/#\/pair\/iran--syria/);
  await expect(page.getByRole("region", { name: "Every relation between them" })).toBeVisible();
});

