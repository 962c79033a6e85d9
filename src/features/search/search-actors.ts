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

/** Two actors found together ("iran syria", "Iran–Syria", "Tehran and Damascus"): a pair to open. */
export interface PairMatch {
  pairId: string;
  first: Actor;
  second: Actor;
  /** How many relation types the articles state between them. */
  ties: number;
}

const PAIR_JOINERS = /\s*(?:[–—/&,+]|\s-\s|\band\b|\bwith\b|\bvs\.?|\bversus\b)\s*/i;

/**
 * Pairs of tied actors the query names both of, best first: the query split at a joiner ("and", "–",
 * "/", ",") or, without one, between any two words; each side must find an actor. `tieCount` says
 * how many ties a pair has (0: never tied, not offered).
 */
export function searchPairs(actors: readonly Actor[], query: string, tieCount: (a: string, b: string) => number, limit = 3): PairMatch[] {
  const trimmed = query.trim();
  const splits: [string, string][] = [];
  const joined = trimmed.split(PAIR_JOINERS).filter(Boolean);
  if (joined.length === 2) splits.push([joined[0]!, joined[1]!]);
  const words = fold(trimmed).split(" ");
  for (let i = 1; i < words.length; i++) splits.push([words.slice(0, i).join(" "), words.slice(i).join(" ")]);
  const found = new Map<string, PairMatch>();
  for (const [left, right] of splits) {
    const first = searchActors(actors, left, 1)[0]?.actor;
    const second = searchActors(actors, right, 1)[0]?.actor;
    if (!first || !second || first.id === second.id) continue;
    const ties = tieCount(first.id, second.id);
    const pairId = first.id < second.id ? `${first.id}--${second.id}` : `${second.id}--${first.id}`;
    if (ties > 0 && !found.has(pairId)) found.set(pairId, { pairId, first, second, ties });
  }
  return [...found.values()].slice(0, limit);
}
