import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { formatProblem } from "./problems";

const parse = (text: string) => {
  const r = parseArticle("data/articles/x.md", text);
  return { article: r.article, messages: r.problems.map(formatProblem) };
};

describe("parseArticle", () => {
  it("reads front matter and keeps the body verbatim, with the body's first line", () => {
    const { article } = parse('---\nid: x\ntitle: "T: a title"\npublisher: P\npublished: 2018-08\n---\nIran’s “pact”.\n');
    expect(article).toMatchObject({ id: "x", title: "T: a title", precision: "month", year: 2018, body: "Iran’s “pact”.\n", bodyLine: 7, author: null, url: null });
  });
  it("normalises CRLF and a byte-order mark before counting offsets", () => {
    const { article } = parse("\uFEFF---\r\nid: x\r\ntitle: T\r\npublisher: P\r\npublished: 2018\r\n---\r\nA\r\nB");
    expect(article?.body).toBe("A\nB");
  });
  it("names the line of a date that is not a day of the calendar", () => {
    const { messages } = parse("---\nid: x\ntitle: T\npublisher: P\npublished: 2018-02-30\n---\nText.");
    expect(messages).toEqual(["data/articles/x.md:5: 'published' 2018-02-30 is not a day of the calendar; use an ISO date such as 2018-08-28"]);
  });
  it("names a missing field at the front matter", () => {
    const { messages } = parse("---\nid: x\npublisher: P\npublished: 2018-08-28\n---\nText.");
    expect(messages[0]).toMatch(/^data\/articles\/x\.md:2: 'title' is required/);
  });
  it("rejects a file without front matter, an unterminated one and an empty body", () => {
    expect(parse("Just text").messages[0]).toMatch(/:1: must start with front matter/);
    expect(parse("---\nid: x\ntitle: T\n").messages[0]).toMatch(/:1: front matter is not closed/);
    expect(parse("---\nid: x\ntitle: T\npublisher: P\npublished: 2018\n---\n\n  \n").messages[0]).toMatch(/:7: the article has no text/);
  });
  it("rejects a precision that contradicts the date, and bad YAML with its line", () => {
    expect(parse("---\nid: x\ntitle: T\npublisher: P\npublished: 2018-08\nprecision: day\n---\nA.").messages[0]).toMatch(/:6: 'precision' says day/);
    expect(parse("---\nid: x\ntitle: [unclosed\npublisher: P\n---\nA.").messages[0]).toMatch(/x\.md:\d+: not valid YAML/);
  });
  it("accepts only http(s) addresses as the original's url", () => {
    expect(parse("---\nid: x\ntitle: T\npublisher: P\npublished: 2018\nurl: javascript:alert(1)\n---\nA.").messages[0]).toMatch(/:6: 'url' must be an http\(s\) address/);
  });
});
