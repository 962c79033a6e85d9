import { describe, expect, it, vi } from "vitest";
import { create } from "zustand";
import { applyDecisions, type Decision } from "../graph/decisions";
import { packEvidence } from "../graph/evidence-file";
import { withEvidence } from "../graph/in-hand";
import { sampleGraph } from "../graph/sample-graph.fixture";
import type { CoMention, Graph, Tie } from "../graph/schema";
import { createCurationSlice, createFocusSlice, createGraphSlice, createHoverSlice, createLayoutSlice, createOwnArticlesSlice, type AppState } from "./app-store";
import { keepDecidedEvidenceInHand, loadLinkEvidence, withLinkEvidence } from "./link-evidence";

const graph = sampleGraph();
const coMention = graph.coMentions[0]!;
const tie = graph.ties.find((t) => t.id === "military-cooperation--iran--syria")!;
const facts = new Map(graph.articles.map((a) => [a.id, a]));
/** A link as graph.json has it: counts, and the name of its file. */
function onDisk(link: CoMention, name: string): CoMention;
function onDisk(link: Tie, name: string): Tie;
function onDisk(link: Tie | CoMention, name: string): Tie | CoMention {
  const { evidence: _evidence, ...counts } = link;
  return { ...counts, evidenceFile: `${"type" in link ? "evidence" : "co-mentions"}/${link.id}.${name}.json` };
}
const answer = (body: unknown, status = 200) => vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));

describe("loadLinkEvidence", () => {
  it("gives the passages in hand without fetching", async () => {
    const fetcher = answer({});
    expect(await loadLinkEvidence(graph, coMention, fetcher)).toBe(coMention.evidence);
    expect(await loadLinkEvidence(graph, tie, fetcher)).toBe(tie.evidence);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("fetches a co-mention's own file once, checks and unpacks it into the very same sentences", async () => {
    const fetcher = answer(packEvidence(coMention, facts));
    const link = onDisk(coMention, "0000000000a1");
    const first = await loadLinkEvidence(graph, link, fetcher);
    expect(first).toEqual(coMention.evidence);
    expect(await loadLinkEvidence(graph, link, fetcher)).toBe(first);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith("co-mentions/co--iran--russia.0000000000a1.json");
  });

  it("fetches a tie's own file and gives back its evidence whole: cue, claimant, direction and time", async () => {
    const fetcher = answer(packEvidence(tie, facts));
    const evidence = await loadLinkEvidence(graph, onDisk(tie, "0000000000a2"), fetcher);
    expect(evidence).toEqual(tie.evidence);
    expect(evidence.some((e) => e.cue !== null)).toBe(true);
    expect(fetcher).toHaveBeenCalledWith("evidence/military-cooperation--iran--syria.0000000000a2.json");
  });

  it("says what is wrong and how to fix it, and fetches again on a retry", async () => {
    const link = (name: string) => onDisk(coMention, name);
    const missing = answer("not found", 404);
    await expect(loadLinkEvidence(graph, link("0000000000b1"), missing)).rejects.toThrow(/is missing \(HTTP 404\); rebuild the graph with `npm run compile`/);
    await expect(loadLinkEvidence(graph, link("0000000000b1"), answer(packEvidence(coMention, facts)))).resolves.toEqual(coMention.evidence);
    await expect(loadLinkEvidence(graph, link("0000000000b2"), answer("{oops"))).rejects.toThrow("(co-mentions/co--iran--russia.0000000000b2.json) is not valid JSON");
    const other = { ...packEvidence(coMention, facts), id: "co--israel--syria" };
    await expect(loadLinkEvidence(graph, link("0000000000b3"), answer(other))).rejects.toThrow("does not hold the passages of 'co--iran--russia'");
    const broken = { ...packEvidence(coMention, facts), sentences: [[0, 0, 0, { year: "soon" }]] };
    await expect(loadLinkEvidence(graph, link("0000000000b4"), answer(broken))).rejects.toThrow("holds a passage that is not valid evidence");
    await expect(loadLinkEvidence(graph, onDisk(tie, "0000000000b5"), missing)).rejects.toThrow("the file of the tie's evidence (evidence/military-cooperation--iran--syria.0000000000b5.json) is missing");
  });
});

describe("withEvidence and withLinkEvidence", () => {
  it("put the passages into the links that name their file, and leave a graph that needs none as it is", async () => {
    const bare: Graph = { ...graph, ties: [onDisk(tie, "0000000000c1")], coMentions: [onDisk(coMention, "0000000000c1")] };
    const filled = withEvidence(bare, new Map([[bare.coMentions[0]!.evidenceFile!, coMention.evidence!]]));
    expect(filled.coMentions[0]!.evidence).toBe(coMention.evidence);
    expect(filled.ties).toEqual(bare.ties);
    expect(withEvidence(graph, new Map([["evidence/x.json", []]]))).toBe(graph);
    expect(await withLinkEvidence(graph)).toBe(graph);
  });
});

describe("withLinkEvidence over many files", () => {
  it("stops at the first file that fails: it rejects with its reason and tells no more progress", async () => {
    const bare: Graph = { ...graph, ties: graph.ties.map((t, i) => onDisk(t, `00000000e${i}`)), coMentions: [] };
    const good = new Map(bare.ties.map((t, i) => [t.evidenceFile!, packEvidence(graph.ties[i]!, facts)]));
    const broken = bare.ties[1]!.evidenceFile!;
    const asked: string[] = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      asked.push(url);
      return url === broken ? new Response("gone", { status: 404 }) : new Response(JSON.stringify(good.get(url)), { status: 200 });
    }));
    const progress: number[] = [];
    let failedAt = -1;
    await expect(
      withLinkEvidence(bare, undefined, (done) => {
        if (failedAt >= 0) throw new Error("progress after the failure");
        progress.push(done);
      }).catch((err: Error) => {
        failedAt = progress.length;
        throw err;
      }),
    ).rejects.toThrow(`(${broken}) is missing (HTTP 404)`);
    vi.unstubAllGlobals();
  });
});

