/**
 * The Playwright `test` used by the reading stories: it fails any story during which the page threw
 * an uncaught error (`pageerror`), so a crash never hides behind a passing assertion.
 */
import { expect, test as base } from "@playwright/test";

/** `test` with an automatic check that the page raised no uncaught error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
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

/** The Iran–Syria military-cooperation tie (ids are `type--actor--actor`, stable across compiles). */
export const IRAN_SYRIA_MILITARY = "military-cooperation--iran--syria";
