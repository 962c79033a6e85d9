/**
 * A citation of one quote: publisher, title, date, address and the exact words, as plain text and as
 * an HTML reference for pasting into a document. Pure; the quote is never altered.
 */
import { formatPublished } from "./dates";
import { httpUrl } from "./safe-url";
import type { Article } from "./schema";

/** What a citation needs from an article. */
export type CitedArticle = Pick<Article, "title" | "publisher" | "author" | "published" | "precision" | "url">;

/** Plain text: the quote in quotation marks, then "— Publisher, “Title”, 28 Aug 2018, https://…". */
export function citationText(quote: string, article: CitedArticle): string {
  const url = httpUrl(article.url);
  const source = [article.publisher, `“${article.title}”`, formatPublished(article.published, article.precision), ...(url ? [url] : [])];
  return `“${quote}”\n— ${source.join(", ")}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The same reference as HTML: the quote in a <blockquote>, the title cited and linked, every part escaped. */
export function citationHtml(quote: string, article: CitedArticle): string {
  const url = httpUrl(article.url);
  const title = `<cite>${escapeHtml(article.title)}</cite>`;
  const date = `<time datetime="${escapeHtml(article.published)}">${escapeHtml(formatPublished(article.published, article.precision))}</time>`;
  return (
    `<blockquote>${escapeHtml(quote)}</blockquote>` +
    `<p>${escapeHtml(article.publisher)}, ${url ? `<a href="${escapeHtml(url)}">${title}</a>` : title}, ${date}${url ? `, ${escapeHtml(url)}` : ""}</p>`
  );
}
