/**
 * The reading stories' helpers. `test` is the shared one from network-fixtures: it fails any story
 * during which the page threw an uncaught error, so a crash never hides behind a passing assertion.
 */
import type { Locator } from "@playwright/test";

export { expect, test } from "./network-fixtures";

/** The Iran–Syria military-cooperation tie (ids are `type--actor--actor`, stable across compiles). */
export const IRAN_SYRIA_MILITARY = "military-cooperation--iran--syria";

/** The tie's own list of quotes in the evidence panel (not the contested passages or the tone above it). */
export function quoteList(evidence: Locator): Locator {
  return evidence.getByRole("list", { name: /^\d+ quotes?$/ });
}
