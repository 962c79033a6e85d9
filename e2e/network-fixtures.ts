/**
 * Shared setup for the stories: a `test` that fails on any uncaught page error, console error or
 * request to another host, and locators for actors and ties by their accessible names ("Iran,
 * state, 42 mentions, 9 ties").
 */
import { expect, test as base, type Locator, type Page } from "@playwright/test";

/** Options of the shared guards: console errors a story provokes on purpose (a 404 it serves). */
export interface GuardOptions {
  expectedConsoleErrors: readonly RegExp[];
}

/**
 * `test` that fails the story if the page threw an uncaught error (`pageerror`), logged a console
 * error it did not expect, or sent a request to any host but the app's own (no CDN, font service,
 * analytics or leaked article link).
 */
export const test = base.extend<GuardOptions & { pageErrorGuard: string[]; consoleErrorGuard: string[]; ownHostGuard: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrorGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  consoleErrorGuard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !expectedConsoleErrors.some((re) => re.test(message.text()))) errors.push(message.text());
      });
      await use(errors);
      expect(errors, "console errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  ownHostGuard: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL ?? "http://127.0.0.1").origin;
      const foreign: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== own) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, "requests to hosts other than the app's own").toEqual([]);
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

/**
 * Clicks an edge where a person would: on its line, half-way along. (Playwright's default, the middle
 * of the element's box, lies off a curved edge, often on a neighbouring tie of the same pair.)
 */
export async function clickEdge(edge: Locator): Promise<void> {
  await edge.scrollIntoViewIfNeeded();
  const point = await edge.evaluate((el) => {
    const line = el.querySelector<SVGPathElement>("path.net-edge__hit") ?? el.querySelector<SVGPathElement>("path")!;
    const mid = line.getPointAtLength(line.getTotalLength() / 2);
    const onScreen = new DOMPoint(mid.x, mid.y).matrixTransform(line.getScreenCTM()!);
    return { x: onScreen.x, y: onScreen.y };
  });
  await edge.page().mouse.click(point.x, point.y);
}
