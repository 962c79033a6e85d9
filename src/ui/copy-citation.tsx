import { useEffect, useState } from "react";
import { citationHtml, citationText, type CitedArticle } from "../graph/citation";
import "./theme.css";

/**
 * Puts the citation on the clipboard: plain text and an HTML reference (ClipboardItem) where the
 * browser can, plain text alone where it cannot. Rejects when the clipboard refuses both.
 */
export async function copyCitation(quote: string, article: CitedArticle): Promise<void> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard) throw new Error("This browser gives no access to the clipboard");
  const text = citationText(quote, article);
  if (typeof ClipboardItem !== "undefined" && typeof clipboard.write === "function") {
    try {
      const item = new ClipboardItem({
        "text/plain": new Blob([text], { type: "text/plain" }),
        "text/html": new Blob([citationHtml(quote, article)], { type: "text/html" }),
      });
      await clipboard.write([item]);
      return;
    } catch {
      // Some browsers refuse text/html: plain text is still a citation.
    }
  }
  await clipboard.writeText(text);
}

const SHOWN_FOR_MS = 4000;

/**
 * "Copy citation": publisher, title, date, address and the exact quote. Says "Copied" (or why not)
 * in a polite live region next to the button, so screen readers hear it too.
 */
export function CopyCitationButton({ quote, article }: { quote: string; article: CitedArticle }) {
  const [status, setStatus] = useState<string>("");
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(""), SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <span className="tg-copy">
      <button
        type="button"
        className="tg-link-button tg-copy__button"
        onClick={() => {
          copyCitation(quote, article).then(
            () => setStatus("Copied"),
            () => setStatus("Could not copy: select the quote and copy it"),
          );
        }}
      >
        Copy citation<span className="tg-sr-only">: {article.title}</span>
      </button>
      <span className="tg-copy__status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
