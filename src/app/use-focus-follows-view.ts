/**
 * Keyboard focus across view changes: when a view change removes the element that had focus (Enter
 * on a tie in the actor panel replaces the panel), focus moves to the new view's heading, in the
 * details panel when there is one, else in the main area, so it never falls back to the page. The
 * old view may stay on screen while the new one's code loads, so for a short while after a change
 * focus is checked on every frame, not only once.
 */
import { useLayoutEffect, useRef, type RefObject } from "react";

/** How long after a view change lost focus is looked for (the new view's code may be loading). */
const WATCH_MS = 1500;

/** After `viewKey` changes, puts focus lost with the old view on the heading of `containers[0]` or the next one that has any. */
export function useFocusFollowsView(viewKey: string, containers: readonly RefObject<HTMLElement | null>[]): void {
  const previous = useRef(viewKey);
  useLayoutEffect(() => {
    if (previous.current === viewKey) return; // the first view: focus starts where the browser puts it
    previous.current = viewKey;
    const rescue = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const present = containers.map((c) => c.current).filter((c): c is HTMLElement => c !== null);
      const target = present.map((c) => c.querySelector<HTMLElement>("h1, h2")).find((h) => h !== null) ?? present[0];
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    };
    rescue();
    const started = performance.now();
    let frame = requestAnimationFrame(function watch() {
      rescue();
      if (performance.now() - started < WATCH_MS) frame = requestAnimationFrame(watch);
    });
    return () => cancelAnimationFrame(frame);
    // The containers are refs (stable objects read when needed); only a new view starts a watch.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps
  }, [viewKey]);
}
