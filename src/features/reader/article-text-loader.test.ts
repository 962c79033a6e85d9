import { describe, expect, it, vi } from "vitest";
import type { Article } from "../../graph/schema";
import { loadArticleText } from "./article-text-loader";

const article = (id: string): Article => ({
  id,
  title: "T",
  publisher: "P",
  author: null,
  genre: "news",
  url: null,
  published: "2018",
  precision: "year",
  year: 2018,
  extractEnd: 5,
  sentenceCount: 1,
  textFile: `articles/${id}.0123456789ab.json`,
});
const answer = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe("loadArticleText", () => {
  it("fetches the article's own file once and checks it", async () => {
    const fetcher = answer({ id: "a-one", body: "Iran.", mentions: [["iran", 0, 4]] });
    const first = await loadArticleText(article("a-one"), fetcher);
    const again = await loadArticleText(article("a-one"), fetcher);
    expect(first.body).toBe("Iran.");
    // A mention is kept as [actor, start, end]: its words are the body's there.
    expect(first.mentions).toEqual([{ actorId: "iran", start: 0, end: 4, text: "Iran" }]);
    expect(again).toBe(first);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith("articles/a-one.0123456789ab.json");
  });

  it("says the file is missing and how to rebuild it, then fetches again on a retry", async () => {
    await expect(loadArticleText(article("a-two"), answer("nope", 404))).rejects.toThrow("is missing (HTTP 404); rebuild the graph with `npm run compile`");
    const text = await loadArticleText(article("a-two"), answer({ id: "a-two", body: "Syria.", mentions: [] }));
    expect(text.body).toBe("Syria.");
  });

  it("refuses a file that holds another article's text", async () => {
    await expect(loadArticleText(article("a-three"), answer({ id: "someone-else", body: "x", mentions: [] }))).rejects.toThrow("is not the text of 'a-three'");
  });

  it("refuses a file whose mentions lie outside its text", async () => {
    await expect(loadArticleText(article("a-five"), answer({ id: "a-five", body: "Iran.", mentions: [["iran", 3, 9]] }))).rejects.toThrow(
      "does not hold its mentions: a mention of 'iran' at 3–9 is not in the text of 'a-five'",
    );
  });

  it("says what to do when the graph names no text file", async () => {
    await expect(loadArticleText({ ...article("a-four"), textFile: undefined })).rejects.toThrow("names no text file");
  });
});
