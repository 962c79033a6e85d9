// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sampleGraph } from "../graph/sample-graph.fixture";
import { EvidenceQuote, splitAtCue } from "./evidence-quote";
import { QuadBadge } from "./quad-badge";

afterEach(cleanup);
const graph = sampleGraph();
const tie = graph.ties[0]!;

describe("EvidenceQuote", () => {
  it("marks the cue inside the quote, keeping the quote's text whole", () => {
    const evidence = tie.evidence![2]!;
    const { container } = render(<EvidenceQuote evidence={evidence} article={graph.articles[0]} readHref="#/read/x" />);
    expect(container.querySelector("blockquote")?.textContent).toBe(evidence.quote);
    expect(container.querySelector("blockquote mark")?.textContent).toBe("military cooperation");
  });

  it("ignores a cue that lies outside the quote", () => {
    const evidence = { ...tie.evidence![0]!, cue: { text: "x", start: 9999, end: 10000, pattern: "x" } };
    expect(splitAtCue(evidence)).toEqual({ before: evidence.quote, cue: null, after: "" });
  });
});

describe("QuadBadge", () => {
  it("names the quad class in words next to its swatch", () => {
    const { container } = render(<QuadBadge quadClass="verbal-conflict" />);
    expect(container.textContent).toBe("Verbal conflict");
    expect(container.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });
});