describe("keepDecidedEvidenceInHand", () => {
  it("fetches the evidence of every tie of a decided pair, so that the decision is applied to it", async () => {
    const bare: Graph = { ...graph, ties: graph.ties.map((t, i) => onDisk(t, `00000000d${i}`)) };
    const files = new Map(bare.ties.map((t, i) => [t.evidenceFile!, packEvidence(graph.ties[i]!, facts)]));
    const fetcher = vi.fn(async (url: string) => new Response(JSON.stringify(files.get(url)), { status: 200 }));
    vi.stubGlobal("fetch", fetcher);
    const store = create<AppState>()((...a) => ({ ...createGraphSlice(...a), ...createCurationSlice(...a), ...createHoverSlice(...a), ...createLayoutSlice(...a), ...createOwnArticlesSlice(...a), ...createFocusSlice(...a) }));
    store.getState().setLoad({ status: "ready", graph: bare });
    const stop = keepDecidedEvidenceInHand(store);
    const e = tie.evidence![0]!;
    const reject: Decision = { evidenceId: e.id, at: 1, entry: { action: "reject", evidence: e.id }, passage: { articleId: e.articleId, published: e.published, year: e.year, quote: e.quote, start: e.start, end: e.end, source: tie.source, target: tie.target, mutual: true } };
    store.getState().decide(reject, applyDecisions);
    await vi.waitFor(() => expect(store.getState().decidedEvidence.size).toBeGreaterThan(0));
    // only the Iran–Syria pair's ties were fetched
    const pairTies = bare.ties.filter((t) => [t.source, t.target].sort().join() === "iran,syria");
    expect(fetcher.mock.calls.map(([url]) => url).sort()).toEqual(pairTies.map((t) => t.evidenceFile).sort());
    const shown = store.getState().load;
    if (shown.status !== "ready") throw new Error("no graph");
    const after = shown.graph.ties.find((t) => t.id === tie.id);
    expect(after?.evidence?.map((x) => x.id) ?? []).not.toContain(e.id);
    stop();
    vi.unstubAllGlobals();
  });
});
