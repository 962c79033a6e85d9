// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { PairPanel } from "./pair-panel";

afterEach(cleanup);

describe("PairPanel", () => {
  it("names the pair and every relation type between them in the lexicon's order, each leading to its tie", () => {
    renderView(<PairPanel />, sampleGraph(), "/pair/iran--syria");
    expect(screen.getByRole("heading", { level: 2, name: /Iran.*Syria/ })).toBeTruthy();
    const types = within(screen.getByRole("region", { name: "Every relation between them" })).getAllByRole("link");
    expect(types.map((l) => l.getAttribute("href"))).toEqual(["#/tie/military-cooperation--iran--syria", "#/tie/alliance--iran--syria"]);
    expect(types[0]?.textContent).toContain("Iran and Syria, both ways");
  });

  it("counts the quotes per year beside what the corpus holds that year", () => {
    renderView(<PairPanel />, sampleGraph(), "/pair/iran--syria");
    const rows = within(screen.getByRole("region", { name: "Year by year" })).getAllByRole("row").slice(1);
    // the alliance quote recalls the 1980s: it counts under that time (a period the corpus has no article from), named as such
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual(["the 1980s", "2018", "2024"]);
    expect(within(rows[0]!).getByRole("link", { name: "Show the 1980s only (filed under 1989)" })).toBeTruthy();
    expect(rows[0]?.textContent).toContain("no coverage");
    expect(rows[1]?.textContent).toContain("3");
    expect(rows[1]?.textContent).toContain("2 articles");
  });

  it("groups the quotes by relation type, and orders them with the tie panel's controls", async () => {
    renderView(<PairPanel />, sampleGraph(), "/pair/iran--syria");
    const evidence = screen.getByRole("region", { name: "The quotes, by relation" });
    expect(within(evidence).getByRole("list", { name: "Military cooperation: 3 quotes" })).toBeTruthy();
    expect(within(evidence).getByRole("list", { name: "Alliance: 1 quote" })).toBeTruthy();
    await userEvent.click(within(evidence).getByRole("checkbox", { name: /publisher’s own voice/ }));
    expect(screen.getByTestId("location").textContent).toBe("/pair/iran--syria?voice=publisher");
  });

  it("keeps to the chosen year, and says how to see the rest", () => {
    renderView(<PairPanel />, sampleGraph(), "/pair/iran--syria?year=2018");
    const evidence = screen.getByRole("region", { name: "The quotes, by relation" });
    expect(within(evidence).queryByRole("list", { name: /Alliance/ })).toBeNull();
    expect(within(evidence).getByRole("button", { name: "Show all 4" })).toBeTruthy();
  });
});
