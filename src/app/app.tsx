/**
 * The app: loads the graph, then composes the features into the shell (header, main area, side
 * panel or bottom sheet). Features never import each other; this file is where they meet.
 */
import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useLocation } from "react-router";
import type { Article } from "../graph/schema";
import { ExportButton } from "../features/export/export-button";
import { FilterControls } from "../features/filters/filter-controls";
import { ImportButton } from "../features/import/import-button";
import { withImportedArticles } from "../features/import/restore-imports";
import { NetworkView } from "../features/network/network-view";
import { ActorSearch } from "../features/search/actor-search";
import { YearControls } from "../features/years/year-controls";
import { selectLoad, useAppStore } from "../store/app-store";
import { useView } from "../store/use-view";
import { ActorPanel, CompareList, EvidencePanel, PairPanel, Reader, ReviewView, SourcesView, TiesTable, usePreloadLazyViews, ViewLoading } from "./lazy-views";
import { CompilerReadingToggle, useCompilerReading } from "./compiler-reading";
import { syncDecisions } from "./decisions-sync";
import { FeatureBoundary } from "./feature-boundary";
import { loadGraph, REBUILD_HINT } from "./graph-loader";
import { NotFoundBanner } from "./not-found-banner";
import { Overview } from "./overview";
import { useCanonicalLocation } from "./use-canonical-location";
import { useFocusFollowsView } from "./use-focus-follows-view";
import { usePanelFocus } from "./use-panel-focus";
import { useGlobalKeys } from "./use-global-keys";
import { ViewCounts } from "./view-counts";
import { ViewSwitcher } from "./view-switcher";

/** Loads graph.json once (with the user's imported articles compiled in), then shows the shell, or a message saying what is wrong. */
export function App() {
  const load = useAppStore(selectLoad);
  useEffect(() => {
    if (useAppStore.getState().load.status !== "loading") return;
    let cancelled = false;
    // the editor's decisions saved in this browser are restored before the graph is shown
    const decisions = syncDecisions().catch((err: Error) => console.warn(`decisions could not be restored: ${err.message}`));
    void loadGraph("graph.json").then(withImportedArticles).then(async (result) => {
      await decisions;
      if (!cancelled) useAppStore.getState().setLoad(result);
    });
    // Once there are decisions, the evidence of the ties they are about is fetched so that they can be applied.
    let stop: (() => void) | null = null;
    const keep = () => {
      if (stop || !useAppStore.getState().decisions.length) return;
      stop = () => {};
      void import("../store/link-evidence").then((m) => {
        if (!cancelled) stop = m.keepDecidedEvidenceInHand();
      });
    };
    const unsubscribe = useAppStore.subscribe(keep);
    keep();
    return () => {
      cancelled = true;
      unsubscribe();
      stop?.();
    };
  }, []);

  if (load.status === "loading") {
    return (
      <main className="load-screen">
        <p className="load-card load-card--quiet" role="status">
          Loading the graph…
          {load.note ? <span className="load-card__note">{load.note}</span> : null}
        </p>
      </main>
    );
  }
  if (load.status === "error") {
    const fix = load.details.includes(REBUILD_HINT);
    return (
      <main className="load-screen">
        <div className="load-card" role="alert">
          <h1>Tiegraph cannot show the graph</h1>
          <p className="load-card__title">{load.title}</p>
          <ul className="load-card__details">
            {load.details
              .filter((d) => d !== REBUILD_HINT)
              .map((d) => (
                <li key={d}>{d}</li>
              ))}
          </ul>
          {fix && (
            <p className="load-card__fix">
              <strong>How to fix:</strong> run <code>npm run compile</code> (it reads <code>data/</code> and writes <code>public/graph.json</code>), then reload this page.
            </p>
          )}
        </div>
      </main>
    );
  }
  return <Shell />;
}

/** The reader's loader of article texts, lent to the export (the graph JSON carries the texts); loaded on first use. */
const loadArticleText = (article: Article) => import("../features/reader/article-text-loader").then((m) => m.loadArticleText(article));

const HINT_KEY = "tiegraph.hint-dismissed";

function readHintDismissed(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === "1";
  } catch {
    return false;
  }
}

