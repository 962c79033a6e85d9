// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CrashBoundary } from "./crash-boundary";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Explode({ when }: { when: boolean }) {
  if (when) throw new Error("the layout ran out of room");
  return <p>the network</p>;
}

describe("CrashBoundary", () => {
  it("shows what went wrong and a way back instead of a blank page", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <CrashBoundary location="/actor/iran">
        <Explode when />
      </CrashBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Tiegraph stopped unexpectedly");
    expect(alert.textContent).toContain("the layout ran out of room");
    expect(screen.getByRole("link", { name: "Back to the overview" }).getAttribute("href")).toBe("#/");
  });

  it("tries again when the location changes", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { rerender } = render(
      <CrashBoundary location="/actor/iran">
        <Explode when />
      </CrashBoundary>,
    );
    rerender(
      <CrashBoundary location="/">
        <Explode when={false} />
      </CrashBoundary>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("the network")).toBeDefined();
  });
});
