/**
 * The gazetteer of actors (data/actors.yaml): who can be named, by which aliases, and which phrases
 * contain an alias without naming its actor (news agencies, wars as periods).
 */
import { z } from "../graph/zod-without-eval";
import { ActorKindSchema } from "../graph/schema";
import { createMentionMatcher, type MentionMatcher } from "./mentions";
import type { Problem } from "./problems";
import { parseYaml } from "./yaml-input";

export const GazetteerActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, such as united-states"),
  name: z.string().min(1),
  kind: ActorKindSchema,
  core: z.boolean().default(false),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1f77b4"),
  aliases: z.array(z.string().min(1)).min(1, "must list at least one alias (the name as the articles write it)"),
  /**
   * Definite descriptions that refer back to the actor once a paragraph has named it ("the kingdom",
   * "the group"), as written after 'the'. Several actors may share one; the one named last is meant.
   */
  descriptions: z.array(z.string().regex(/^the [A-Za-z][A-Za-z ]*[a-z]$/, "must be words starting with 'the', such as 'the kingdom'")).default([]),
});
export type GazetteerActor = z.infer<typeof GazetteerActorSchema>;

export const GazetteerFileSchema = z.object({
  actors: z.array(GazetteerActorSchema).min(1, "must list at least one actor"),
  ignore: z.array(z.string().min(1)).default([]),
});

export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

export interface Gazetteer {
  actors: GazetteerActor[];
  matcher: MentionMatcher;
  /** The actors each definite description can refer back to ("the kingdom" → Saudi Arabia, Jordan …). */
  descriptions: Map<string, Set<string>>;
  /** The checked file it was built from: what a compile worker builds its own copy from. */
  definition: GazetteerFile;
}

/** Checks the gazetteer: ids and aliases must be unique, so every mention resolves to one actor. */
export function loadGazetteer(file: string, source: string): { gazetteer: Gazetteer | null; problems: Problem[] } {
  const { value, problems } = parseYaml(source, GazetteerFileSchema, file);
  if (!value) return { gazetteer: null, problems };
  const lines = source.split("\n");
  const lineOf = (needle: string, from = 0) => {
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    return i < 0 ? 1 : i + 1;
  };
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const actor of value.actors) {
    if (ids.has(actor.id)) problems.push({ file, line: lineOf(`id: ${actor.id}`, lineOf(`id: ${actor.id}`)), message: `actor id '${actor.id}' is used twice; give each actor its own id` });
    ids.add(actor.id);
    for (const alias of actor.aliases) {
      const other = owner.get(alias);
      if (other && other !== actor.id) {
        problems.push({ file, line: lineOf(`- ${alias}`), message: `alias '${alias}' belongs to both '${other}' and '${actor.id}'; keep it in one actor only` });
      }
      owner.set(alias, actor.id);
    }
  }
  if (problems.length) return { gazetteer: null, problems };
  return { gazetteer: gazetteerOf(value), problems };
}

/** The gazetteer of a file that loadGazetteer has checked. */
export function gazetteerOf(definition: GazetteerFile): Gazetteer {
  const matcher = createMentionMatcher([
    ...definition.actors.flatMap((a) => a.aliases.map((alias) => ({ alias, actorId: a.id }))),
    ...definition.ignore.map((alias) => ({ alias, actorId: null })),
  ]);
  const descriptions = new Map<string, Set<string>>();
  for (const a of definition.actors) for (const d of a.descriptions) descriptions.set(d, (descriptions.get(d) ?? new Set()).add(a.id));
  return { actors: definition.actors, matcher, descriptions, definition };
}
