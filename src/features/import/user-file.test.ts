import { describe, expect, it } from "vitest";
import { parseArticle } from "../../compile/parse-article";
import { dateFromFileName, fileKind, firstLine, idFromFileName, plainTextToArticle, withoutTitleLine } from "./user-file";

describe("plain-text files", () => {
  it("become articles with front matter from the details, the text after the title line kept verbatim", () => {
    const text = 'Moscow warns\nRussia: "we warn Israel", a spokesman said.\nSecond line.';
    const file = plainTextToArticle("Notes from Moscow.txt", text, { title: 'Moscow\'s "warning"', publisher: "My notes: field", published: "2019-03" }, 5);
    const { article, problems } = parseArticle(file.file, file.text);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ id: "notes-from-moscow", title: 'Moscow\'s "warning"', publisher: "My notes: field", published: "2019-03" });
    expect(article?.body).not.toContain("Moscow warns");
    expect(article?.body.trim()).toBe('Russia: "we warn Israel", a spokesman said.\nSecond line.');
    // Line numbers stay the user's: line 2 of the file is still line 2 after the front matter.
    expect(file.text.split("\n")[file.lineOffset + 1]).toBe(text.split("\n")[1]);
  });

  it("keep a first line that is a paragraph, or the only line, as body text", () => {
    const long = `${"A very long opening sentence that goes on. ".repeat(5)}\nMore.`;
    expect(withoutTitleLine(long)).toBe(long);
    expect(withoutTitleLine("Only one line.")).toBe("Only one line.");
    expect(withoutTitleLine("\nTitle\n\nBody.")).toBe("\n\n\nBody.");
  });

  it("suggest a title from the first line and a date from the file name", () => {
    expect(firstLine("\n\n  Headline here  \nbody")).toBe("Headline here");
    expect(dateFromFileName("2019-03-01-notes.txt")).toBe("2019-03-01");
    expect(dateFromFileName("notes.txt")).toBeNull();
    expect(idFromFileName("Ça va (Feb).txt")).toBe("ca-va-feb");
  });

  it("are told apart from Markdown by their extension; other files are not read", () => {
    expect(fileKind("a.MD")).toBe("markdown");
    expect(fileKind("a.txt")).toBe("plain-text");
    expect(fileKind("a.pdf")).toBeNull();
  });
});
