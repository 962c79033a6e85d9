/**
 * The views the first picture does not need (reader, sources, ties table, compare list, evidence
 * and actor panels), split into their own chunks so the first load is only the shell and the network. Each is
 * fetched when first shown, or earlier when the browser is idle after the graph is drawn.
 */
import { lazy, useEffect } from "react";

const loaders = {
  reader: () => import("../features/reader/reader"),
  sources: () => import("../features/sources/sources-view"),
  table: () => import("../features/table/ties-table"),
  compare: () => import("../features/years/compare-list"),
  evidence: () => import("../features/evidence/evidence-panel"),
  actor: () => import("../features/actor-panel/actor-panel"),
  pair: () => import("../features/pair/pair-panel"),
  review: () => import("../features/review/review-view"),
};

/** The article reader (view "reader"). */
export const Reader = lazy(() => loaders.reader().then((m) => ({ default: m.Reader })));
/** The list of source articles (view "sources"). */
export const SourcesView = lazy(() => loaders.sources().then((m) => ({ default: m.SourcesView })));
/** The ties table (view "table"). */
export const TiesTable = lazy(() => loaders.table().then((m) => ({ default: m.TiesTable })));
/** The compare list (side panel while comparing two years). */
export const CompareList = lazy(() => loaders.compare().then((m) => ({ default: m.CompareList })));
/** The evidence panel (side panel of a selected tie). */
export const EvidencePanel = lazy(() => loaders.evidence().then((m) => ({ default: m.EvidencePanel })));

/** The actor panel (side panel of a selected actor). */
export const ActorPanel = lazy(() => loaders.actor().then((m) => ({ default: m.ActorPanel })));

/** The pair panel (side panel of a selected pair of actors). */
export const PairPanel = lazy(() => loaders.pair().then((m) => ({ default: m.PairPanel })));

/** The Review view (view "review"): candidates and stated evidence, one decision per screen. */
export const ReviewView = lazy(() => loaders.review().then((m) => ({ default: m.ReviewView })));

/** Fetches every lazy view once the browser is idle, so the first click on one does not wait for the network. */
export function usePreloadLazyViews(): void {
  useEffect(() => {
    const preload = () => {
      for (const load of Object.values(loaders)) void load().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(preload, 1000);
    return () => window.clearTimeout(timer);
  }, []);
}

/** A quiet placeholder while a view's code loads: announced politely, shown only if the wait is noticeable. */
export function ViewLoading({ what }: { what: string }) {
  return (
    <p className="view-loading" role="status">
      Loading {what}…
    </p>
  );
}
