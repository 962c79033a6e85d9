import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Download, Page } from "@playwright/test";
import Graphology from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { GraphSchema, type Graph } from "../src/graph/schema";
import { actorNode, expect, test } from "./network-fixtures";

/**
 * The files are read back by the Python libraries analysts use: networkx and python-igraph (Debian's
 * python3-networkx and python3-igraph, which .ci/run installs). Every python3 found is tried, so a
 * machine with both Debian's and a newer pip networkx checks both.
 */
const READER = join(import.meta.dirname, "read-exports.py");

interface Reading {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: { key: string | null; source: string; target: string; attrs: Record<string, unknown> }[];
}
type Outcome = Reading | { error: string };
interface Report {
  python: string;
  networkx: string | null;
  igraph: string | null;
  files: Record<string, Record<string, Outcome>>;
}

/** Every distinct python3 on this machine that has networkx or igraph (the real file, so a symlink counts once). */
function pythons(): string[] {
  const seen = new Map<string, string>();
  for (const candidate of [process.env.TIEGRAPH_PYTHON, "python3", "/usr/bin/python3"]) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ["-c", "import os, sys, importlib.util as u; print(os.path.realpath(sys.executable) if u.find_spec('networkx') or u.find_spec('igraph') else '')"], { encoding: "utf8" });
    const real = probe.status === 0 ? probe.stdout.trim() : "";
    if (real && !seen.has(real)) seen.set(real, candidate);
  }
  return [...seen.values()];
}

