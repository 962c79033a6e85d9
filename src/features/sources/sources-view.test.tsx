// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { SourcesView } from "./sources-view";

afterEach(cleanup);

describe("SourcesView", () => {
  it("lists every article, oldest first, with a link into the reader", () => {
    renderView(<SourcesView />, sampleGraph(), "/sources");
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("link")[0]!.textContent)).toEqual([
      "A pact that lasts",
      "Iran and Syria sign a defense deal",
      "Reminders to Assad",
    ]);
    expect(screen.getByRole("link", { name: "Reminders to Assad" }).getAttribute("href")).toBe("#/read/c-reminders");
  });

  it("states each date's precision", () => {
    renderView(<SourcesView />, sampleGraph(), "/sources");
    const row = screen.getByRole("row", { name: /A pact that lasts/ });
    expect(row.textContent).toContain("Aug 2018 (month only)");
    expect(screen.getByRole("row", { name: /Reminders/ }).textContent).toContain("2024 (year only)");
  });

  it("counts the ties found in each article and names their types", () => {
    renderView(<SourcesView />, sampleGraph(), "/sources");
    const row = screen.getByRole("row", { name: /A pact that lasts/ });
    const cells = within(row).getAllByRole("cell");
    expect(cells[4]!.textContent).toContain("2");
    expect(cells[5]!.textContent).toBe("Military cooperation, Threat");
  });

  it("links the original only when it is a web page", () => {
    renderView(<SourcesView />, sampleGraph(), "/sources");
    const links = screen.getAllByRole("link", { name: /opens in a new tab/ });
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://example.org/defense-deal"]);
    expect(links[0]!.getAttribute("rel")).toBe("noopener noreferrer");
  });
});
