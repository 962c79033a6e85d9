/**
 * Runs the seeded layout for the network in the layout worker (layout.worker.ts) and hands its
 * positions to the view; positions are kept apart from graph data. The first layout of a small graph
 * arrives at rest (same data, same picture); a large one is animated from its start. Later changes
 * (filters, years) re-run from the current positions with low alpha, animated unless reduced motion
 * is asked for. Where there are no workers (unit tests) the same engine runs on the main thread.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { selectPositions, useAppStore, type Point } from "../../store/app-store";
import { labelWidth } from "./label-placement";
import type { LayoutLink } from "./layout";
import type { LayoutFrame, LayoutRequest } from "./layout-protocol";
import type { NetworkModel } from "./network-model";

/** The latest positions from the worker: `xy[2i]`, `xy[2i+1]` is node `ids[i]`. */
export interface LayoutSnapshot {
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  xy: Float32Array;
  resting: boolean;
}

/** What the network needs from its layout. */
export interface ForceLayout {
  /** Positions by id, in the store: every frame when `publishEveryFrame`, else once the layout rests. */
  positions: Record<string, Point>;
  /** The latest frame, for views that draw it themselves (the canvas); stable across renders. */
  snapshot: () => LayoutSnapshot | null;
  /** Calls `listener` after every new frame; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Increments whenever the layout comes to rest (for fit-to-screen). */
  restCount: number;
  /** True while the layout moves nodes. */
  running: boolean;
  /** Moves a node while dragging it. */
  dragTo: (id: string, at: Point) => void;
  /** Ends a drag: the node stays pinned where it was dropped. */
  drop: (id: string, at: Point) => void;
  /** Releases a pinned node back to the forces. */
  release: (id: string) => void;
  /** Releases every pinned node. */
  releaseAll: () => void;
}

interface LayoutChannel {
  send: (request: LayoutRequest) => void;
  close: () => void;
}

/** Started when this module loads, so the worker's script is fetched while the graph still downloads. */
let prewarmed: Worker | null = typeof Worker === "undefined" ? null : startWorker();

function startWorker(): Worker {
  return new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module", name: "tiegraph-layout" });
}

function openChannel(onFrame: (frame: LayoutFrame) => void): LayoutChannel {
  if (typeof Worker === "undefined") {
    // The engine (and d3-force) stays out of the main bundle: loaded only where workers are missing.
    const engine = import("./layout-engine").then((m) => m.createLayoutEngine(onFrame));
    return { send: (request) => void engine.then((e) => e.handle(request)), close: () => void engine.then((e) => e.stop()) };
  }
  const worker = prewarmed ?? startWorker();
  prewarmed = null;
  worker.onmessage = (e: MessageEvent<LayoutFrame>) => onFrame(e.data);
  return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
}

function toRecord(snapshot: LayoutSnapshot): Record<string, Point> {
  const out: Record<string, Point> = {};
  snapshot.ids.forEach((id, i) => {
    out[id] = { x: snapshot.xy[2 * i]!, y: snapshot.xy[2 * i + 1]! };
  });
  return out;
}

