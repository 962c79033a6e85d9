/**
 * Finding actors by name or alias: case- and accent-insensitive, names before aliases, prefix
 * matches before matches inside a word. Pure.
 */
import type { Actor } from "../../graph/schema";

/** One search hit: the actor and, when it matched through an alias, which one. */
export interface ActorMatch {
  actor: Actor;
  /** The alias that matched, or null when the name did. */
  alias: string | null;
}

/** Lower-case, without accents, with runs of spaces and punctuation folded to one space. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Actors whose name or an alias contains `query` (word-start matches only), best first, at most `limit`. */
export function searchActors(actors: readonly Actor[], query: string, limit = 8): ActorMatch[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { match: ActorMatch; score: number }[] = [];
  for (const actor of actors) {
    const candidates: [string, string | null][] = [[actor.name, null], ...actor.aliases.filter((a) => a !== actor.name).map((a): [string, string | null] => [a, a])];
    let best: { match: ActorMatch; score: number } | null = null;
    for (const [text, alias] of candidates) {
      const f = fold(text);
      const score = f === q ? 0 : f.startsWith(q) ? 1 : f.includes(` ${q}`) ? 2 : -1;
      if (score < 0) continue;
      const total = score * 2 + (alias ? 1 : 0);
      if (!best || total < best.score) best = { match: { actor, alias }, score: total };
    }
    if (best) scored.push(best);
  }
  return scored
    .sort((a, b) => a.score - b.score || Number(b.match.actor.core) - Number(a.match.actor.core) || a.match.actor.name.localeCompare(b.match.actor.name))
    .slice(0, limit)
    .map((s) => s.match);
}
