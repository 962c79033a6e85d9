// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { packEvidence } from "../../graph/evidence-file";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { EvidencePanel } from "./evidence-panel";

afterEach(cleanup);

describe("EvidencePanel", () => {
  it("names the tie and its quad class", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/military-cooperation--iran--syria");
    const region = screen.getByRole("region", { name: "Evidence" });
    expect(within(region).getByRole("heading", { level: 2 }).textContent).toContain("Military cooperation");
    expect(region.textContent).toContain("Material cooperation");
  });

  it("shows every quote as a blockquote in reading order, with its cue marked", () => {
    const { container } = renderView(<EvidencePanel />, sampleGraph(), "/tie/military-cooperation--iran--syria");
    const quotes = [...container.querySelectorAll("blockquote")];
    expect(quotes.map((q) => q.textContent)).toEqual([
      "Iran’s minister said the defense pact would last.",
      "Iran and Syria signed a defense agreement in Damascus on Monday.",
      "The deal expands military cooperation between Tehran and Damascus, officials said.",
    ]);
    expect(quotes.map((q) => q.querySelector("mark")?.textContent)).toEqual(["defense pact", "defense agreement", "military cooperation"]);
  });

  it("dates each quote as precisely as its article and links it to the reader", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/military-cooperation--iran--syria");
    expect(screen.getByText("Aug 2018")).toBeTruthy();
    expect(screen.getAllByText("28 Aug 2018")).toHaveLength(2);
    const links = screen.getAllByRole("link", { name: /Read in context/ });
    expect(links[0]!.getAttribute("href")).toBe("#/read/b-pact?evidence=ev-b1&tie=military-cooperation--iran--syria");
  });

  it("badges historical quotes, and says who stands behind each: an editor or the compiler alone", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/alliance--iran--syria");
    expect(screen.getByText(/about the 1980s/)).toBeTruthy();
    expect(screen.getByText(/checked by an editor/)).toBeTruthy();
    cleanup();
    renderView(<EvidencePanel />, sampleGraph(), "/tie/military-cooperation--iran--syria");
    expect(screen.getAllByText(/read by the compiler/)).toHaveLength(3);
  });

  it("falls back to all quotes when the year hides the tie, and says so", async () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/military-cooperation--iran--syria?year=2024");
    expect(document.querySelectorAll("blockquote")).toHaveLength(3);
    expect(screen.getByText(/filters hide this tie/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByTestId("location").textContent).toBe("/tie/military-cooperation--iran--syria?others=1");
  });

  it("fetches a co-mention's sentences from its own file, saying so while they come, and offers to try again when they do not", async () => {
    const graph = sampleGraph();
    const link = graph.coMentions[0]!;
    const facts = new Map(graph.articles.map((a) => [a.id, a]));
    const file = JSON.stringify(packEvidence(link, facts));
    const asOnDisk = (name: string) => ({ ...graph, coMentions: [{ ...link, evidence: undefined, evidenceFile: `co-mentions/${link.id}.${name}.json` }] });
    let answer: () => Response = () => new Response("gone", { status: 404 });
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () => answer()) as typeof fetch;
    try {
      renderView(<EvidencePanel />, asOnDisk("00000000000e"), `/tie/${link.id}`);
      expect(screen.getByRole("status").textContent).toBe("Loading the sentences naming Iran and Russia…");
      expect(await screen.findByRole("alert")).toBeTruthy();
      expect(screen.getByRole("alert").textContent).toContain("is missing (HTTP 404)");
      answer = () => new Response(file);
      await userEvent.click(screen.getByRole("button", { name: "Try again" }));
      expect((await screen.findByText(link.evidence![0]!.quote)).closest("blockquote")).toBeTruthy();
      expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Named together");
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it("shows a co-mention without a relation type", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/co--iran--russia");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Named together");
    expect(document.querySelector("blockquote mark")).toBeNull();
  });

  it("links back to the actor", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/threat--israel--syria");
    expect(screen.getByRole("link", { name: "See Israel" }).getAttribute("href")).toBe("#/actor/israel");
  });
});

describe("EvidencePanel with syndicated copy and long lists", () => {
  it("shows the same words in several articles once, says where, and links every copy to the reader", async () => {
    const { syndicatedGraph, WIRE } = await import("../../graph/passages.fixture");
    const graph = syndicatedGraph();
    const tie = graph.ties.find((t) => t.evidence.some((e) => e.quote === WIRE))!;
    renderView(<EvidencePanel />, graph, `/tie/${tie.id}`);
    const quotes = [...document.querySelectorAll("blockquote")].map((q) => q.textContent);
    expect(quotes.filter((q) => q === WIRE)).toHaveLength(1);
    const summary = screen.getByText("The same words in 3 articles from 2 publishers");
    await userEvent.click(summary);
    const copies = screen.getByRole("list", { name: "Other copies of these words" });
    const links = within(copies).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(tie.evidence.filter((e) => e.quote === WIRE && e.articleId !== "wire-a").map((e) => `#/read/${e.articleId}?evidence=${e.id}&tie=${tie.id}`));
  });

  it("shows the first 50 passages of a long list and more on demand", async () => {
    const { fixtureGraph } = await import("../../graph/test-fixture");
    const graph = fixtureGraph([{ source: "iran", target: "syria", type: "alliance", years: Array.from({ length: 120 }, (_, i) => (i % 2 ? 2018 : 2024)) }]);
    renderView(<EvidencePanel />, graph, "/tie/alliance--iran--syria");
    expect(document.querySelectorAll("blockquote")).toHaveLength(50);
    expect(screen.getByText("Showing 50 of 120 passages.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(document.querySelectorAll("blockquote")).toHaveLength(100);
    await userEvent.click(screen.getByRole("button", { name: "Show 20 more" }));
    expect(document.querySelectorAll("blockquote")).toHaveLength(120);
    expect(screen.queryByRole("button", { name: /more/ })).toBeNull();
  });
});
