/**
 * Runs the seeded layout for the network and keeps positions in the store (never on graph data).
 * The first layout is computed to rest at once (same data, same picture); later changes (filters,
 * years) re-run from the current positions with low alpha, animated unless reduced motion is asked for.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { selectPositions, useAppStore, type Point } from "../../store/app-store";
import { createLayoutSimulation, positionsOf, settle, type LayoutLink, type LayoutNode, type LayoutSimulation } from "./layout";
import type { NetworkModel } from "./network-model";

/** Estimated width of a node label in layout units (12px system font). */
export function labelWidth(name: string): number {
  return name.length * 6.9 + 6;
}

/** What the network needs from its layout. */
export interface ForceLayout {
  positions: Record<string, Point>;
  /** Increments whenever the layout comes to rest (for fit-to-screen). */
  restCount: number;
  /** Moves a node while dragging it. */
  dragTo: (id: string, at: Point) => void;
  /** Ends a drag: the node stays pinned where it was dropped. */
  drop: (id: string, at: Point) => void;
  /** Releases a pinned node back to the forces. */
  release: (id: string) => void;
  /** Releases every pinned node. */
  releaseAll: () => void;
}

/** The layout of `model`, animated unless `reducedMotion`. */
export function useForceLayout(model: NetworkModel, reducedMotion: boolean): ForceLayout {
  const positions = useAppStore(selectPositions);
  const simRef = useRef<LayoutSimulation | null>(null);
  const [restCount, setRestCount] = useState(0);

  const links = useMemo(() => {
    const weights = new Map<string, number>();
    for (const e of model.edges) weights.set(e.pair, (weights.get(e.pair) ?? 0) + (e.kind === "tie" ? 1 : 0.3));
    return [...weights].map(([pair, weight]): LayoutLink => {
      const [source = "", target = ""] = pair.split("|");
      return { source, target, weight };
    });
  }, [model.edges]);
  const nodesKey = model.nodes.map((n) => `${n.id}:${n.r}`).join(",");
  const linksKey = links.map((l) => `${String(l.source)}|${String(l.target)}:${l.weight}`).join(",");
  // The layout effect re-runs on the keys only; it reads the latest nodes and links through refs.
  const nodesRef = useRef(model.nodes);
  const linksRef = useRef(links);
  useLayoutEffect(() => {
    nodesRef.current = model.nodes;
    linksRef.current = links;
  });

  useEffect(() => {
    const { positions: previous, pinned, setPositions } = useAppStore.getState();
    const current = nodesRef.current;
    const fresh = !current.some((n) => previous[n.id]);
    const nodes: LayoutNode[] = current.map((n) => ({
      id: n.id,
      r: n.r,
      labelWidth: labelWidth(n.name),
      x: previous[n.id]?.x,
      y: previous[n.id]?.y,
      fx: pinned[n.id]?.x ?? null,
      fy: pinned[n.id]?.y ?? null,
    }));
    const sim = createLayoutSimulation(nodes, linksRef.current);
    simRef.current = sim;
    const publish = () => setPositions({ ...useAppStore.getState().positions, ...positionsOf(sim) });

    if (fresh || reducedMotion) {
      sim.alpha(fresh ? 1 : 0.4);
      setPositions({ ...previous, ...settle(sim) });
      setRestCount((n) => n + 1);
      return () => {
        sim.stop();
      };
    }
    let frame = 0;
    // A re-run starts near the old layout, so it may cool fast: about 55 ticks, under a second.
    sim
      .alpha(0.35)
      .alphaDecay(0.1)
      .on("tick", () => {
        if (!frame) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            publish();
          });
        }
      })
      .on("end", () => {
        publish();
        setRestCount((n) => n + 1);
      })
      .restart();
    return () => {
      sim.stop();
      sim.on("tick", null).on("end", null);
      cancelAnimationFrame(frame);
    };
    // Keyed on content, not identity: a new but equal model (e.g. after selecting an actor) must not re-run the layout.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [nodesKey, linksKey, reducedMotion]);


  const dragTo = useCallback(
    (id: string, at: Point) => {
      const node = simRef.current?.nodes().find((n) => n.id === id);
      if (node) {
        node.fx = at.x;
        node.fy = at.y;
        node.x = at.x;
        node.y = at.y;
      }
      const store = useAppStore.getState();
      store.setPositions({ ...store.positions, [id]: at });
      if (!reducedMotion) simRef.current?.alphaTarget(0.2).restart();
    },
    [reducedMotion],
  );

  const drop = useCallback(
    (id: string, at: Point) => {
      useAppStore.getState().pin(id, at);
      simRef.current?.alphaTarget(0);
    },
    [],
  );

  const rerun = useCallback(() => {
    const sim = simRef.current;
    if (!sim) return;
    if (reducedMotion) {
      sim.alpha(0.4);
      const store = useAppStore.getState();
      store.setPositions({ ...store.positions, ...settle(sim) });
    } else sim.alpha(0.3).restart();
  }, [reducedMotion]);

  const release = useCallback(
    (id: string) => {
      useAppStore.getState().unpin(id);
      const node = simRef.current?.nodes().find((n) => n.id === id);
      if (node) {
        node.fx = null;
        node.fy = null;
      }
      rerun();
    },
    [rerun],
  );

  const releaseAll = useCallback(() => {
    const store = useAppStore.getState();
    for (const id of Object.keys(store.pinned)) store.unpin(id);
    for (const node of simRef.current?.nodes() ?? []) {
      node.fx = null;
      node.fy = null;
    }
    rerun();
  }, [rerun]);

  return { positions, restCount, dragTo, drop, release, releaseAll };
}
