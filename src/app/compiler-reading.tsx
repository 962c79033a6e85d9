/**
 * "Compiler’s reading only": the graph as the extractor reads it alone, without the
 * editor's decisions (from data/curation.yaml or this browser). The URL carries it (`reading=compiler`);
 * the compiler's graph (graph.compiler.json, written beside graph.json when curation applies) is
 * fetched the first time it is asked for.
 */
import { useEffect } from "react";
import { COMPILER_READING_FILE } from "../graph/vocabulary";
import { selectCompilerOnly, selectOwnArticleIds, useAppStore } from "../store/app-store";
import { useSetView, useView } from "../store/use-view";
import { loadGraph } from "./graph-loader";

/** Keeps the shown graph in step with the URL's `reading=compiler`. */
export function useCompilerReading(): void {
  const { state } = useView();
  const on = state.compilerOnly;
  useEffect(() => {
    const store = useAppStore.getState();
    if (!on) {
      if (store.compilerOnly) store.showCompilerOnly(false);
      return;
    }
    if (store.compilerGraph) {
      store.showCompilerOnly(true);
      return;
    }
    let live = true;
    void loadGraph(COMPILER_READING_FILE).then((load) => {
      // no such file: the graph was compiled without curation, so it is the compiler's reading already
      if (live) useAppStore.getState().showCompilerOnly(true, load.status === "ready" ? load.graph : null);
    });
    return () => {
      live = false;
    };
  }, [on]);
}

/** The toggle, for the toolbar and the Review view. */
export function CompilerReadingToggle() {
  const { state } = useView();
  const setView = useSetView();
  const shown = useAppStore(selectCompilerOnly);
  const own = useAppStore(selectOwnArticleIds);
  return (
    <label className="switch" title={own.size ? "Your imported articles are left out of the compiler's reading" : "Hide every editor's decision: what the extractor reads alone"}>
      <input type="checkbox" role="switch" checked={state.compilerOnly} onChange={(e) => setView({ compilerOnly: e.target.checked }, { replace: true })} />
      <span className="switch__track" aria-hidden="true" />
      <span>Compiler’s reading only{state.compilerOnly && !shown ? "…" : ""}</span>
    </label>
  );
}
