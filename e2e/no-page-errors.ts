/**
 * The reading stories' helpers. `test` is the shared one from network-fixtures: it fails any story
 * during which the page threw an uncaught error, so a crash never hides behind a passing assertion.
 */
export { expect, test } from "./network-fixtures";

/** The Iran–Syria military-cooperation tie (ids are `type--actor--actor`, stable across compiles). */
export const IRAN_SYRIA_MILITARY = "military-cooperation--iran--syria";
