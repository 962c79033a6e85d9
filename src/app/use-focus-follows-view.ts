/**
 * Keyboard focus across view changes: when a view change removes the element that had focus (Enter
 * on a tie in the actor panel replaces the panel), focus moves to the new view's heading, in the
 * details panel when there is one, else in the main area, so it never falls back to the page.
 */
import { useEffect, useRef, type RefObject } from "react";

/** After `viewKey` changes, puts focus lost with the old view on the heading of `containers[0]` or the next one that has any. */
export function useFocusFollowsView(viewKey: string, containers: readonly RefObject<HTMLElement | null>[]): void {
  const previous = useRef(viewKey);
  useEffect(() => {
    if (previous.current === viewKey) return; // the first view: focus starts where the browser puts it
    previous.current = viewKey;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const present = containers.map((c) => c.current).filter((c): c is HTMLElement => c !== null);
    const target = present.map((c) => c.querySelector<HTMLElement>("h1, h2")).find((h) => h !== null) ?? present[0];
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  });
}
