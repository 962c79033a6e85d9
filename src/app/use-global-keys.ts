/** App-wide keys: Esc clears the selection (unless focus is in a field, which handles Esc itself). */
import { useEffect } from "react";
import { useSetView, useView } from "../store/use-view";

/** Installs the Esc handler for the graph and table views. */
export function useGlobalKeys(): void {
  const { state } = useView();
  const setView = useSetView();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (target?.closest("details[open]")) return;
      if ((state.view === "graph" || state.view === "table") && (state.actorId || state.tieId || state.pairId)) {
        event.preventDefault();
        setView({ actorId: null, tieId: null, pairId: null });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state.view, state.actorId, state.tieId, state.pairId, setView]);
}
