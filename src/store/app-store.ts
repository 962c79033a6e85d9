/**
 * The app's one zustand store, in small slices. It holds what is NOT shared through the URL: the
 * loaded graph, hover, layout positions, pinned nodes, panel sizes. What can be shared (selection,
 * years, filters, open article) lives in the URL: see `use-view.ts`.
 */
import { create, type StateCreator } from "zustand";
import type { Evidence, Graph } from "../graph/schema";
import { withEvidence } from "../graph/in-hand";
import type { Decision } from "../graph/decisions";

/**
 * Applies decisions to a graph (src/graph/decisions.ts's applyDecisions), handed in by whoever first
 * decides or restores decisions, so the first screen does not load it for everyone.
 */
export type DecisionApplier = (graph: Graph, decisions: readonly Decision[]) => Graph;
import type { Candidate } from "../graph/candidates";

export type GraphLoad =
  | { status: "loading"; /** what the wait is for, when more than the file (e.g. compiling the user's imports) */ note?: string }
  | { status: "ready"; graph: Graph }
  | { status: "error"; title: string; details: string[] };

export interface GraphSlice {
  /** The graph shown: the loaded one with the editor's decisions applied (or the compiler's reading alone). */
  load: GraphLoad;
  /** The graph as loaded (shipped, or compiled with the user's imports), before the browser's decisions. */
  loaded: GraphLoad;
  setLoad: (load: GraphLoad) => void;
}

/** An editor's decisions made in this browser, and whether the view shows the compiler's reading only. */
export interface CurationSlice {
  decisions: readonly Decision[];
  /** The graph the extractor reads alone (graph.compiler.json), once fetched; shown while `compilerOnly`. */
  compilerGraph: Graph | null;
  compilerOnly: boolean;
  /** How decisions are applied (once someone has decided); null until then. */
  applier: DecisionApplier | null;
  /** Records a decision (a later one on the same evidence replaces it); `apply` is applyDecisions. */
  decide: (decision: Decision, apply: DecisionApplier) => void;
  /** Takes back the last decision; returns it. */
  undoDecision: () => Decision | null;
  /** Forgets decisions (after they were saved into data/curation.yaml, or to start again). */
  forgetDecisions: (ids: ReadonlySet<string> | "all") => void;
  setDecisions: (decisions: readonly Decision[], apply: DecisionApplier) => void;
  /**
   * The passages of the ties the decisions are about, by the file each is in, once fetched (see
   * store/link-evidence.ts): a decision is applied to a pair whose ties all have theirs in hand.
   */
  decidedEvidence: ReadonlyMap<string, Evidence[]>;
  addDecidedEvidence: (byFile: ReadonlyMap<string, Evidence[]>) => void;
  showCompilerOnly: (on: boolean, compilerGraph?: Graph | null) => void;
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
  /** The compiler's candidate readings in them (the shipped corpus's are in candidates.json). */
  ownCandidates: readonly Candidate[];
  setOwnArticles: (articles: readonly OwnArticle[], candidates?: readonly Candidate[]) => void;
}

export interface FocusSlice {
  /** Counts requests to move keyboard focus to the details panel once it shows the new selection. */
  panelFocusRequest: number;
  /** Asks the shell to move focus to the details panel's heading after this selection. */
  requestPanelFocus: () => void;
}

export type AppState = GraphSlice & CurationSlice & HoverSlice & LayoutSlice & OwnArticlesSlice & FocusSlice;

/** What is shown: the loaded graph with the decisions, or the compiler's reading alone. */
function shown(loaded: GraphLoad, s: Pick<CurationSlice, "decisions" | "compilerOnly" | "compilerGraph" | "applier" | "decidedEvidence">): GraphLoad {
  if (loaded.status !== "ready") return loaded;
  if (s.compilerOnly) return { status: "ready", graph: s.compilerGraph ?? loaded.graph };
  const apply = s.applier;
  return { status: "ready", graph: apply && s.decisions.length ? apply(withEvidence(loaded.graph, s.decidedEvidence), s.decisions) : loaded.graph };
}

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set) => ({
  load: { status: "loading" },
  loaded: { status: "loading" },
  setLoad: (loaded) => set((s) => ({ loaded, load: shown(loaded, s) })),
});

export const createCurationSlice: StateCreator<AppState, [], [], CurationSlice> = (set, get) => ({
  decisions: [],
  decidedEvidence: new Map(),
  compilerGraph: null,
  compilerOnly: false,
  applier: null,
  decide: (decision, apply) =>
    set((s) => {
      const decisions = [...s.decisions.filter((d) => d.evidenceId !== decision.evidenceId), decision];
      return { decisions, applier: apply, load: shown(s.loaded, { ...s, decisions, applier: apply }) };
    }),
  undoDecision: () => {
    const last = [...get().decisions].sort((a, b) => a.at - b.at).at(-1) ?? null;
    if (last) set((s) => {
      const decisions = s.decisions.filter((d) => d !== last);
      return { decisions, load: shown(s.loaded, { ...s, decisions }) };
    });
    return last;
  },
  forgetDecisions: (ids) =>
    set((s) => {
      const decisions = ids === "all" ? [] : s.decisions.filter((d) => !ids.has(d.evidenceId));
      return { decisions, load: shown(s.loaded, { ...s, decisions }) };
    }),
  setDecisions: (decisions, apply) => set((s) => ({ decisions, applier: apply, load: shown(s.loaded, { ...s, decisions, applier: apply }) })),
  addDecidedEvidence: (byFile) =>
    set((s) => {
      const decidedEvidence = new Map([...s.decidedEvidence, ...byFile]);
      return { decidedEvidence, load: shown(s.loaded, { ...s, decidedEvidence }) };
    }),
  showCompilerOnly: (on, compilerGraph) =>
    set((s) => {
      const graph = compilerGraph === undefined ? s.compilerGraph : compilerGraph;
      return { compilerOnly: on, compilerGraph: graph, load: shown(s.loaded, { ...s, compilerOnly: on, compilerGraph: graph }) };
    }),
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
  ownCandidates: [],
  setOwnArticles: (articles, candidates = []) => set({ ownArticles: articles, ownArticleIds: new Set(articles.map((a) => a.articleId)), ownCandidates: candidates }),
});

export const createFocusSlice: StateCreator<AppState, [], [], FocusSlice> = (set) => ({
  panelFocusRequest: 0,
  requestPanelFocus: () => set((s) => ({ panelFocusRequest: s.panelFocusRequest + 1 })),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createGraphSlice(...a),
  ...createCurationSlice(...a),
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
/** The graph as loaded, before the browser's decisions (what stale decisions are checked against). */
export const selectLoadedGraph = (s: AppState): Graph | null => (s.loaded.status === "ready" ? s.loaded.graph : null);
export const selectDecidedEvidence = (s: AppState) => s.decidedEvidence;
export const selectDecisions = (s: AppState) => s.decisions;
export const selectCompilerOnly = (s: AppState) => s.compilerOnly;
export const selectDecide = (s: AppState) => s.decide;
export const selectHoveredActorId = (s: AppState) => s.hoveredActorId;
export const selectHoveredTieId = (s: AppState) => s.hoveredTieId;
export const selectPositions = (s: AppState) => s.positions;
export const selectPinned = (s: AppState) => s.pinned;
export const selectOwnArticles = (s: AppState) => s.ownArticles;
export const selectOwnArticleIds = (s: AppState) => s.ownArticleIds;
export const selectOwnCandidates = (s: AppState) => s.ownCandidates;
export const selectPanelFocusRequest = (s: AppState) => s.panelFocusRequest;
