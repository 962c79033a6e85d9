import { useId, useMemo } from "react";
import { tiesByArticle } from "../../graph/evidence-lookup";
import { httpUrl } from "../../graph/safe-url";
import { selectGraph, selectOwnArticleIds, useAppStore } from "../../store/app-store";
import { OwnBadge } from "../../ui/own-badge";
import { useViewHref } from "../../store/use-view";
import { DateLabel } from "../../ui/date-label";
import "../../ui/theme.css";
import "../../ui/data-table.css";
import "./sources-view.css";

/**
 * Every article behind the graph, oldest first: title (opens the reader), publisher, author, date
 * with its precision, genre, how many ties quote it and of which types, and the original web page.
 */
export function SourcesView() {
  const graph = useAppStore(selectGraph);
  const ownArticleIds = useAppStore(selectOwnArticleIds);
  const href = useViewHref();
  const titleId = useId();
  const summaries = useMemo(() => tiesByArticle(graph), [graph]);
  const typeLabels = useMemo(() => new Map(graph.relationTypes.map((t) => [t.id, t.label])), [graph]);
  const articles = useMemo(
    () => [...graph.articles].sort((a, b) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title)),
    [graph],
  );

  return (
    <section className="tg-view tg-sources" aria-labelledby={titleId}>
      <div className="tg-sources__inner">
        <h2 className="tg-sources__title" id={titleId}>
          Sources
        </h2>
        <p className="tg-sources__intro">Every tie is quoted from one of these articles. Open one to read it with its actors and quoted passages marked.</p>
        <div className="tg-data-table-scroll">
          <table className="tg-data-table tg-sources__table">
            <caption>
              {articles.length} {articles.length === 1 ? "article" : "articles"}, oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Publisher</th>
                <th scope="col">Author</th>
                <th scope="col">Date</th>
                <th scope="col">Genre</th>
                <th scope="col" className="tg-sources__num">
                  Ties
                </th>
                <th scope="col">Tie types</th>
                <th scope="col">Original</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => {
                const summary = summaries.get(article.id);
                const original = httpUrl(article.url);
                return (
                  <tr key={article.id}>
                    <th scope="row" className="tg-sources__article">
                      <a href={href({ view: "reader", articleId: article.id, evidenceId: null, tieId: null, actorId: null })}>{article.title}</a>
                      {ownArticleIds.has(article.id) ? <> <OwnBadge /></> : null}
                    </th>
                    <td>{article.publisher}</td>
                    <td>{article.author ?? <span className="tg-sources__muted">not named</span>}</td>
                    <td className="tg-sources__nowrap">
                      <DateLabel published={article.published} precision={article.precision} withNote />
                    </td>
                    <td>{article.genre}</td>
                    <td className="tg-sources__num">
                      {summary?.ties ?? 0}
                      <span className="tg-sr-only"> {summary?.ties === 1 ? "tie" : "ties"}</span>
                    </td>
                    <td>
                      {summary ? (
                        <span className="tg-sources__types">{summary.types.map((t) => typeLabels.get(t) ?? t).join(", ")}</span>
                      ) : (
                        <span className="tg-sources__muted">none</span>
                      )}
                    </td>
                    <td className="tg-sources__nowrap">
                      {original ? (
                        <a href={original} target="_blank" rel="noopener noreferrer">
                          Original
                          <span className="tg-sr-only"> of “{article.title}” (opens in a new tab)</span>
                          <span aria-hidden="true"> ↗</span>
                        </a>
                      ) : (
                        <span className="tg-sources__muted">not online</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
