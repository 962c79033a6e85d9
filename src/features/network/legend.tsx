/**
 * The legend: what every colour, line style, width, size, arrow and mark in the network means,
 * built from the data (the relation types of each quad class, the actors on screen).
 */
import { useState, type CSSProperties } from "react";
import { COMPARE_MARKS, COMPARE_ORDER, compareTitle, coverageLine } from "../../graph/compare-labels";
import { QUAD_CLASS_LABELS } from "../../graph/vocabulary";
import { selectGraph, useAppStore } from "../../store/app-store";
import { QUAD_ORDER, quadStyle } from "./edge-style";
import type { NetworkModel } from "./network-model";

interface LegendProps {
  model: NetworkModel;
  year: number | null;
  compare: readonly [number, number] | null;
  coMentions: boolean;
  /** Called after the legend opens or closes (the network re-fits around it). */
  onToggle?: (open: boolean) => void;
}

function LineSample({ className, dash, cap, width }: { className: string; dash: string; cap: "butt" | "round"; width: number }) {
  return (
    <svg className={`legend__sample ${className}`} width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2="32" y2="6" strokeWidth={width} strokeDasharray={dash ? dash.split(" ").map((v) => Number(v) * Math.max(1, width / 2)).join(" ") : undefined} strokeLinecap={cap} />
    </svg>
  );
}

const LEGEND_KEY = "tiegraph.legend-open";

/** Open or closed as the user last left it; at first, open on wide screens only. */
function openByDefault(): boolean {
  try {
    const kept = window.localStorage.getItem(LEGEND_KEY);
    if (kept !== null) return kept === "1";
  } catch {
    // Private mode: fall back to the screen's width.
  }
  return typeof window === "undefined" || !window.matchMedia ? true : window.matchMedia("(min-width: 900px)").matches;
}

function remember(open: boolean): void {
  try {
    window.localStorage.setItem(LEGEND_KEY, open ? "1" : "0");
  } catch {
    // Private mode: the choice lasts this page only.
  }
}

/** A collapsible legend card in the corner of the network; open or closed, it stays as the user left it (across reloads). */
export function Legend({ model, year, compare, coMentions, onToggle }: LegendProps) {
  const graph = useAppStore(selectGraph);
  const [open, setOpen] = useState(openByDefault);
  const sizeScope = compare ? `${compare[0]} and ${compare[1]}` : year !== null ? String(year) : "all years";

  return (
    <details className="legend" open={open} onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) remember(now);
        setOpen(now);
        onToggle?.(now);
      }}>
      <summary className="legend__summary">Legend</summary>
      <div className="legend__body">
        <h3 className="legend__heading">Ties, by kind of relation</h3>
        <ul className="legend__list">
          {QUAD_ORDER.map((q) => {
            const s = quadStyle(q);
            const types = graph.relationTypes.filter((t) => t.quadClass === q).map((t) => t.label);
            return (
              <li key={q} className="legend__row">
                <LineSample className={s.className} dash={s.dash} cap={s.lineCap} width={2.2 + s.extraWidth} />
                <span>
                  <span className="legend__name">{QUAD_CLASS_LABELS[q]}</span>
                  <span className="legend__note">
                    {s.pattern}
                    {types.length ? `: ${types.join(", ")}` : ""}
                  </span>
                </span>
              </li>
            );
          })}
          <li className="legend__row">
            <svg className="legend__sample" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
              <line className="legend__ink" x1="2" y1="4" x2="32" y2="4" strokeWidth="1.4" />
              <line className="legend__ink" x1="2" y1="11" x2="32" y2="11" strokeWidth="5" />
            </svg>
            <span className="legend__note">Thicker line: more quotes support the tie</span>
          </li>
          <li className="legend__row">
            <svg className="legend__sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
              <line className="legend__ink" x1="2" y1="6" x2="24" y2="6" strokeWidth="1.6" />
              <path className="legend__fill" d="M32,6 L22,1.5 L24.5,6 L22,10.5 Z" />
            </svg>
            <span className="legend__note">Arrow: who acts on whom. No arrow: mutual</span>
          </li>
          <li className="legend__row">
            <svg className="legend__sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
              <path className="legend__ink" d="M2,9 Q17,-1 32,9" strokeWidth="1.6" fill="none" />
              <path className="legend__ink" d="M2,9 Q17,15 32,9" strokeWidth="1.6" strokeDasharray="4 3" fill="none" />
            </svg>
            <span className="legend__note">Two actors tied in several ways: one curved line per relation. Select one, or the pair, and its lines are numbered and named in a card</span>
          </li>
          <li className={`legend__row${coMentions ? "" : " legend__row--off"}`}>
            <LineSample className="net-edge--co-mention" dash="" cap="butt" width={1} />
            <span className="legend__note">Thin grey: named in one sentence, no relation stated{coMentions ? "" : " (turn on “Show co-mentions”)"}</span>
          </li>
        </ul>

        {compare && (
          <>
            <h3 className="legend__heading">
              Comparing {compare[0]} with {compare[1]}
            </h3>
            <p className="legend__note legend__note--block" data-testid="legend-coverage">
              Articles in the corpus: {coverageLine(graph.coverage, compare)}
            </p>
            <ul className="legend__list legend__list--marks">
              {COMPARE_ORDER.map((status) => (
                <li key={status} className="legend__row">
                  <span className={`compare-mark compare-mark--${status}`} aria-hidden="true">
                    {COMPARE_MARKS[status]}
                  </span>
                  <span className="legend__note">
                    {compareTitle(status, compare[0], compare[1])}
                    {status === "only-first" ? " (its lines are faded)" : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}

        <h3 className="legend__heading">Actors</h3>
        <p className="legend__note legend__note--block">
          Circle size: how many sentences name the actor in {sizeScope}. Dashed ring: pinned (drag to pin, double-click to release).
        </p>
        <ul className="legend__actors">
          {legendActors(model).map((n) => (
            <li key={n.id}>
              <span className="legend__dot tg-actor-fill" style={{ "--actor": n.color } as CSSProperties} aria-hidden="true" />
              {n.name} <span className="legend__kind">{n.kind}</span>
            </li>
          ))}
        </ul>
        {model.nodes.length > LEGEND_ACTORS && (
          <p className="legend__note legend__note--block">
            The {LEGEND_ACTORS} most mentioned of {model.nodes.length.toLocaleString("en-US")} actors; the table of ties lists them all.
          </p>
        )}
      </div>
    </details>
  );
}

/** A legend lists every actor of a small graph, the most-mentioned few of a large one. */
const LEGEND_ACTORS = 24;

function legendActors(model: NetworkModel): NetworkModel["nodes"] {
  if (model.nodes.length <= LEGEND_ACTORS) return model.nodes;
  return [...model.nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, LEGEND_ACTORS);
}
