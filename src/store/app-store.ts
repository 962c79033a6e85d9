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

/** An article the user imported (kept in the browser), as every panel marks it. */
export interface OwnArticle {
  articleId: string;
  /** The user's file name. */
  file: string;
  title: string;
}

export interface OwnArticlesSlice {
  /** The user's imported articles in the loaded graph, in the order they were added. */
  ownArticles: readonly OwnArticle[];
  /** Their article ids, for "is this the user's own?" checks. */
  ownArticleIds: ReadonlySet<string>;
  setOwnArticles: (articles: readonly OwnArticle[]) => void;
}

export interface FocusSlice {
  /** Counts requests to move keyboard focus to the details panel once it shows the new selection. */
  panelFocusRequest: number;
  /** Asks the shell to move focus to the details panel's heading after this selection. */
  requestPanelFocus: () => void;
}

export type AppState = GraphSlice & HoverSlice & LayoutSlice & OwnArticlesSlice & FocusSlice;

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

export const createOwnArticlesSlice: StateCreator<AppState, [], [], OwnArticlesSlice> = (set) => ({
  ownArticles: [],
  ownArticleIds: new Set(),
  setOwnArticles: (articles) => set({ ownArticles: articles, ownArticleIds: new Set(articles.map((a) => a.articleId)) }),
});

export const createFocusSlice: StateCreator<AppState, [], [], FocusSlice> = (set) => ({
  panelFocusRequest: 0,
  requestPanelFocus: () => set((s) => ({ panelFocusRequest: s.panelFocusRequest + 1 })),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createGraphSlice(...a),
  ...createHoverSlice(...a),
  ...createLayoutSlice(...a),
  ...createOwnArticlesSlice(...a),
  ...createFocusSlice(...a),
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
export const selectOwnArticles = (s: AppState) => s.ownArticles;
export const selectOwnArticleIds = (s: AppState) => s.ownArticleIds;
export const selectPanelFocusRequest = (s: AppState) => s.panelFocusRequest;
