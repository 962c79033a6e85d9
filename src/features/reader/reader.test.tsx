// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packEvidence } from "../../graph/evidence-file";
import { sampleGraph } from "../../graph/sample-graph.fixture";
import { renderView } from "../../test/render-view";
import { Reader } from "./reader";

const graph = sampleGraph();
const TIE = "military-cooperation--iran--syria";
const scrolled = vi.fn();

beforeEach(() => {
  scrolled.mockClear();
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(cleanup);

const body = () => screen.getByTestId("article-body");

describe("Reader", () => {
  it("renders exactly the article's characters", () => {
    for (const article of graph.articles) {
      renderView(<Reader />, graph, `/read/${article.id}`);
      expect(body().textContent).toBe(article.body);
      cleanup();
    }
  });

  it("keeps the text exact with a passage, a cue and mentions marked inside it", () => {
    renderView(<Reader />, graph, `/read/a-defense-deal?evidence=ev-a2&tie=${TIE}`);
    expect(body().textContent).toBe(graph.articles[0]!.body);
  });

  it("highlights exactly the evidence quote and emphasises its cue", () => {
    renderView(<Reader />, graph, `/read/a-defense-deal?evidence=ev-a2&tie=${TIE}`);
    const marks = body().querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent).join("")).toBe("The deal expands military cooperation between Tehran and Damascus, officials said.");
    expect(marks[0]!.querySelector("strong")?.textContent).toBe("military cooperation");
  });

  it("scrolls the passage into view", () => {
    renderView(<Reader />, graph, `/read/a-defense-deal?evidence=ev-a2&tie=${TIE}`);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(body().querySelector("mark"));
  });

  it("underlines every actor mention", () => {
    renderView(<Reader />, graph, "/read/a-defense-deal");
    const mentions = [...body().querySelectorAll("[data-actor-id]")];
    expect(mentions.map((m) => m.textContent)).toEqual(["Iran", "Syria", "Damascus", "Tehran", "Damascus", "Russia"]);
  });

  it("tells which actor a hovered mention resolved to and by which words, and hides it on leaving", async () => {
    renderView(<Reader />, graph, "/read/a-defense-deal");
    const tehran = [...body().querySelectorAll<HTMLElement>("[data-actor-id]")].find((m) => m.textContent === "Tehran")!;
    await userEvent.hover(tehran);
    const tip = screen.getByRole("tooltip");
    expect(tip.textContent).toBe("Iranmatched by the words “Tehran”");
    expect(tehran.getAttribute("aria-describedby")).toBe(tip.id);
    expect(body().textContent).toBe(graph.articles[0]!.body);
    await userEvent.unhover(body());
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("shows the same to the keyboard: Tab reaches a mention, Escape hides the tooltip", async () => {
    renderView(<Reader />, graph, "/read/a-defense-deal");
    const mentions = [...body().querySelectorAll<HTMLElement>("[data-actor-id]")];
    act(() => mentions[2]!.focus());
    expect(screen.getByRole("tooltip").textContent).toBe("Syriamatched by the words “Damascus”");
    await userEvent.tab();
    expect(document.activeElement).toBe(mentions[3]);
    expect(screen.getByRole("tooltip").textContent).toContain("Tehran");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("shows the byline with the date as precise as known, and links only http(s) originals", () => {
    renderView(<Reader />, graph, "/read/a-defense-deal");
    expect(screen.getByRole("heading", { name: "Iran and Syria sign a defense deal" })).toBeTruthy();
    expect(screen.getByText("By Jane Writer")).toBeTruthy();
    expect(screen.getByText("28 Aug 2018")).toBeTruthy();
    const original = screen.getByRole("link", { name: /Original article/ });
    expect(original.getAttribute("href")).toBe("https://example.org/defense-deal");
    expect(original.getAttribute("rel")).toBe("noopener noreferrer");
    expect(original.getAttribute("target")).toBe("_blank");
    cleanup();
    renderView(<Reader />, graph, "/read/b-pact");
    expect(screen.getByText("(month only)")).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Original article/ })).toBeNull();
  });

  it("steps to the next and previous quote of the tie, across articles", async () => {
    renderView(<Reader />, graph, `/read/b-pact?evidence=ev-b1&tie=${TIE}`);
    expect(screen.getByRole("status").textContent).toBe("Quote 1 of 3");
    expect((screen.getByRole("button", { name: /Previous quote/ }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: /Next quote/ }));
    expect(screen.getByTestId("location").textContent).toBe(`/read/a-defense-deal?evidence=ev-a1&tie=${TIE}`);
    expect(body().textContent).toBe(graph.articles[0]!.body);
    expect(body().querySelector("mark")?.textContent).toBe("Iran and Syria signed a defense agreement in Damascus on Monday.");
    await userEvent.click(screen.getByRole("button", { name: /Next quote/ }));
    expect(screen.getByRole("status").textContent).toBe("Quote 3 of 3");
    expect((screen.getByRole("button", { name: /Next quote/ }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: /Previous quote/ }));
    expect(screen.getByTestId("location").textContent).toBe(`/read/a-defense-deal?evidence=ev-a1&tie=${TIE}`);
  });

  it("links back to the tie", () => {
    renderView(<Reader />, graph, `/read/b-pact?evidence=ev-b1&tie=${TIE}&year=2018`);
    expect(screen.getByRole("link", { name: /Back to the tie/ }).getAttribute("href")).toBe(`#/tie/${TIE}?year=2018`);
  });

  it("highlights a co-mention's sentence once its file has come, saying so meanwhile", async () => {
    const link = graph.coMentions[0]!;
    const sentence = link.evidence![0]!;
    const file = JSON.stringify(packEvidence(link, new Map(graph.articles.map((a) => [a.id, a]))));
    const onDisk = { ...graph, coMentions: [{ ...link, evidence: undefined, evidenceFile: `co-mentions/${link.id}.00000000000f.json` }] };
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () => new Response(file)) as typeof fetch;
    try {
      renderView(<Reader />, onDisk, `/read/${sentence.articleId}?evidence=${sentence.id}&tie=${link.id}`);
      expect(screen.getByText("Loading the passage…")).toBeTruthy();
      await waitFor(() => expect(body().querySelector("mark")?.textContent).toBe(sentence.quote));
      expect(screen.queryByText(/not in this article/)).toBeNull();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
