// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../graph/sample-graph.fixture";
import { renderView } from "../test/render-view";
import { ViewCounts } from "./view-counts";

afterEach(cleanup);

describe("ViewCounts", () => {
  it("counts the view's ties and articles against the corpus of the chosen year", () => {
    renderView(<ViewCounts />, sampleGraph(), "/?year=2018");
    expect(screen.getByText(/ties? from/).textContent).toBe("1 tie from 2 articles of 2 in the corpus · 2018");
  });

  it("says 'no coverage' for a year without articles instead of counting zero ties", () => {
    renderView(<ViewCounts />, sampleGraph(), "/?year=2020");
    expect(screen.getByText(/No coverage/).textContent).toBe("∅ No coverage in 2020: 0 articles");
  });
});
