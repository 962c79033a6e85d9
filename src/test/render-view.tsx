/**
 * Test support for components that read the view from the URL: renders `ui` at `path` inside a
 * memory router with the graph loaded, and shows the current location in a `data-testid="location"`
 * element so tests can check where a click navigated.
 */
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import type { Graph } from "../graph/schema";
import { useAppStore } from "../store/app-store";

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location" hidden>{location.pathname + location.search}</div>;
}

/** Renders `ui` at the hash-router path `path` (e.g. "/tie/x?year=2018") with `graph` loaded. */
export function renderView(ui: ReactNode, graph: Graph, path: string) {
  useAppStore.setState({ load: { status: "ready", graph } });
  const router = createMemoryRouter(
    [
      {
        path: "*",
        element: (
          <>
            {ui}
            <LocationProbe />
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  return { ...render(<RouterProvider router={router} />), router };
}
