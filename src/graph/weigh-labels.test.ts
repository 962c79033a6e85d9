import { describe, expect, it } from "vitest";
import { citationHtml, citationText } from "./citation";
import { orderEvidence } from "./evidence-lookup";
import { sampleGraph } from "./sample-graph.fixture";
import { PUBLISHER_VOICE } from "./vocabulary";
import type { Actor } from "./schema";
import { claimantLabel, coverageSentence, strengthSentence, toneLabel, viewYears, yearsWithoutCoverage } from "./weigh-labels";

const graph = sampleGraph();
const actorsById = new Map<string, Actor>(graph.actors.map((a) => [a.id, a]));
const article = graph.articles.find((a) => a.id === "a-defense-deal")!;

describe("claimantLabel", () => {
  it("says when the article speaks in its own voice", () => {
    expect(claimantLabel(PUBLISHER_VOICE, actorsById)).toBe("In the publisher’s voice");
  });

  it("quotes the claimant's words and names the actor they speak for", () => {
    expect(claimantLabel({ kind: "actor", text: "Iran’s minister", start: 0, end: 15, actorId: "iran" }, actorsById)).toBe("According to Iran’s minister (Iran)");
    expect(claimantLabel({ kind: "named", text: "Lund", start: 0, end: 4, actorId: null }, actorsById)).toBe("According to Lund");
    expect(claimantLabel({ kind: "unnamed", text: "observers", start: 0, end: 9, actorId: null }, actorsById)).toBe("According to an unnamed source (“observers”)");
  });
});

describe("measures in words", () => {
  it("counts quotes, articles and publishers in the singular and plural", () => {
    expect(strengthSentence({ quotes: 10, articles: 4, publishers: 1 })).toBe("10 quotes in 4 articles from 1 publisher");
  });

  it("signs a tone score", () => {
    expect([toneLabel(5.2), toneLabel(-3), toneLabel(0)]).toEqual(["+5.2", "−3.0", "0.0"]);
  });

  it("tells a year without articles apart from a year with some", () => {
    expect(coverageSentence(graph.coverage, 2018)).toBe("The corpus has 2 articles from 2 publishers in 2018");
    expect(coverageSentence(graph.coverage, 2020)).toBe("No coverage in 2020: the corpus has no articles from that year");
    expect(yearsWithoutCoverage(graph.coverage, viewYears({ year: null, compare: [2018, 2020] }))).toEqual([2020]);
  });
});

describe("citations", () => {
  it("gives publisher, title, date, address and the exact quote as plain text", () => {
    expect(citationText("Iran and Syria signed.", article)).toBe("“Iran and Syria signed.”\n— Example News, “Iran and Syria sign a defense deal”, 28 Aug 2018, https://example.org/defense-deal");
  });

  it("escapes the article's words in the HTML reference and never links an unsafe address", () => {
    const html = citationHtml("a <b> & “c”", { ...article, url: "javascript:alert(1)" });
    expect(html).toBe("<blockquote>a &lt;b&gt; &amp; “c”</blockquote><p>Example News, <cite>Iran and Syria sign a defense deal</cite>, <time datetime=\"2018-08-28\">28 Aug 2018</time></p>");
  });
});

describe("orderEvidence", () => {
  const evidence = graph.ties.find((t) => t.id === "military-cooperation--iran--syria")!.evidence;
  const publisherOf = new Map(graph.articles.map((a) => [a.id, a.publisher]));

  it("orders by publisher, then by date", () => {
    expect(orderEvidence(evidence, "publisher", publisherOf).map((e) => e.id)).toEqual(["ev-a1", "ev-a2", "ev-b1"]);
  });

  it("puts the publisher's own voice first when ordering by claimant, and can keep only it", () => {
    expect(orderEvidence(evidence, "claimant", publisherOf).map((e) => e.id)).toEqual(["ev-a1", "ev-a2", "ev-b1"]);
    expect(orderEvidence(evidence, "date", publisherOf, true).map((e) => e.id)).toEqual(["ev-a1", "ev-a2"]);
  });
});
