import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, shippedArticles } from "./test/fixtures";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tiegraph-shards-"));
  cpSync(path.join(ROOT, "data"), path.join(dir, "data"), { recursive: true });
  // 40 articles: the shipped five, eight times over under ids of their own (curation applies to the originals).
  const shipped = shippedArticles();
  for (let copy = 1; copy < 8; copy++) {
    for (const [i, a] of shipped.entries()) {
      writeFileSync(path.join(dir, "data/articles", `copy-${copy}-${i}.md`), a.text.replace(/^id: (.*)$/m, `id: $1-copy-${copy}`));
    }
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const argv = (...args: string[]) => ["--import", pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs")).href, path.join(ROOT, "src/compile/node/run-compiler.ts"), ...args];
const env = { ...process.env, NODE_OPTIONS: "" };

function compile(...args: string[]) {
  const r = spawnSync(process.execPath, argv(...args), { cwd: dir, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command as a separate process, side by side with others. */
function compileAsync(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv(...args), { cwd: dir, env });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** Every file under `root`, relative, with its bytes. */
function tree(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const entries = files.map((e): [string, string] => [path.relative(root, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), "utf8")]);
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe("compile across machines: --map-only --shard K/N, then --reduce", { timeout: 90_000 }, () => {
  it("three map processes and a reduce write the same files, byte for byte, as one compile", async () => {
    expect(compile("--out", "one/graph.json").code).toBe(0);
    const maps = await Promise.all([1, 2, 3].map((k) => compileAsync("--map-only", "--shard", `${k}/3`, "--out", `shards-${k}`)));
    for (const m of maps) expect(m).toEqual({ code: 0, stderr: "" });
    const r = compile("--reduce", "shards-1", "shards-2", "shards-3", "--out", "many/graph.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/compiled 40 articles/);
    const one = tree(path.join(dir, "one"));
    expect(Object.keys(one).length).toBeGreaterThan(40);
    expect(tree(path.join(dir, "many"))).toEqual(one);
  });

  it("refuses an incomplete set of shards, and shards mapped with other actors, saying what to do", async () => {
    expect(compile("--map-only", "--shard", "1/2", "--out", "shards").code).toBe(0);
    let r = compile("--reduce", "shards", "--out", "out/graph.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("lacks shard(s) 2/2; run the map step for them");
    expect(existsSync(path.join(dir, "out/graph.json"))).toBe(false);

    writeFileSync(path.join(dir, "data/actors.yaml"), `${readFileSync(path.join(dir, "data/actors.yaml"), "utf8")}\n# edited\n`);
    expect(compile("--map-only", "--shard", "2/2", "--out", "shards").code).toBe(0);
    r = compile("--reduce", "shards", "--out", "out/graph.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shards\/map-1-of-2\.jsonl:1: was mapped with other actor or cue files than this reduce reads/);
  });

  it("says what --shard takes", () => {
    let r = compile("--map-only", "--shard", "4/3", "--out", "shards");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--shard takes K/N with 1 ≤ K ≤ N");
    r = compile("--map-only", "--out", "shards");
    expect(r.stderr).toContain("--map-only needs --shard K/N");
    r = compile("--reduce");
    expect(r.stderr).toContain("--reduce needs the folders the map steps wrote");
  });
});
