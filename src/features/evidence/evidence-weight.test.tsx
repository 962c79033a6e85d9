// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import type { Contest, Graph } from "../../graph/schema";
import { renderView } from "../../test/render-view";
import { EvidencePanel } from "./evidence-panel";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MILITARY = "military-cooperation--iran--syria";
const quotes = () => [...document.querySelectorAll("figure.tg-quote blockquote")].map((q) => q.textContent);

/** The sample graph with one contest on the Iran–Syria pair: the 2018 pact quote against Israel's threat, as if denied. */
function contestedGraph(): Graph {
  const graph = sampleGraph();
  const pact = graph.ties.find((t) => t.id === MILITARY)!.evidence[0]!;
  const threat = graph.ties.find((t) => t.id === "threat--israel--syria")!.evidence[0]!;
  const passage = (e: typeof pact, negated: boolean) => ({
    articleId: e.articleId,
    published: e.published,
    quote: e.quote,
    start: e.start,
    end: e.end,
    tieId: negated ? null : MILITARY,
    evidenceId: negated ? null : e.id,
    type: "military-cooperation",
    quadClass: "material-cooperation" as const,
    negated,
  });
  const contest: Contest = { year: 2018, kind: "negation", a: passage(pact, false), b: passage(threat, true) };
  graph.pairs = graph.pairs.map((p) => (p.id === "pair--iran--syria" ? { ...p, contested: [contest] } : p));
  return graph;
}

