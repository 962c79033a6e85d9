// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { ActorPanel } from "./actor-panel";

afterEach(cleanup);

describe("ActorPanel", () => {
  it("heads the panel with the actor, its kind and its mentions in the year", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran?year=2018");
    expect(screen.getByRole("heading", { level: 2, name: "Iran" })).toBeTruthy();
    expect(screen.getByText(/State · named in 5 sentences in 2018/)).toBeTruthy();
  });

  it("says how many articles and publishers the corpus has in the chosen year", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran?year=2018");
    expect(screen.getByRole("list", { name: "Coverage" }).textContent).toBe("The corpus has 2 articles from 2 publishers in 2018");
  });

  it("says 'no coverage' for a year the corpus has no articles from, not that the actor has no ties", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran?year=2020");
    expect(screen.getByRole("list", { name: "Coverage" }).textContent).toContain("No coverage in 2020");
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("Nothing can be said about Iran in 2020: the corpus has no articles from then");
    expect(status.textContent).not.toContain("No ties");
  });

  it("tells a compared year with articles from one without", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran?compare=2018,2021");
    const years = within(screen.getByRole("list", { name: "Coverage" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(years).toEqual(["The corpus has 2 articles from 2 publishers in 2018", "∅ No coverage in 2021: the corpus has no articles from that year"]);
  });

  it("groups ties by partner, then relation type, with the quad class in words", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran");
    const group = screen.getByRole("region", { name: "Syria" });
    const row = within(group).getByRole("button", { name: /Military cooperation/ });
    expect(within(row).getByText("Material cooperation")).toBeTruthy();
    expect(row.textContent).toContain("3 quotes");
    expect(row.textContent).toContain("2018");
    expect(within(group).getAllByRole("button").length).toBeGreaterThan(1);
  });

  it("leads from a partner to the view of the pair", async () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran");
    const group = screen.getByRole("region", { name: "Syria" });
    const link = within(group).getByRole("link", { name: /between Iran and Syria/ });
    expect(link.getAttribute("href")).toBe("#/pair/iran--syria");
  });

  it("tells the direction in words, not only with an arrow", () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/syria?others=1");
    const row = within(screen.getByRole("region", { name: "Israel" })).getAllByRole("button")[0]!;
    expect(row.textContent).toContain("←");
    expect(row.textContent).toContain("Israel acts on Syria");
  });

  it("selects a tie when its row is clicked", async () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran?year=2018");
    await userEvent.click(within(screen.getByRole("region", { name: "Syria" })).getByRole("button", { name: /Military cooperation/ }));
    expect(screen.getByTestId("location").textContent).toBe("/tie/military-cooperation--iran--syria?year=2018");
  });

  it("says what to do when the year has no ties", async () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/russia?year=2024");
    expect(screen.getByRole("status").textContent).toContain("No ties in 2024 for Russia.");
    await userEvent.click(screen.getByRole("button", { name: "All years" }));
    expect(screen.getByTestId("location").textContent).toBe("/actor/russia");
  });

  it("closes", async () => {
    renderView(<ActorPanel />, sampleGraph(), "/actor/iran");
    await userEvent.click(screen.getByRole("button", { name: "Close Iran" }));
    expect(screen.getByTestId("location").textContent).toBe("/");
  });
});
