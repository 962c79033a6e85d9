import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileCorpus } from "../compile-corpus";
import { serializeGraph } from "../serialize";
import { ACTORS, CUES, ROOT, shippedArticles } from "../test/fixtures";
import { compileFolder } from "./compile-folder";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tiegraph-folder-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** 80 articles: the shipped five, sixteen times over under ids of their own. */
function writeLargeCorpus(): void {
  const shipped = shippedArticles();
  for (let copy = 0; copy < 16; copy++) {
    for (const [i, a] of shipped.entries()) {
      writeFileSync(path.join(dir, `${String(copy).padStart(2, "0")}-${i}.md`), a.text.replace(/^id: (.*)$/m, `id: $1-copy-${copy}`));
    }
  }
}

const input = () => ({ articles: dir, actors: path.join(ROOT, "data/actors.yaml"), cues: path.join(ROOT, "data/cues.yaml"), curation: null });

describe("compileFolder", { timeout: 60_000 }, () => {
  it("writes the same graph, byte for byte, on one thread and on several", async () => {
    writeLargeCorpus();
    const one = await compileFolder(input(), { jobs: 1 });
    const three = await compileFolder(input(), { jobs: 3 });
    expect(one.problems).toEqual([]);
    expect(one.graph?.stats.articles).toBe(80);
    expect(serializeGraph(three.graph!)).toBe(serializeGraph(one.graph!));
  });

  it("gives the same graph as compiling the texts in memory", async () => {
    const shipped = shippedArticles();
    for (const a of shipped) writeFileSync(path.join(dir, path.basename(a.file)), a.text);
    const fromDisk = await compileFolder(input());
    const inMemory = compileCorpus({ articles: shipped, actors: ACTORS, cues: CUES, curation: null });
    expect(serializeGraph(fromDisk.graph!)).toBe(serializeGraph(inMemory.graph!));
  });

  it("reports the same problems, in the same order, on one thread and on several", async () => {
    writeLargeCorpus();
    writeFileSync(path.join(dir, "50-broken.md"), "no front matter here\n");
    writeFileSync(path.join(dir, "51-twin.md"), shippedArticles()[0]!.text.replace(/^id: (.*)$/m, "id: $1-copy-0"));
    writeFileSync(path.join(dir, "52-not-utf8.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
    const one = await compileFolder(input(), { jobs: 1 });
    const three = await compileFolder(input(), { jobs: 3 });
    expect(one.graph).toBeNull();
    expect(one.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`)).toEqual([
      "50-broken.md:1: must start with front matter: a line '---', fields such as 'title: ...', then another '---'",
      expect.stringMatching(/^51-twin\.md:2: id '.*' is already used by .*00-0\.md; give each article its own id$/),
      "52-not-utf8.md:2: is not UTF-8 text; save it as UTF-8 (plain text) and compile again",
    ]);
    expect(three.problems).toEqual(one.problems);
  });

  it("reports progress up to every article", async () => {
    writeLargeCorpus();
    const seen: number[] = [];
    await compileFolder(input(), { jobs: 2, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