describe("EvidencePanel weighs the evidence", () => {
  it("says how many quotes, articles and publishers support the tie, in all and in the chosen year", () => {
    renderView(<EvidencePanel />, sampleGraph(), `/tie/${MILITARY}?year=2018`);
    const strength = screen.getByRole("group", { name: "Strength" });
    expect(strength.textContent).toContain("Supported by 3 quotes in 2 articles from 2 publishers");
    expect(strength.textContent).toContain("In 2018: 3 quotes in 2 articles from 2 publishers");
    expect(within(strength).queryByText(/Single source/)).toBeNull();
  });

  it("badges a tie resting on one article of one publisher as single source, in words", () => {
    renderView(<EvidencePanel />, sampleGraph(), "/tie/threat--israel--syria");
    const strength = screen.getByRole("group", { name: "Strength" });
    expect(strength.textContent).toContain("1 quote in 1 article from 1 publisher");
    expect(within(strength).getByText(/Single source/).getAttribute("title")).toMatch(/one article of one publisher/);
  });

  it("says who claims each quote", () => {
    renderView(<EvidencePanel />, sampleGraph(), `/tie/${MILITARY}`);
    const claimants = [...document.querySelectorAll(".tg-quote__claimant")].map((p) => p.textContent);
    expect(claimants).toEqual(["According to Iran’s minister (Iran)", "In the publisher’s voice", "In the publisher’s voice"]);
  });

  it("orders the quotes by publisher or claimant and keeps only the publisher's voice, through the URL", async () => {
    renderView(<EvidencePanel />, sampleGraph(), `/tie/${MILITARY}`);
    expect(quotes()[0]).toBe("Iran’s minister said the defense pact would last.");
    await userEvent.selectOptions(screen.getByLabelText("Order by"), "Publisher");
    expect(screen.getByTestId("location").textContent).toBe(`/tie/${MILITARY}?order=publisher`);
    expect(quotes()).toEqual([
      "Iran and Syria signed a defense agreement in Damascus on Monday.",
      "The deal expands military cooperation between Tehran and Damascus, officials said.",
      "Iran’s minister said the defense pact would last.",
    ]);
    await userEvent.click(screen.getByLabelText("Only the publisher’s own voice"));
    expect(screen.getByTestId("location").textContent).toBe(`/tie/${MILITARY}?order=publisher&voice=publisher`);
    expect(quotes()).not.toContain("Iran’s minister said the defense pact would last.");
    expect(quotes()).toHaveLength(2);
  });

  it("draws the pair's tone as one labelled point per year the passages are about, with n, a hollow single quote and the values in words", () => {
    renderView(<EvidencePanel />, sampleGraph(), `/tie/${MILITARY}`);
    const tone = screen.getByRole("region", { name: "Tone per year" });
    expect(tone.textContent).toContain("Across all 2 relation types between them, not only this tie");
    const plot = within(tone).getByRole("img");
    expect([...plot.querySelectorAll("[data-year]")].map((p) => `${p.getAttribute("data-year")} ${p.querySelector(".tg-tone__value")?.textContent}`)).toEqual([
      "1989 +3.0",
      "2018 +7.0",
    ]);
    // The 2024 article's quote is about the 1980s: it is drawn there, hollow (one quote), and not
    // joined to 2018 across years the corpus has no articles from.
    expect(plot.querySelector("desc")?.textContent).toBe(
      "1989: +3.0 from a single quote (1 article); 2018: +7.0 from 3 quotes in 2 articles. Years without articles between points are not joined by a line.",
    );
    expect([...plot.querySelectorAll(".tg-tone__point--single")].map((p) => p.getAttribute("data-year"))).toEqual(["1989"]);
    expect(plot.querySelectorAll(".tg-tone__line")).toHaveLength(0);
    expect(within(tone).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["1989: +3.0 from a single quote (1 article)", "2018: +7.0 from 3 quotes in 2 articles"]);
  });

  it("shows a contested pair's opposing quotes side by side, each linked to its passage", () => {
    renderView(<EvidencePanel />, contestedGraph(), `/tie/${MILITARY}`);
    expect(screen.getByRole("group", { name: "Strength" }).textContent).toContain("Contested");
    const contest = screen.getByRole("region", { name: "Contested in 2018" });
    expect(contest.textContent).toContain("One passage denies what the other states");
    const sides = [...contest.querySelectorAll(".tg-contest__side")];
    expect(sides.map((s) => s.querySelector(".tg-contest__label")?.textContent)).toEqual(["States: Military cooperation", "Denies: Military cooperation"]);
    expect(sides.map((s) => s.querySelector("blockquote")?.textContent)).toEqual(["Iran’s minister said the defense pact would last.", "Israel threatened Syria over the pact."]);
    const links = within(contest).getAllByRole("link", { name: /Read in context/ });
    // The denial has no evidence id of its own; its words are the threat tie's evidence, so the reader can highlight them.
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      `#/read/b-pact?evidence=ev-b1&tie=${MILITARY}`,
      "#/read/b-pact?evidence=ev-b2&tie=threat--israel--syria",
    ]);
  });

  it("copies a quote's citation as text and HTML, with the exact words, and says 'Copied'", async () => {
    const written: ClipboardItem[] = [];
    vi.stubGlobal("navigator", { ...navigator, clipboard: { write: vi.fn(async (items: ClipboardItem[]) => void written.push(...items)), writeText: vi.fn() } });
    renderView(<EvidencePanel />, sampleGraph(), `/tie/${MILITARY}`);
    const figure = document.querySelector<HTMLElement>("figure.tg-quote[data-evidence-id='ev-a1']")!;
    await userEvent.click(within(figure).getByRole("button", { name: /Copy citation/ }));
    expect(await within(figure).findByText("Copied")).toBeTruthy();
    expect(within(figure).getByRole("status").textContent).toBe("Copied");
    const text = await (await written[0]!.getType("text/plain")).text();
    expect(text).toBe(
      "“Iran and Syria signed a defense agreement in Damascus on Monday.”\n— Example News, “Iran and Syria sign a defense deal”, 28 Aug 2018, https://example.org/defense-deal",
    );
    expect(await (await written[0]!.getType("text/html")).text()).toContain("<blockquote>Iran and Syria signed a defense agreement in Damascus on Monday.</blockquote>");
  });

  it("falls back to plain text when the browser has no ClipboardItem", async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal("ClipboardItem", undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    renderView(<EvidencePanel />, sampleGraph(), "/tie/threat--israel--syria");
    await userEvent.click(screen.getByRole("button", { name: /Copy citation/ }));
    expect(await screen.findByText("Copied")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith("“Israel threatened Syria over the pact.”\n— Monthly Review, “A pact that lasts”, Aug 2018");
  });
});
