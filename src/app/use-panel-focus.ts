/**
 * Focus follows a selection: when a feature asks (`requestPanelFocus`: choosing an actor on the
 * graph or in the search), keyboard focus moves to the details panel's heading as soon as the panel
 * shows it (the panel's code may still be loading), so reading it takes no Tab through the network.
 */
import { useEffect, type RefObject } from "react";
import { selectPanelFocusRequest, useAppStore } from "../store/app-store";

/** How long to wait for the panel's heading to appear (its code is fetched on first use). */
const WAIT_MS = 2000;

/** Moves focus into `panel` (its first heading) after each request. */
export function usePanelFocus(panel: RefObject<HTMLElement | null>): void {
  const request = useAppStore(selectPanelFocusRequest);
  useEffect(() => {
    if (!request) return;
    const started = performance.now();
    let frame = 0;
    let ours: HTMLElement | null = null;
    // The old panel may stay on screen while the new one's code loads (the router navigates in a
    // transition), so focus is checked each frame for a while: when the heading we focused is gone,
    // the new panel's heading takes it; once the user moves focus elsewhere, we stop.
    const attempt = () => {
      const active = document.activeElement;
      if (ours && active !== ours && active && active !== document.body) return;
      if (!ours || !ours.isConnected || active === document.body) {
        const heading = panel.current?.querySelector<HTMLElement>("h2") ?? null;
        if (heading) {
          if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
          heading.focus({ preventScroll: true });
          panel.current?.scrollTo?.({ top: 0 });
          ours = heading;
        }
      }
      if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(attempt);
      else if (!ours) panel.current?.focus({ preventScroll: true });
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [request, panel]);
}
