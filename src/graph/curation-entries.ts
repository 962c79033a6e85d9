/**
 * The entries of `data/curation.yaml`, one schema for the compiler (which applies them), the app
 * (which exports them) and the dev server's endpoint (which saves them): an editor confirms, rejects
 * or retypes a piece of extracted evidence by its id, or adds one by quoting the article verbatim.
 */
// With its extension: vite.config.ts loads this file natively (through the dev curation endpoint).
import { z } from "./zod-without-eval.ts";

const EvidenceIdSchema = z.string().regex(/^ev-[0-9a-f]+$/, "must be an evidence id such as ev-1a2b3c4d5e6f (shown in the app)");

export const ByIdEntrySchema = z.object({
  action: z.enum(["confirm", "reject", "retype"]),
  evidence: EvidenceIdSchema,
  type: z.string().optional(),
  note: z.string().optional(),
});

export const AddEntrySchema = z.object({
  action: z.literal("add"),
  article: z.string().min(1),
  quote: z.string().min(1),
  /** Where the quote starts in the article (its first occurrence when absent). */
  start: z.number().int().nonnegative().optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.string().min(1),
  /** "directed": source acts on target; "mutual" (the default for mutual types). */
  direction: z.enum(["directed", "mutual"]).optional(),
  note: z.string().optional(),
});

export const CurationEntrySchema = z.discriminatedUnion("action", [ByIdEntrySchema, AddEntrySchema]);
export type CurationEntry = z.infer<typeof CurationEntrySchema>;

export const CurationFileSchema = z.object({
  entries: z.array(CurationEntrySchema).default([]),
});

/** One entry as a line of curation.yaml's `entries` (a YAML flow mapping; JSON strings are YAML strings). */
export function entryLine(entry: CurationEntry): string {
  const fields = Object.entries(entry).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${typeof v === "string" && /^[a-z0-9-]+$/.test(v) ? v : JSON.stringify(v)}`);
  return `  - { ${fields.join(", ")} }`;
}

/** A whole curation.yaml holding `entries`, with a header saying where it came from. */
export function curationFile(entries: readonly CurationEntry[], header: string): string {
  const comment = header.split("\n").map((l) => `# ${l}`.trimEnd()).join("\n");
  return entries.length ? `${comment}\nentries:\n${entries.map(entryLine).join("\n")}\n` : `${comment}\nentries: []\n`;
}
