/** Shown if rendering throws outside any feature's own boundary: a message instead of a blank page. */
import type { ReactNode } from "react";
import { ResettableBoundary } from "./feature-boundary";

/** Catches errors thrown while rendering `children` and shows what went wrong with a way back; moving to another `location` tries again. */
export function CrashBoundary({ location, children }: { location: string; children: ReactNode }) {
  return (
    <ResettableBoundary
      name="Tiegraph"
      resetKey={location}
      renderFallback={(message) => (
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
      )}
    >
      {children}
    </ResettableBoundary>
  );
}
