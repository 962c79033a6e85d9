/**
 * What a view says while something it fetches (an article's text, a co-mention's sentences) is on
 * its way, and when it could not come: why, and a button to try again.
 */
export type LoadState = { status: "loading" } | { status: "error"; message: string };

interface LoadNoteProps {
  state: LoadState;
  /** The note's class, the view's own ("tg-reader__note"). */
  className: string;
  /** "Loading the article’s text…" */
  loading: string;
  /** "The article’s text cannot be shown": the reason follows. */
  failed: string;
  retry: () => void;
}

export function LoadNote({ state, className, loading, failed, retry }: LoadNoteProps) {
  if (state.status === "loading") {
    return (
      <p className={className} role="status">
        {loading}
      </p>
    );
  }
  return (
    <div className={className} role="alert">
      <p>
        {failed}: {state.message}.
      </p>
      <button type="button" className="tg-button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
