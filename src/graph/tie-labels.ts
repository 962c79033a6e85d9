/**
 * How a tie is named in words: headings ("Iran → Syria"), the arrow seen from one actor, and the
 * sentence a screen reader hears instead of the arrow. Pure.
 */
import type { Actor, Tie } from "./schema";

/** The arrow between the two ends of a link: → when the source acts on the target, ↔ when mutual. */
export function directionArrow(direction: Tie["direction"]): string {
  return direction === "directed" ? "→" : "↔";
}

/** The arrow as seen from `actorId`: → it acts, ← it is acted on, ↔ mutual. */
export function arrowFrom(tie: Pick<Tie, "source" | "target" | "direction">, actorId: string): "→" | "←" | "↔" {
  if (tie.direction !== "directed") return "↔";
  return tie.source === actorId ? "→" : "←";
}

/** The words for a direction: "Iran acts on Syria" or "Iran and Syria, both ways". */
export function directionSentence(direction: Tie["direction"], source: string, target: string): string {
  return direction === "directed" ? `${source} acts on ${target}` : `${source} and ${target}, both ways`;
}

/** The actor's display name, or its id when the graph does not know it. */
export function actorName(actorsById: ReadonlyMap<string, Actor>, id: string): string {
  return actorsById.get(id)?.name ?? id;
}

/** "2018", "2018, 2024" or "2016–2018" for consecutive runs. */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/** "1 quote" / "5 quotes". */
export function quoteCount(n: number): string {
  return `${n} ${n === 1 ? "quote" : "quotes"}`;
}
