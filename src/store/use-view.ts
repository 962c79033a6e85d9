/**
 * The shared view state, read from and written to the URL (react-router's hash location), so that
 * every view is a link that can be reloaded, shared, and walked with back and forward.
 */
import { useCallback, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import { cleanViewState, parseViewState, toLocation, type CleanResult, type ViewState } from "../graph/view-state";
import { selectGraph, useAppStore } from "./app-store";

/** The current view, checked against the graph (unknown ids are dropped and listed in `notFound`). */
export function useView(): CleanResult {
  const location = useLocation();
  const graph = useAppStore(selectGraph);
  return useMemo(() => cleanViewState(parseViewState(location.pathname, location.search), graph), [location.pathname, location.search, graph]);
}

/**
 * Changes the view: `patch` is applied to the current (cleaned) state and the URL updated. A new
 * history entry is pushed unless `replace` is set (use replace for typing in a search box).
 */
export function useSetView(): (patch: Partial<ViewState>, options?: { replace?: boolean }) => void {
  const navigate = useNavigate();
  const { state } = useView();
  return useCallback(
    (patch, options) => {
      navigate(toLocation({ ...state, ...patch }), { replace: options?.replace ?? false });
    },
    [navigate, state],
  );
}

/** The link (for an `<a href>`) to a view: the current state with `patch` applied. */
export function useViewHref(): (patch: Partial<ViewState>) => string {
  const { state } = useView();
  return useCallback((patch) => `#${toLocation({ ...state, ...patch })}`, [state]);
}
