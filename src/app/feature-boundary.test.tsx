// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleGraph } from "../graph/sample-graph.fixture";
import { renderView } from "../test/render-view";
import { App } from "./app";

/** The actor panel, made to fail while `panelBroken.now` is set. */
const panelBroken = vi.hoisted(() => ({ now: false }));
vi.mock("../features/actor-panel/actor-panel", async (importOriginal) => {
  const real = await importOriginal<typeof import("../features/actor-panel/actor-panel")>();
  return {
    ActorPanel: () => {
      if (panelBroken.now) throw new Error("the panel could not count the ties");
      return real.ActorPanel();
    },
  };
});

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  panelBroken.now = true;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("one failing feature", () => {
  it("shows its own error and a retry while the rest of the app keeps working", async () => {
    const user = userEvent.setup();
    const { router } = renderView(<App />, sampleGraph(), "/actor/iran");

    const details = screen.getByRole("complementary", { name: "Details" });
    const error = await within(details).findByRole("alert");
    expect(error.textContent).toContain("The details panel stopped unexpectedly.");
    expect(error.textContent).toContain("the panel could not count the ties");

    // The rest works: the network still draws Iran selected, and search still finds Syria.
    const iran = await screen.findByRole("button", { name: /^Iran, / });
    expect(iran.getAttribute("aria-pressed")).toBe("true");
    await user.type(screen.getByRole("combobox", { name: "Find an actor" }), "Syria");
    expect(screen.getByRole("option", { name: /Syria/ })).toBeTruthy();
    expect(screen.queryByText("Tiegraph stopped unexpectedly")).toBeNull();

    // The cause goes away; Try again brings the panel back without leaving the page.
    panelBroken.now = false;
    await user.click(within(details).getByRole("button", { name: "Try again" }));
    expect(await within(details).findByRole("heading", { level: 2, name: "Iran" })).toBeTruthy();
    expect(within(details).queryByRole("alert")).toBeNull();
    expect(router.state.location.pathname).toBe("/actor/iran");
  });
});