/** The loaded app: header with controls, main area by view, and the side panel. */
function Shell() {
  const { state } = useView();
  const location = useLocation();
  const resetKey = location.pathname + location.search;
  const [hintDismissed, setHintDismissed] = useState(readHintDismissed);
  // On a phone the year controls and filters live in a sheet, opened from the header.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toolbarId = useId();
  const activeFilters = [state.year !== null || state.compare !== null, state.types !== null, state.quads !== null, state.others, state.coMentions].filter(Boolean).length;
  useGlobalKeys();
  useCanonicalLocation();
  useCompilerReading();
  const panelRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  useFocusFollowsView(resetKey, [panelRef, mainRef]);
  usePanelFocus(panelRef);
  /** `node` inside its own error boundary: if it fails, only its place shows the error. */
  const guard = (name: string, node: ReactNode) => (
    <FeatureBoundary name={name} resetKey={resetKey}>
      {node}
    </FeatureBoundary>
  );
  usePreloadLazyViews();

  const dismissHint = () => {
    setHintDismissed(true);
    try {
      window.localStorage.setItem(HINT_KEY, "1");
    } catch {
      // Private mode: the hint simply comes back next visit.
    }
  };

  // The hint says to click an actor: once anything is selected, it has done its job.
  const selected = Boolean(state.actorId || state.tieId || state.pairId);
  if (selected && !hintDismissed) setHintDismissed(true); // adjusting state to the URL while rendering, not in an effect
  useEffect(() => {
    if (!selected) return;
    try {
      window.localStorage.setItem(HINT_KEY, "1");
    } catch {
      // Private mode: the hint simply comes back next visit.
    }
  }, [selected]);

  const main: ReactNode =
    state.view === "table" ? (
      <TiesTable />
    ) : state.view === "sources" ? (
      <SourcesView />
    ) : state.view === "reader" ? (
      <Reader />
    ) : state.view === "review" ? (
      <ReviewView loadArticleText={loadArticleText} />
    ) : (
      <NetworkView />
    );

  let panel: ReactNode = null;
  let panelKind = "idle";
  if (state.view === "graph" || state.view === "table") {
    if (state.tieId) {
      panel = <EvidencePanel />;
      panelKind = "tie";
    } else if (state.pairId) {
      panel = <PairPanel />;
      panelKind = "pair";
    } else if (state.actorId) {
      panel = <ActorPanel />;
      panelKind = "actor";
    } else if (state.compare) {
      panel = <CompareList />;
      panelKind = "compare";
    } else if (state.view === "graph") {
      panel = <Overview />;
    }
  }

  return (
    <div className="app" data-view={state.view}>
      <nav className="skip-links" aria-label="Skip links">
        <button type="button" className="skip-link" onClick={() => focusInside(mainRef.current)}>
          Skip to the {MAIN_LABELS[state.view].toLowerCase()}
        </button>
        {panel ? (
          <button type="button" className="skip-link" onClick={() => focusInside(panelRef.current)}>
            Skip to the details panel
          </button>
        ) : null}
      </nav>
      <header className="masthead">
        <div className="masthead__row">
          <h1 className="brand">
            <a className="brand__name" href="#/" aria-label="Tiegraph, back to the overview">
              <BrandMark />
              Tiegraph
            </a>
          </h1>
          <ViewSwitcher />
          {guard("Search", <ActorSearch />)}
          {guard("The counts", <ViewCounts />)}
          <div className="masthead__actions">
            {guard("Import", <ImportButton />)}
            {guard("Export", <ExportButton loadArticleText={loadArticleText} />)}
          </div>
        </div>
        {(state.view === "graph" || state.view === "table") && (
          <>
            <button
              type="button"
              className="tg-button filters-toggle"
              aria-expanded={filtersOpen}
              aria-controls={toolbarId}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              Years and filters{activeFilters ? <span className="filters-toggle__count"> ({activeFilters} on)</span> : null}
            </button>
            <div className={`toolbar${filtersOpen ? " is-open" : ""}`} id={toolbarId} aria-label="What the view shows" role="group">
              {guard("The year controls", <YearControls />)}
              {guard("The filters", <FilterControls />)}
              <CompilerReadingToggle />
              <button type="button" className="tg-button toolbar__done" onClick={() => setFiltersOpen(false)}>
                Done
              </button>
            </div>
          </>
        )}
      </header>
      {guard("The not-found message", <NotFoundBanner />)}
      <div className="workspace" data-panel={panel ? panelKind : "none"}>
        <main
          className="workspace__main"
          aria-label={MAIN_LABELS[state.view]}
          ref={mainRef}
          tabIndex={-1}
          // Dragging, panning or zooming the picture shows the reader has found their way: the hint, which floats over it, goes.
          onPointerDown={state.view === "graph" && !hintDismissed ? (e) => !(e.target as Element).closest(".hint") && dismissHint() : undefined}
        >
          {guard(sentenceCase(MAIN_LOADING[state.view]), <Suspense fallback={<ViewLoading what={MAIN_LOADING[state.view]} />}>{main}</Suspense>)}
          {/* Over the picture, not above it: dismissing it (or the first selection doing so) leaves the network where it is. */}
          {!hintDismissed && state.view === "graph" && (
            <p className="hint">
              <span>Click an actor to see its ties; every tie links to the words that support it.</span>
              <button type="button" className="hint__close" onClick={dismissHint} aria-label="Got it: dismiss the hint">
                Got it
              </button>
            </p>
          )}
        </main>
        {panel && (
          <aside className={`workspace__panel workspace__panel--${panelKind}`} aria-label="Details" ref={panelRef} tabIndex={-1}>
            {guard("The details panel", <Suspense fallback={<ViewLoading what="the details" />}>{panel}</Suspense>)}
          </aside>
        )}
      </div>
    </div>
  );
}

const MAIN_LABELS = { graph: "Network", table: "Table of ties", sources: "Sources", reader: "Article", review: "Review" } as const;
const MAIN_LOADING = { graph: "the network", table: "the table of ties", sources: "the sources", reader: "the article", review: "the review" } as const;

/** Focuses the first heading of `container` (or the container itself): where a skip link lands. */
function focusInside(container: HTMLElement | null): void {
  if (!container) return;
  const heading = container.querySelector<HTMLElement>("h2");
  const target = heading ?? container;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function BrandMark() {
  return (
    <svg className="brand__mark" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <line x1="5" y1="16" x2="11" y2="5" />
      <line x1="11" y1="5" x2="17" y2="15" />
      <line x1="5" y1="16" x2="17" y2="15" strokeDasharray="2.5 2" />
      <circle cx="5" cy="16" r="3.2" />
      <circle cx="11" cy="5" r="3.6" />
      <circle cx="17" cy="15" r="2.8" />
    </svg>
  );
}
