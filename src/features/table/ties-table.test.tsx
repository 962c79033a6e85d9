// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { TABLE_PAGE, TiesTable } from "./ties-table";

afterEach(cleanup);

const bodyRows = () => screen.getAllByRole("row").slice(1);
const column = (index: number) => bodyRows().map((r) => r.children[index]!.textContent);

describe("TiesTable", () => {
  it("is a captioned table of the ties the view shows", () => {
    renderView(<TiesTable />, sampleGraph(), "/table");
    const table = screen.getByRole("table");
    expect(table.querySelector("caption")?.textContent).toContain("2 ties in all years");
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼↕]/g, ""))).toEqual([
      "Source",
      "Target",
      "Relation",
      "Quad class",
      "Direction",
      "Quotes",
      "Years",
      "Articles",
    ]);
    // Israel is not a core actor, so its tie is hidden like in the network.
    expect(column(2)).toEqual(["Alliance: Iran and Syria", "Military cooperation: Iran and Syria"]);
  });

  it("follows the view's year and others filters", () => {
    renderView(<TiesTable />, sampleGraph(), "/table?year=2018&others=1");
    expect(column(2).map((c) => c?.split(":")[0])).toEqual(["Military cooperation", "Threat"]);
  });

  it("sorts by a column, both ways, and says so with aria-sort", async () => {
    renderView(<TiesTable />, sampleGraph(), "/table?others=1");
    const quotes = screen.getByRole("button", { name: /Quotes/ });
    await userEvent.click(quotes);
    expect(quotes.closest("th")?.getAttribute("aria-sort")).toBe("descending");
    expect(column(5)).toEqual(["3", "1", "1"]);
    await userEvent.click(quotes);
    expect(quotes.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    expect(column(5)).toEqual(["1", "1", "3"]);
    expect(screen.getByRole("button", { name: /Source/ }).closest("th")?.hasAttribute("aria-sort")).toBe(false);
  });

  it("filters rows by actor name or type", async () => {
    renderView(<TiesTable />, sampleGraph(), "/table?others=1");
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter ties" }), "threat");
    expect(column(0)).toEqual(["Israel"]);
    expect(screen.getByRole("status").textContent).toContain("1 of 3 ties");
  });

  it("selects a row's tie in the URL, staying in the table, and marks the row", async () => {
    renderView(<TiesTable />, sampleGraph(), "/table");
    await userEvent.click(screen.getByRole("button", { name: /Military cooperation/ }));
    expect(screen.getByTestId("location").textContent).toBe("/table?tie=military-cooperation--iran--syria");
    expect(screen.getByRole("row", { current: true }).textContent).toContain("Military cooperation");
  });

  it("shows only the ties of the actor in the URL", () => {
    renderView(<TiesTable />, sampleGraph(), "/table?actor=syria&others=1");
    expect(column(0)).toEqual(["Iran", "Iran", "Israel"]);
    expect(screen.getByText("Only ties of Syria")).toBeTruthy();
  });
});

describe("TiesTable on a large graph", () => {
  /** The sample graph with `count` ties between Iran and Syria, ids in order. */
  function manyTies(count: number) {
    const graph = sampleGraph();
    const tie = graph.ties.find((t) => t.id === "alliance--iran--syria")!;
    graph.ties = Array.from({ length: count }, (_, i) => ({ ...tie, id: `alliance--iran--syria--${String(i).padStart(4, "0")}` }));
    return graph;
  }

  it("shows a page of rows, then more and all on request, and says how many", async () => {
    renderView(<TiesTable />, manyTies(TABLE_PAGE * 2 + 10), "/table");
    expect(bodyRows()).toHaveLength(TABLE_PAGE);
    expect(screen.getByRole("table").querySelector("caption")?.textContent).toContain(`${TABLE_PAGE * 2 + 10} ties in all years`);
    expect(screen.getByText(`Showing ${TABLE_PAGE} of ${TABLE_PAGE * 2 + 10} ties.`)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: `Show ${TABLE_PAGE} more` }));
    expect(bodyRows()).toHaveLength(TABLE_PAGE * 2);
    await userEvent.click(screen.getByRole("button", { name: "Show 10 more" }));
    expect(bodyRows()).toHaveLength(TABLE_PAGE * 2 + 10);
    expect(screen.queryByRole("button", { name: /more$/ })).toBeNull();
    // Three renders of hundreds of rows (each with its pair link) in happy-dom: 5 s was tight on a shared machine.
  }, 20_000);

  it("always shows the selected tie's row, even past the first page", () => {
    renderView(<TiesTable />, manyTies(TABLE_PAGE + 40), `/table?tie=alliance--iran--syria--${String(TABLE_PAGE + 20).padStart(4, "0")}`);
    expect(bodyRows()).toHaveLength(TABLE_PAGE + 21);
    expect(screen.getByRole("row", { current: true })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Show all 290" })).toBeTruthy();
  }, 20_000);
});
