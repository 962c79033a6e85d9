/**
 * Entry point: mounts the app under a hash router, so deep links work from any static host and
 * `vite preview`. There is no route table: every location renders the same shell, which reads what
 * to show from the location (`parseViewState`, src/graph/view-state.ts).
 */
// First, before React and the app are even evaluated: the graph's worker starts loading it.
import "./boot";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HashRouter, useLocation } from "react-router";
import { App } from "./app";
import { CrashBoundary } from "./crash-boundary";
import "../ui/theme.css";
import "./app.css";

function Root() {
  const location = useLocation();
  return (
    <CrashBoundary location={location.pathname + location.search}>
      <App />
    </CrashBoundary>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <Root />
    </HashRouter>
  </StrictMode>,
);
