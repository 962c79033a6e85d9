/**
 * Hand-made bad corpora, one problem each (src/compile/test/bad-corpora/<case>/): the CLI must print
 * exactly the message in the case's expected.txt (its last line is the CLI's summary), exit 1 and
 * write nothing. Cases run through the pure pipeline for speed; those only the CLI can read, and a
 * few others, also through the CLI. A case folder holds
 * `articles/`, and an `actors.yaml`, `cues.yaml` or `curation.yaml` of its own when that file is the
 * one at fault (otherwise the shipped ones are used, and no curation).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileCorpus, type CorpusInput, type SourceFile } from "./compile-corpus";
import { formatProblem } from "./problems";
import { ROOT } from "./test/fixtures";
import { runCli } from "./test/run-cli";

const CASES = path.join(ROOT, "src/compile/test/bad-corpora");
const out = mkdtempSync(path.join(tmpdir(), "tiegraph-bad-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The CLI's arguments for a case: its own input files where it has them. */
function argsFor(name: string): string[] {
  const own = (file: string) => existsSync(path.join(CASES, name, file));
  return [
    "--articles", "articles",
    "--actors", own("actors.yaml") ? "actors.yaml" : path.join(ROOT, "data/actors.yaml"),
    "--cues", own("cues.yaml") ? "cues.yaml" : path.join(ROOT, "data/cues.yaml"),
    ...(own("curation.yaml") ? ["--curation", "curation.yaml"] : ["--no-curation"]),
    "--out", path.join(out, name, "graph.json"),
  ];
}

const cases = readdirSync(CASES).sort();

/** A case's files as the CLI would hand them to the compiler, or null when only the CLI can read them (not UTF-8, no .md files). */
function readCase(name: string): CorpusInput | null {
  const dir = path.join(CASES, name);
  const read = (file: string): SourceFile | null => {
    const text = readFileSync(path.isAbsolute(file) ? file : path.join(dir, file));
    return isUtf8(text) ? { file, text: text.toString("utf8") } : null;
  };
  const [, , , actorsFile, , cuesFile, curationFlag, curationFile] = argsFor(name);
  const names = readdirSync(path.join(dir, "articles")).filter((n) => n.endsWith(".md")).sort();
  const articles = names.map((n) => read(`articles/${n}`));
  const actors = read(actorsFile!);
  const cues = read(cuesFile!);
  const curation = curationFlag === "--curation" ? read(curationFile!) : null;
  if (!names.length || !actors || !cues || articles.some((a) => a === null) || (curationFlag === "--curation" && !curation)) return null;
  return { articles: articles as SourceFile[], actors, cues, curation };
}

/** Cases run through the CLI even though the pure pipeline could read them: proof the two print the same. */
const ALSO_THROUGH_CLI = new Set(["field-given-twice", "curation-quote-edited", "alias-in-two-actors"]);

describe("bad corpora", { timeout: 30_000 }, () => {
  it("has one case per problem, each with its expected message", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) expect(existsSync(path.join(CASES, name, "expected.txt")), name).toBe(true);
  });

  it.each(cases)("%s: the compiler reports exactly its expected message and no graph", (name) => {
    const input = readCase(name);
    const expected = readFileSync(path.join(CASES, name, "expected.txt"), "utf8").trimEnd().split("\n").slice(0, -1);
    if (!input) return; // checked through the CLI below
    const result = compileCorpus(input);
    expect(result.problems.map(formatProblem)).toEqual(expected);
    expect(result.graph).toBeNull();
  });

  const throughCli = cases.filter((name) => ALSO_THROUGH_CLI.has(name) || readCase(name) === null);
  it.concurrent.each(throughCli)("%s: the CLI prints it as file:line: message, exits 1 and writes nothing", async (name) => {
    const r = await runCli(path.join(CASES, name), argsFor(name));
    const expected = readFileSync(path.join(CASES, name, "expected.txt"), "utf8");
    expect(r.stderr.replaceAll(path.join(out, name, "graph.json"), "<out>")).toBe(expected);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(existsSync(path.join(out, name))).toBe(false);
  });
});
