/**
 * Graphs for the export tests (never imported by the app): the fixture with words that need escaping
 * in every format, and with an actor no article names.
 */
import { DOMParser } from "@xmldom/xmldom";
import { expect } from "vitest";
import type { GraphWithEvidence } from "../schema";
import { fixtureGraph } from "../test-fixture";
import { DEFAULT_VIEW } from "../view-state";

/** The view with every year and every actor. */
export const ALL = { ...DEFAULT_VIEW, others: true };

/** The fixture, with quotes, commas, ampersands, angle brackets and line breaks in names and quotes. */
export function awkwardGraph(): GraphWithEvidence {
  const graph = fixtureGraph();
  const article = graph.articles[0]!;
  article.title = 'Tehran & Damascus: "a pact", <signed>\nat last';
  article.publisher = "Al-Monitor, Washington";
  const evidence = graph.ties[0]!.evidence[0]!;
  evidence.quote = 'Iran said: "we stand, as ever, with Syria" & <mean it>\r\nsecond line';
  graph.actors[0]!.name = "Iran & <friends>";
  return graph;
}

/** The fixture with one more actor, NATO, that no article names and no tie links. */
export function graphWithUnmentionedActor(): GraphWithEvidence {
  const graph = fixtureGraph();
  graph.actors.push({ id: "nato", name: "NATO", kind: "bloc or organisation", core: true, color: "#445566", aliases: ["NATO"], mentionCount: 0, mentionsByYear: {} });
  return graph;
}

/** Parses XML strictly: any well-formedness error or warning fails the test. */
export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(text, "text/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

/** The descendants of `parent` named `name`, as an array. */
export function children(parent: Element | Document, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}
