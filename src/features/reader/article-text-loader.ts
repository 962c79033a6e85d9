/**
 * An article's text and mentions for the reader: in hand when the graph was compiled in memory (an
 * import in the browser), else fetched from the article's own file beside graph.json, once, and
 * checked with the shared schema.
 */
import { useEffect, useMemo, useState } from "react";
import { ArticleTextFileSchema, unpackArticleText, type Article, type ArticleText } from "../../graph/schema";
import { loadSideFile, REBUILD } from "../../store/side-file";

export type ArticleTextState =
  | { status: "ready"; text: ArticleText }
  | { status: "loading" }
  | { status: "error"; message: string };

/** Fetches and checks `article`'s text file, once; a failed load is forgotten so that a retry fetches again. */
export function loadArticleText(article: Article, fetcher: typeof fetch = fetch): Promise<ArticleText> {
  const file = article.textFile;
  if (!file) return Promise.reject(new Error(`the graph names no text file for '${article.id}'; rebuild it with \`npm run compile\``));
  const what = `the article's text (${file})`;
  return loadSideFile(
    file,
    what,
    (json) => {
      const checked = ArticleTextFileSchema.safeParse(json);
      if (!checked.success || checked.data.id !== article.id) throw new Error(`${what} is not the text of '${article.id}'; ${REBUILD}`);
      try {
        return unpackArticleText(checked.data);
      } catch (err) {
        throw new Error(`${what} does not hold its mentions: ${(err as Error).message}; ${REBUILD}`, { cause: err });
      }
    },
    fetcher,
  );
}

/** The text of `article` as the reader needs it, with a retry after an error. */
export function useArticleText(article: Article | undefined): { state: ArticleTextState; retry: () => void } {
  const needsFetch = article !== undefined && (article.body === undefined || article.mentions === undefined);
  const [fetched, setFetched] = useState<{ article: Article; state: ArticleTextState } | null>(null);
  useEffect(() => {
    if (!article || !needsFetch) return;
    let live = true;
    fetchInto(article, setFetched, () => live);
    return () => {
      live = false;
    };
  }, [article, needsFetch]);
  const retry = () => {
    if (!article) return;
    setFetched({ article, state: { status: "loading" } });
    fetchInto(article, setFetched, () => true);
  };
  // One object per article, so the reader's memos and its scroll-to-passage run once, not every render.
  const inHand = useMemo<ArticleTextState | null>(
    () => (article && !needsFetch ? { status: "ready", text: { id: article.id, body: article.body ?? "", mentions: article.mentions ?? [] } } : null),
    [article, needsFetch],
  );
  const state: ArticleTextState = inHand
    ? inHand
    : fetched && fetched.article === article
        ? fetched.state
        : { status: "loading" };
  return { state, retry };
}

/** Loads `article`'s text and stores the outcome, unless the requester has gone (`live` false). */
function fetchInto(article: Article, store: (value: { article: Article; state: ArticleTextState }) => void, live: () => boolean): void {
  loadArticleText(article).then(
    (text) => live() && store({ article, state: { status: "ready", text } }),
    (err: unknown) => live() && store({ article, state: { status: "error", message: (err as Error).message } }),
  );
}
