/**
 * Helpers for the import stories: the files a user would bring (e2e/fixtures/), and the import dialog
 * opened and ready (its compiler started), so what follows needs no request at all.
 */
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** A file of e2e/fixtures/ by name. */
export const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

/** Opens the import dialog from the masthead and waits until its compiler is ready. */
export async function openImportDialog(page: Page) {
  await page.getByRole("button", { name: /^Import articles/ }).click();
  const dialog = page.getByRole("dialog", { name: "Import your articles" });
  // The compiler is a worker with a language model and the shipped corpus in it: on a busy machine it
  // takes a while to start.
  await expect(dialog.getByText("The compiler is ready.")).toBeVisible({ timeout: 20_000 });
  return dialog;
}
