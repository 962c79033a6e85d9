import "./own-badge.css";

/**
 * Marks what comes from the user's own imported articles: a star and the words, never colour alone.
 * `label` replaces the words ("includes your articles").
 */
export function OwnBadge({ label = "your article" }: { label?: string }) {
  return (
    <span className="tg-badge tg-badge--own" title="Imported by you: kept in this browser only">
      <span aria-hidden="true">★</span> {label}
    </span>
  );
}