function readWithPython(python: string, files: string[]): Report {
  const run = spawnSync(python, [READER, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, `${python} ${READER}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

/** Chooses an item of the Export menu and saves its file into `dir`, returning the path. */
async function exportTo(page: Page, item: RegExp, dir: string): Promise<string> {
  await page.getByRole("button", { name: /^Export/ }).click();
  const saved: Promise<Download> = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export" }).getByRole("button", { name: item }).click();
  const download = await saved;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** What every reader must show of a tie, whatever the format: its type, direction and counts. */
function expectTieAttributes(attrs: Record<string, unknown>, tie: Graph["ties"][number], where: string): void {
  expect(attrs.relation_type_id, where).toBe(tie.type);
  expect(attrs.direction, where).toBe(tie.direction);
  expect(Number(attrs.quotes), where).toBe(tie.evidence!.length);
  expect(Number(attrs.publishers), where).toBe(tie.strength.total.publishers);
  expect(attrs.single_source, where).toBe(tie.singleSource);
  expect(typeof attrs.contested, where).toBe("boolean");
  for (const year of tie.years) expect(Number(attrs[`quotes_${year}`]), `${where} quotes_${year}`).toBe(tie.evidence!.filter((e) => e.year === year).length);
}

test("I export the whole graph and open it with networkx and igraph: every actor and tie, mutual ties still mutual, the attributes with them", async ({ page }) => {
  test.setTimeout(90_000);
  const interpreters = pythons();
  expect(interpreters, "no python3 with networkx or igraph: install python3-networkx and python3-igraph (.ci/run does)").not.toEqual([]);

  await page.goto("/#/?others=1");
  await expect(actorNode(page, "Iran")).toBeVisible();
  const dir = await mkdtemp(join(tmpdir(), "tiegraph-exports-"));
  const json = await exportTo(page, /^Graph JSON/, dir);
  const gexf = await exportTo(page, /^GEXF Gephi/, dir);
  const gexf12 = await exportTo(page, /^GEXF 1\.2/, dir);
  const graphml = await exportTo(page, /^GraphML/, dir);
  expect([gexf, gexf12, graphml].map((p) => p.slice(dir.length + 1))).toEqual([
    "tiegraph_all-years_all-actors.gexf",
    "tiegraph_all-years_all-actors_gexf-1.2.gexf",
    "tiegraph_all-years_all-actors.graphml",
  ]);

  // The graph JSON export is the reference: the same scope, with every article's text in it.
  const reference = JSON.parse(await readFile(json, "utf8")) as Graph;
  expect(reference.articles.length).toBeGreaterThan(0);
  for (const a of reference.articles) expect(a.body?.length, `${a.id} carries its text`).toBeGreaterThan(0);
  const mutual = reference.ties.filter((t) => t.direction === "mutual");
  expect(mutual.length).toBeGreaterThan(0);
  expect(reference.ties.length - mutual.length).toBeGreaterThan(0);

  // graphology's readers, as in Gephi Lite, Retina and sigma.js apps.
  for (const [file, graph] of [
    [gexf, parseGexf(Graphology, await readFile(gexf, "utf8"))],
    [gexf12, parseGexf(Graphology, await readFile(gexf12, "utf8"))],
    [graphml, parseGraphml(Graphology, await readFile(graphml, "utf8"))],
  ] as const) {
    const where = `graphology on ${file.slice(dir.length + 1)}`;
    expect(graph.nodes().sort(), where).toEqual(reference.actors.map((a) => a.id).sort());
    expect(graph.edges().sort(), where).toEqual(reference.ties.map((t) => t.id).sort());
    for (const tie of reference.ties) {
      // GEXF mutual edges come out undirected; GraphML keeps one directed edge and says 'mutual'.
      expect(graph.isUndirected(tie.id), `${where}: ${tie.id}`).toBe(file !== graphml && tie.direction === "mutual");
      expectTieAttributes(graph.getEdgeAttributes(tie.id), tie, `${where}: ${tie.id}`);
    }
  }

  const seen = { networkxGraphml: 0, networkxGexf: 0, igraphGraphml: 0 };
  const notes: string[] = [];
  for (const python of interpreters) {
    const report = readWithPython(python, [gexf, gexf12, graphml]);
    const who = (reader: string) => `${reader} (${reader.startsWith("igraph") ? `python-igraph ${report.igraph}` : `networkx ${report.networkx}`}, ${report.python})`;
    for (const [file, readers] of Object.entries(report.files)) {
      for (const [reader, outcome] of Object.entries(readers)) {
        const where = `${who(reader)} on ${file.slice(dir.length + 1)}`;
        if ("error" in outcome) {
          // networkx reads GEXF 1.3 from 3.6 on; the GEXF 1.2 file is there for the older ones.
          const tooOld = file === gexf && reader === "networkx.read_gexf" && /No <graph> element/.test(outcome.error) && Number(report.networkx?.split(".")[0]) * 100 + Number(report.networkx?.split(".")[1]) < 306;
          expect(tooOld, `${where} failed: ${outcome.error}`).toBe(true);
          notes.push(`${where}: ${outcome.error}`);
          continue;
        }
        notes.push(`${where}: ${Object.keys(outcome.nodes).length} nodes, ${outcome.edges.length} edges, ${outcome.directed ? "directed" : "undirected"}`);
        expect(Object.keys(outcome.nodes).sort(), where).toEqual(reference.actors.map((a) => a.id).sort());
        for (const actor of reference.actors) {
          const node = outcome.nodes[actor.id]!;
          expect(node.label, where).toBe(actor.name);
          expect(node.kind, where).toBe(actor.kind);
          expect(node.core, where).toBe(actor.core);
          expect(Number(node.mentions), where).toBe(actor.mentionCount);
        }
        const edgesOf = (id: string) => outcome.edges.filter((e) => e.key === id);
        const isGexf = reader === "networkx.read_gexf";
        for (const tie of reference.ties) {
          const edges = edgesOf(tie.id);
          const ends = edges.map((e) => `${e.source}->${e.target}`).sort();
          if (isGexf && tie.direction === "mutual") {
            // A GEXF 'mutual' edge: networkx puts it in its directed graph both ways.
            expect(ends, `${where}: mutual tie ${tie.id}`).toEqual([`${tie.source}->${tie.target}`, `${tie.target}->${tie.source}`].sort());
          } else {
            expect(ends, `${where}: tie ${tie.id}`).toEqual([`${tie.source}->${tie.target}`]);
          }
          for (const e of edges) expectTieAttributes(e.attrs, tie, `${where}: ${tie.id}`);
        }
        expect(outcome.edges.length, where).toBe(reference.ties.length + (isGexf ? mutual.length : 0));
        if (reader === "networkx.read_graphml") seen.networkxGraphml++;
        if (reader === "networkx.read_gexf") seen.networkxGexf++;
        if (reader === "igraph.Graph.Read_GraphML") seen.igraphGraphml++;
      }
    }
  }
  test.info().annotations.push({ type: "readers", description: notes.join("\n") });
  console.log(notes.join("\n"));
  expect(seen.networkxGraphml, "networkx read the GraphML").toBeGreaterThan(0);
  expect(seen.networkxGexf, "networkx read a GEXF file").toBeGreaterThan(0);
  expect(seen.igraphGraphml, "python-igraph read the GraphML: install python3-igraph (.ci/run does)").toBeGreaterThan(0);
});

test("The files leave out actors no article names, and keep them when I tick the box", async ({ page }) => {
  await page.goto("/#/?others=1");
  await expect(actorNode(page, "Iran")).toBeVisible();
  const dir = await mkdtemp(join(tmpdir(), "tiegraph-exports-"));
  const nodesIn = async (path: string) => [...(await readFile(path, "utf8")).matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);

  await page.getByRole("button", { name: /^Export/ }).click();
  const menu = page.getByRole("group", { name: "Export" });
  await expect(menu).toContainText(/\d+ left out, as they would skew degree and centrality/);
  await page.keyboard.press("Escape");
  const without = await nodesIn(await exportTo(page, /^GraphML/, dir));
  expect(without).not.toContain("nato");
  expect(without).toContain("iran");

  await page.getByRole("button", { name: /^Export/ }).click();
  await menu.getByRole("checkbox", { name: /Keep actors that no article names/ }).check();
  const saved: Promise<Download> = page.waitForEvent("download");
  await menu.getByRole("button", { name: /^GraphML/ }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("tiegraph_all-years_all-actors_with-unmentioned.graphml");
  const withAll = join(dir, download.suggestedFilename());
  await download.saveAs(withAll);
  const all = await nodesIn(withAll);
  expect(all).toContain("nato");
  expect(all.length).toBeGreaterThan(without.length);

  // The choice holds for the next file.
  await page.getByRole("button", { name: /^Export/ }).click();
  await expect(menu.getByRole("checkbox", { name: /Keep actors that no article names/ })).toBeChecked();
});

test("With co-mentions shown, the graph JSON export carries their sentences, fetched from their files, and reads back with the app's own schema", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/co-mentions/")) requested.push(r.url());
  });
  await page.goto("/#/?others=1&comentions=1");
  await expect(actorNode(page, "Iran")).toBeVisible();
  expect(requested, "the picture needs no co-mention's sentences").toEqual([]);
  const dir = await mkdtemp(join(tmpdir(), "tiegraph-exports-"));
  const exported = GraphSchema.parse(JSON.parse(await readFile(await exportTo(page, /^Graph JSON/, dir), "utf8")));
  expect(exported.coMentions.length).toBeGreaterThan(10);
  expect(requested.length).toBe(exported.coMentions.length);
  for (const link of exported.coMentions) {
    expect(link.evidenceFile, link.id).toBeUndefined();
    expect(link.evidence?.length, link.id).toBeGreaterThanOrEqual(link.passages.total);
    const bodies = new Map(exported.articles.map((a) => [a.id, a.body ?? ""]));
    for (const e of link.evidence ?? []) expect(bodies.get(e.articleId)?.slice(e.start, e.end), `${link.id} ${e.id}`).toBe(e.quote);
  }
});