/** The layout of `model`, animated unless `reducedMotion`; `publishEveryFrame` puts every frame in the store (SVG). */
export function useForceLayout(model: NetworkModel, reducedMotion: boolean, publishEveryFrame = true): ForceLayout {
  const positions = useAppStore(selectPositions);
  const [restCount, setRestCount] = useState(0);
  /** The key of the last run that came to rest: the layout runs while it differs from the current key. */
  const [restedKey, setRestedKey] = useState("");
  const latest = useRef<LayoutSnapshot | null>(null);
  const listeners = useRef(new Set<() => void>());
  const channel = useRef<LayoutChannel | null>(null);
  const run = useRef<{ id: number; key: string; ids: string[]; index: Map<string, number> }>({ id: 0, key: "", ids: [], index: new Map() });
  const publishEveryFrameRef = useRef(publishEveryFrame);

  const links = useMemo(() => {
    const weights = new Map<string, number>();
    for (const e of model.edges) weights.set(e.pair, (weights.get(e.pair) ?? 0) + (e.kind === "tie" ? 1 : 0.3));
    return [...weights].map(([pair, weight]): LayoutLink => {
      const [source = "", target = ""] = pair.split("|");
      return { source, target, weight };
    });
  }, [model.edges]);
  const nodesKey = useMemo(() => model.nodes.map((n) => `${n.id}:${n.r}`).join(","), [model.nodes]);
  const linksKey = useMemo(() => links.map((l) => `${String(l.source)}|${String(l.target)}:${l.weight}`).join(","), [links]);
  const runKey = `${nodesKey}#${linksKey}#${reducedMotion}`;
  // The run effect re-runs on the keys only; it reads the latest nodes and links through refs.
  const nodesRef = useRef(model.nodes);
  const linksRef = useRef(links);
  useLayoutEffect(() => {
    nodesRef.current = model.nodes;
    linksRef.current = links;
    publishEveryFrameRef.current = publishEveryFrame;
  });

  const notify = useCallback(() => {
    for (const listener of listeners.current) listener();
  }, []);

  useEffect(() => {
    let frame = 0;
    const publish = () => {
      frame = 0;
      const snapshot = latest.current;
      if (snapshot) useAppStore.getState().setPositions({ ...useAppStore.getState().positions, ...toRecord(snapshot) });
    };
    const opened = openChannel((message) => {
      const current = run.current;
      if (message.runId !== current.id) return; // a frame of a superseded run
      latest.current = { ids: current.ids, index: current.index, xy: message.xy, resting: message.resting };
      notify();
      if (message.resting) {
        cancelAnimationFrame(frame);
        publish();
        setRestedKey(current.key);
        setRestCount((n) => n + 1);
      } else if (publishEveryFrameRef.current && !frame) {
        frame = requestAnimationFrame(publish);
      }
    });
    channel.current = opened;
    return () => {
      cancelAnimationFrame(frame);
      opened.close();
      channel.current = null;
    };
  }, [notify]);

  useEffect(() => {
    const { positions: previous, pinned } = useAppStore.getState();
    const ids = nodesRef.current.map((n) => n.id);
    run.current = { id: run.current.id + 1, key: runKey, ids, index: new Map(ids.map((id, i) => [id, i])) };
    channel.current?.send({
      type: "run",
      runId: run.current.id,
      nodes: nodesRef.current.map((n) => ({
        id: n.id,
        r: n.r,
        labelWidth: labelWidth(n.name),
        fx: pinned[n.id]?.x ?? null,
        fy: pinned[n.id]?.y ?? null,
        ...(previous[n.id] ? { x: previous[n.id]!.x, y: previous[n.id]!.y } : {}),
      })),
      links: linksRef.current.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
      animate: !reducedMotion,
    });
    // Keyed on content, not identity: a new but equal model (e.g. after selecting an actor) must not re-run the layout.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps -- runKey holds reducedMotion
  }, [runKey]);

  const snapshot = useCallback(() => latest.current, []);

  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  /** Shows a dragged node under the pointer at once, before the worker's next frame. */
  const moveLocally = useCallback(
    (id: string, at: Point) => {
      const current = latest.current;
      const i = current?.index.get(id);
      if (current && i !== undefined) {
        current.xy[2 * i] = at.x;
        current.xy[2 * i + 1] = at.y;
        notify();
      }
      if (publishEveryFrameRef.current) {
        const store = useAppStore.getState();
        store.setPositions({ ...store.positions, [id]: at });
      }
    },
    [notify],
  );

  const dragTo = useCallback(
    (id: string, at: Point) => {
      moveLocally(id, at);
      channel.current?.send({ type: "drag", id, x: at.x, y: at.y });
    },
    [moveLocally],
  );

  const drop = useCallback(
    (id: string, at: Point) => {
      moveLocally(id, at);
      useAppStore.getState().pin(id, at);
      channel.current?.send({ type: "drop", id, x: at.x, y: at.y });
    },
    [moveLocally],
  );

  const release = useCallback((id: string) => {
    useAppStore.getState().unpin(id);
    channel.current?.send({ type: "release", ids: [id] });
  }, []);

  const releaseAll = useCallback(() => {
    const store = useAppStore.getState();
    for (const id of Object.keys(store.pinned)) store.unpin(id);
    channel.current?.send({ type: "release", ids: null });
  }, []);

  return { positions, snapshot, subscribe, restCount, running: restedKey !== runKey, dragTo, drop, release, releaseAll };
}
