import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CorpusInput } from "../../compile/compile-corpus";
import { compileWithImports } from "./import-compile";
import { unreadSentences } from "./read-report";
import { plainTextToArticle, type UserFile } from "./user-file";

const read = (file: string) => ({ file, text: readFileSync(file, "utf8") });
const shipped: CorpusInput = {
  articles: readdirSync("data/articles").filter((f) => f.endsWith(".md")).map((f) => read(`data/articles/${f}`)),
  actors: read("data/actors.yaml"),
  cues: read("data/cues.yaml"),
  curation: read("data/curation.yaml"),
};

const md = (file: string, text: string): UserFile => ({ file, text, lineOffset: 0, addedAt: 0 });

const SANCTIONS = md(
  "washington-sanctions.md",
  `---
id: 2019-03-01-washington-sanctions
title: Washington widens its measures
publisher: Example Wire
published: "2019-03-01"
---
The United States imposed new sanctions on Syria on Friday, officials said.
`,
);

describe("compiling the user's files with the shipped corpus", () => {
  it("adds a good article's ties to the shipped graph", () => {
    const result = compileWithImports(shipped, [SANCTIONS]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual([{ file: "washington-sanctions.md", articleId: "2019-03-01-washington-sanctions", title: "Washington widens its measures" }]);
    const tie = result.graph?.ties.find((t) => t.id === "sanctions--syria--united-states");
    expect(tie?.evidence!.map((e) => e.quote)).toEqual(["The United States imposed new sanctions on Syria on Friday, officials said."]);
    expect(result.graph?.articles).toHaveLength(shipped.articles.length + 1);
  });

  it("rejects a broken file in the compiler's own words and still imports the rest", () => {
    const broken = md("broken.md", "---\ntitle: No date here\npublisher: Someone\nid: broken-one\n---\nIran and Syria.\n");
    const result = compileWithImports(shipped, [broken, SANCTIONS]);
    expect(result.accepted.map((a) => a.file)).toEqual(["washington-sanctions.md"]);
    expect(result.rejected).toEqual([{ file: "broken.md", problems: [expect.objectContaining({ file: "broken.md", line: 2, message: expect.stringMatching(/'published' is required/) })] }]);
    expect(result.graph?.ties.some((t) => t.id === "sanctions--syria--united-states")).toBe(true);
  });

  it("rejects an article whose id a shipped article already has, naming that article", () => {
    const copy = md("copy.md", shipped.articles[0]!.text);
    const result = compileWithImports(shipped, [copy]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected[0]?.problems[0]?.message).toMatch(/^id '.+' is already used by data\/articles\/.+; give each article its own id$/);
    expect(result.rejected[0]?.problems[0]?.line).toBe(2);
  });

  it("reports a plain-text file's problems at the lines of the user's own text", () => {
    const txt = plainTextToArticle("notes.txt", "", { title: "Notes", publisher: "Me", published: "2019" }, 0);
    const result = compileWithImports(shipped, [txt]);
    expect(result.rejected).toEqual([{ file: "notes.txt", problems: [{ file: "notes.txt", line: 1, message: "the article has no text after its front matter" }] }]);
  });

  it("counts progress one step per file and one for the whole graph", () => {
    const steps: string[] = [];
    compileWithImports(shipped, [SANCTIONS, md("b.md", "no front matter")], (done, total) => steps.push(`${done}/${total}`));
    expect(steps).toEqual(["1/3", "2/3", "3/3"]);
  });
});

describe("the sentence-by-sentence report of an imported article", () => {
  const article = md(
    "report.md",
    `---
id: 2019-04-02-report
title: A day of statements
publisher: Example Wire
published: "2019-04-02"
---
The United States imposed new sanctions on Syria on Friday, officials said.

Iran and Russia sent delegations to the summit in Astana.

The weather was mild.
`,
  );

  it("gives each sentence the ties it produced, with type and direction", () => {
    const [report] = compileWithImports(shipped, [article], undefined, ["report.md"]).reports;
    expect(report?.sentences.map((s) => s.text)).toEqual([
      "The United States imposed new sanctions on Syria on Friday, officials said.",
      "Iran and Russia sent delegations to the summit in Astana.",
      "The weather was mild.",
    ]);
    expect(report?.sentences[0]?.relations).toEqual([
      expect.objectContaining({ typeId: "sanctions", source: "united-states", target: "syria", mutual: false, tieId: "sanctions--syria--united-states" }),
    ]);
    expect(report?.tieIds).toContain("sanctions--syria--united-states");
  });

  it("marks a sentence that names two actors where nothing was read", () => {
    const [report] = compileWithImports(shipped, [article], undefined, ["report.md"]).reports;
    const unread = report ? unreadSentences(report) : [];
    expect(unread.map((s) => [s.text, s.named])).toEqual([["Iran and Russia sent delegations to the summit in Astana.", ["iran", "russia"]]]);
    expect(unread[0]?.coMentionEvidenceId).toBeTruthy();
  });

  it("reports only on the files asked for", () => {
    expect(compileWithImports(shipped, [article]).reports).toEqual([]);
  });
});
