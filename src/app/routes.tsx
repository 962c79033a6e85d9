/**
 * Routes. Every path renders the same shell: what it shows is read from the location by
 * `parseViewState` (see src/graph/view-state.ts), so the router only has to deliver the location.
 */
import { createHashRouter, useRouteError, type RouteObject } from "react-router";
import { App } from "./app";

/** Shown if rendering throws: a message instead of a blank page. */
function CrashMessage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="load-screen" role="alert">
      <div className="load-card">
        <h1>Tiegraph stopped unexpectedly</h1>
        <p>{message}</p>
        <p>
          <a href="#/" onClick={() => window.location.reload()}>
            Back to the overview
          </a>
        </p>
      </div>
    </main>
  );
}

/** The route table: one catch-all route for the shell. */
export const routes: RouteObject[] = [{ path: "*", element: <App />, errorElement: <CrashMessage /> }];

/** A hash router over `routes`. */
export function createAppRouter() {
  return createHashRouter(routes);
}
