/**
 * Shared setup for the network stories: a `test` that fails on any uncaught page error, and locators
 * for actors and ties by their accessible names ("Iran, state, 42 mentions, 9 ties").
 */
import { expect, test as base, type Locator, type Page } from "@playwright/test";

/** `test` that fails the story if the page threw an uncaught error (`pageerror`). */
export const test = base.extend<{ pageErrorGuard: string[] }>({
  pageErrorGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The six actors shown by default. */
export const CORE_ACTORS = ["Iran", "Syria", "Russia", "Israel", "United States", "Hezbollah"];

/** The network node of the actor called `name`. */
export function actorNode(page: Page, name: string): Locator {
  return page.getByRole("button", { name: new RegExp(`^${name}, `) });
}

/** Every tie and co-mention edge in the network. */
export function edges(page: Page): Locator {
  return page.locator("[data-tie-id]");
}

/** The accessible names of all edges. */
export async function edgeLabels(page: Page): Promise<string[]> {
  return edges(page).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
}
