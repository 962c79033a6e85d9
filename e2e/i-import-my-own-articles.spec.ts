import { actorNode, expect, test } from "./network-fixtures";
import { fixture, openImportDialog } from "./import-fixtures";

// Each story starts the in-browser compiler and compiles the corpus with the user's files, and after a
// reload compiles them again.
test.describe.configure({ timeout: 90_000 });

test("I import a Markdown article and a plain-text one, find the new tie with its quote, reload, and remove one", async ({ page }) => {
  await page.goto("/");
  await expect(actorNode(page, "Syria")).toBeVisible();
  const dialog = await openImportDialog(page);

  // Nothing leaves the browser: from picking the files to seeing the new tie, not one request.
  const requests: string[] = [];
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));

  await dialog.getByLabel("Article files to import").setInputFiles([fixture("washington-sanctions.md"), fixture("broken.md"), fixture("moscow-talks.txt")]);
  const report = dialog.getByRole("region", { name: "Import result" });
  await expect(report.getByRole("status")).toContainText("1 article added, 1 file rejected");
  await expect(dialog.getByRole("list", { name: "Rejected files" })).toContainText("broken.md:2: 'published' is required: an ISO date such as 2018-08-28");

  // The .txt waits for its date and publisher; a wrong date is refused before it joins.
  const details = dialog.getByRole("form", { name: "Details for moscow-talks.txt" });
  await expect(details.getByLabel("Title")).toHaveValue("Moscow and Riyadh talk");
  await details.getByLabel(/Date published/).fill("May 2019");
  await details.getByLabel("Publisher").fill("My field notes");
  await details.getByRole("button", { name: "Add moscow-talks.txt" }).click();
  await expect(details.getByRole("alert")).toContainText("'May 2019' is not a date");
  await details.getByLabel(/Date published/).fill("2019-05");
  await details.getByRole("button", { name: "Add moscow-talks.txt" }).click();
  await expect(report.getByRole("status")).toContainText("1 article added");
  await expect(dialog.getByRole("button", { name: "Remove moscow-talks.txt" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove washington-sanctions.md" })).toBeVisible();

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: /^Import articles/ })).toBeFocused();
  await expect(page.getByRole("button", { name: /^Import articles/ })).toContainText("2 yours");

  // The new tie's line crosses Russia's node at its middle, where a pointer click would land: take it by keyboard.
  await page.getByRole("button", { name: /^United States to Syria: Sanctions, 1 quote, 2019/ }).focus();
  await page.keyboard.press("Enter");
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await expect(evidence).toContainText("The United States imposed new sanctions on Syria on Friday, officials said.");
  await expect(evidence).toContainText("your article");
  expect(requests).toEqual([]);

  // Kept across a reload, marked as mine.
  await page.reload();
  // At start-up the browser compiles the stored articles again, which waits for the compiler to start
  // (up to 20 s on a busy machine); the load screen says so meanwhile.
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toContainText("The United States imposed new sanctions on Syria", { timeout: 30_000 });
  await page.goto("/#/tie/military-cooperation--russia--saudi-arabia");
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toContainText("Russia and Saudi Arabia signed an agreement on military cooperation");

  // Removing one takes its tie away and keeps the other.
  const again = await openImportDialog(page);
  await again.getByRole("button", { name: "Remove moscow-talks.txt" }).click();
  await expect(again.getByRole("button", { name: "Remove moscow-talks.txt" })).toHaveCount(0);
  await expect(again.getByRole("button", { name: "Remove washington-sanctions.md" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alert")).toContainText("No tie 'military-cooperation--russia--saudi-arabia' in this graph.");
  await page.goto("/#/tie/sanctions--syria--united-states");
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toContainText("your article");
});
