import { describe, expect, it, vi } from "vitest";
import { packCoMention } from "../graph/co-mention-file";
import { sampleGraph } from "../graph/sample-graph.fixture";
import type { CoMention } from "../graph/schema";
import { loadCoMentionSentences, withSentences } from "./co-mention-sentences";

const graph = sampleGraph();
const inHand = graph.coMentions[0]!;
const facts = new Map(graph.articles.map((a) => [a.id, a]));
/** The co-mention as graph.json has it: counts, and the name of its file. */
const onDisk = (name: string): CoMention => {
  const { evidence: _evidence, ...link } = inHand;
  return { ...link, evidenceFile: `co-mentions/${inHand.id}.${name}.json` };
};
const answer = (body: unknown, status = 200) => vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));

describe("loadCoMentionSentences", () => {
  it("gives the sentences in hand without fetching", async () => {
    const fetcher = answer({});
    expect(await loadCoMentionSentences(graph, inHand, fetcher)).toBe(inHand.evidence);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("fetches the co-mention's own file once, checks and unpacks it into the very same sentences", async () => {
    const fetcher = answer(packCoMention(inHand, facts));
    const link = onDisk("0000000000a1");
    const first = await loadCoMentionSentences(graph, link, fetcher);
    expect(first).toEqual(inHand.evidence);
    expect(await loadCoMentionSentences(graph, link, fetcher)).toBe(first);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith("co-mentions/co--iran--russia.0000000000a1.json");
  });

  it("says what is wrong and how to fix it, and fetches again on a retry", async () => {
    const missing = answer("not found", 404);
    await expect(loadCoMentionSentences(graph, onDisk("0000000000b1"), missing)).rejects.toThrow(/is missing \(HTTP 404\); rebuild the graph with `npm run compile`/);
    await expect(loadCoMentionSentences(graph, onDisk("0000000000b1"), answer(packCoMention(inHand, facts)))).resolves.toEqual(inHand.evidence);
    await expect(loadCoMentionSentences(graph, onDisk("0000000000b2"), answer("{oops"))).rejects.toThrow("(co-mentions/co--iran--russia.0000000000b2.json) is not valid JSON");
    const other = { ...packCoMention(inHand, facts), id: "co--israel--syria" };
    await expect(loadCoMentionSentences(graph, onDisk("0000000000b3"), answer(other))).rejects.toThrow("does not hold the sentences of 'co--iran--russia'");
    const broken = { ...packCoMention(inHand, facts), sentences: [[0, 0, 0, { year: "soon" }]] };
    await expect(loadCoMentionSentences(graph, onDisk("0000000000b4"), answer(broken))).rejects.toThrow("holds a sentence that is not valid evidence");
  });
});

describe("withSentences", () => {
  it("puts the loaded sentences into their co-mention, and leaves a graph that needs none as it is", () => {
    const bare = { ...graph, coMentions: [onDisk("0000000000c1")] };
    const filled = withSentences(bare, new Map([[inHand.id, inHand.evidence!]]));
    expect(filled.coMentions[0]!.evidence).toBe(inHand.evidence);
    expect(filled.ties).toBe(bare.ties);
    expect(withSentences(graph, new Map([[inHand.id, []]]))).toBe(graph);
  });
});
