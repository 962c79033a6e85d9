import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFlatYaml } from "./flat-yaml";

const articlesDir = path.resolve(import.meta.dirname, "../../data/articles");

function frontMatterOf(text: string): string {
  return text.slice(4, text.indexOf("\n---", 3) + 1);
}

describe("parseFlatYaml", () => {
  it("reads every shipped article's front matter exactly as the YAML library does", () => {
    for (const name of readdirSync(articlesDir).filter((n) => n.endsWith(".md"))) {
      const source = frontMatterOf(readFileSync(path.join(articlesDir, name), "utf8"));
      const fast = parseFlatYaml(source);
      expect(fast, name).not.toBeNull();
      expect(fast, name).toEqual(parse(source));
    }
  });

  it.each([
    ["plain strings, quoted strings and escapes", 'title: "Say \\"no\\" \\\\ now"\npublisher: Al Arabiya English\nauthor: \'Ahmad\'\n'],
    ["null in its spellings", "author: null\ngenre: ~\nurl:\n"],
    ["a year as a number and an ISO date as a string", "published: 2018\nother: 2018-08-28\nmonth: 2018-08\n"],
    ["an http address with a fragment", "url: https://example.com/a?b=c#d\n"],
    ["comments and blank lines", "# a note\n\nid: x\n"],
    ["ids and titles that start with a digit", "id: 2018-08-28-al-arabiya\ntitle: 1973 war, revisited\n"],
  ])("agrees with the YAML library on %s", (_, source) => {
    expect(parseFlatYaml(source)).toEqual(parse(source));
  });

  it.each([
    ["a nested mapping", "title:\n  nested: yes\n"],
    ["a list", "tags:\n- a\n"],
    ["a flow sequence", "tags: [a, b]\n"],
    ["a boolean", "core: true\n"],
    ["a float", "weight: 1.5\n"],
    ["a number in exponent form", "weight: 1e3\n"],
    ["a hexadecimal number", "code: 0x1F\n"],
    ["an octal-looking number", "code: 0123\n"],
    ["a duplicated key", "id: a\nid: b\n"],
    ["an unterminated quote", 'title: "open\n'],
    ["an escape other than \\\" and \\\\", 'title: "tab\\there"\n'],
    ["a colon and space inside a plain value", "title: Iran: the pact\n"],
    ["an anchor", "title: &a x\n"],
    ["a tab", "title:\tx\n"],
    ["a line that is not key: value", "just text\n"],
  ])("leaves %s to the YAML library", (_, source) => {
    expect(parseFlatYaml(source)).toBeNull();
  });
});
