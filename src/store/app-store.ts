/**
 * The app's one zustand store, in small slices. It holds what is NOT shared through the URL: the
 * loaded graph, hover, layout positions, pinned nodes, panel sizes. What can be shared (selection,
 * years, filters, open article) lives in the URL: see `use-view.ts`.
 */
import { create, type StateCreator } from "zustand";
import type { Graph } from "../graph/schema";

export type GraphLoad =
  | { status: "loading" }
  | { status: "ready"; graph: Graph }
  | { status: "error"; title: string; details: string[] };

export interface GraphSlice {
  load: GraphLoad;
  setLoad: (load: GraphLoad) => void;
}

export interface HoverSlice {
  /** The actor or tie under the pointer or keyboard focus, for tooltips and highlight. */
  hoveredActorId: string | null;
  hoveredTieId: string | null;
  hoverActor: (id: string | null) => void;
  hoverTie: (id: string | null) => void;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayoutSlice {
  /** Last known positions by actor id, so a filter change animates from where nodes are. */
  positions: Record<string, Point>;
  /** Nodes the user dragged and pinned (double-click releases). */
  pinned: Record<string, Point>;
  setPositions: (positions: Record<string, Point>) => void;
  pin: (id: string, at: Point) => void;
  unpin: (id: string) => void;
}

export type AppState = GraphSlice & HoverSlice & LayoutSlice;

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set) => ({
  load: { status: "loading" },
  setLoad: (load) => set({ load }),
});

export const createHoverSlice: StateCreator<AppState, [], [], HoverSlice> = (set) => ({
  hoveredActorId: null,
  hoveredTieId: null,
  hoverActor: (id) => set({ hoveredActorId: id }),
  hoverTie: (id) => set({ hoveredTieId: id }),
});

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  positions: {},
  pinned: {},
  setPositions: (positions) => set({ positions }),
  pin: (id, at) => set((s) => ({ pinned: { ...s.pinned, [id]: at } })),
  unpin: (id) =>
    set((s) => {
      const { [id]: _released, ...rest } = s.pinned;
      return { pinned: rest };
    }),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createGraphSlice(...a),
  ...createHoverSlice(...a),
  ...createLayoutSlice(...a),
}));

export const selectLoad = (s: AppState) => s.load;
/** The loaded graph; only call where the app has already checked that it is ready. */
export const selectGraph = (s: AppState): Graph => {
  if (s.load.status !== "ready") throw new Error("graph not loaded");
  return s.load.graph;
};
export const selectHoveredActorId = (s: AppState) => s.hoveredActorId;
export const selectHoveredTieId = (s: AppState) => s.hoveredTieId;
export const selectPositions = (s: AppState) => s.positions;
export const selectPinned = (s: AppState) => s.pinned;
