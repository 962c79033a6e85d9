/**
 * Keeps the address bar honest: when the URL holds what the view ignores (`?year=abcd`, an unknown
 * parameter, a filter that is no quad class) and names nothing that is missing, it is replaced by the
 * view's own URL. A URL naming a missing actor, tie or article is left for the not-found message.
 */
import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import { toLocation } from "../graph/view-state";
import { useView } from "../store/use-view";

/** Replaces (never pushes) a junk-bearing location with the canonical one of the view it shows. */
export function useCanonicalLocation(): void {
  const location = useLocation();
  const navigate = useNavigate();
  const { state, notFound } = useView();
  const here = location.pathname + location.search;
  const canonical = toLocation(state);
  useEffect(() => {
    if (!notFound.length && here !== canonical) navigate(canonical, { replace: true });
  }, [here, canonical, notFound.length, navigate]);
}
