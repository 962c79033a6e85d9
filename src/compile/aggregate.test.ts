/** The reduce's grouping of co-mentions: each pair's sentences in evidence order, whatever the order fed. */
import { describe, expect, it } from "vitest";
import { aggregateCoMentions } from "./aggregate";
import type { CoMentionFinding, SentenceAt } from "./extract-article";

const publisher = { kind: "publisher", text: null, start: null, end: null, actorId: null } as const;

function sentence(articleId: string, published: string, start: number): SentenceAt {
  const quote = `Sentence ${start} of ${articleId}.`;
  return { articleId, published, precision: "day", times: [], start, end: start + quote.length, quote, historical: null, claimant: publisher };
}

/** Iran–Syria and Iran–Russia named in each sentence, as the map step reports them. */
function findings(sentences: SentenceAt[]): CoMentionFinding[] {
  return sentences.flatMap((at) => [
    { source: "iran", target: "russia", id: `ev-${at.articleId}-${at.start}-r`, at },
    { source: "iran", target: "syria", id: `ev-${at.articleId}-${at.start}-s`, at },
  ]);
}

const inEvidenceOrder = [sentence("b", "2018-08-28", 0), sentence("b", "2018-08-28", 40), sentence("a", "2018-09-01", 10), sentence("a", "2024-05-31", 5)];

describe("aggregateCoMentions", () => {
  it("lists each pair's sentences by date, article and place, as fed in that order", () => {
    const links = aggregateCoMentions(findings(inEvidenceOrder));
    expect(links.map((l) => l.id)).toEqual(["co--iran--russia", "co--iran--syria"]);
    for (const link of links) {
      expect(link.evidence!.map((e) => `${e.published} ${e.articleId} ${e.start}`)).toEqual(["2018-08-28 b 0", "2018-08-28 b 40", "2018-09-01 a 10", "2024-05-31 a 5"]);
      expect(link.years).toEqual([2018, 2024]);
    }
  });

  it("gives the same lists when the findings come in any other order", () => {
    const expected = aggregateCoMentions(findings(inEvidenceOrder));
    const shuffled = [inEvidenceOrder[2]!, inEvidenceOrder[0]!, inEvidenceOrder[3]!, inEvidenceOrder[1]!];
    expect(aggregateCoMentions(findings(shuffled))).toEqual(expected);
    expect(aggregateCoMentions(findings([...inEvidenceOrder].reverse()))).toEqual(expected);
  });
});
