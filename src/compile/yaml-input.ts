/**
 * Parsing YAML input files (front matter, actors, cues, curation) into zod-checked values, with every
 * problem located at the line of the offending field.
 */
import { LineCounter, parseDocument, isMap, isSeq, visit, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { schemaIssueMessage, yamlErrorMessage } from "./issue-message";
import type { Problem } from "./problems";

/**
 * Parses `source` as YAML and checks it with `schema`. `lineOffset` is added to every line, for YAML
 * that starts part-way into a file (front matter starts on line 2).
 */
export function parseYaml<S extends z.ZodType>(
  source: string,
  schema: S,
  file: string,
  lineOffset = 0,
): { value: z.infer<S> | null; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    // linePos is only filled with prettyErrors; the offset is always there.
    const line = lineCounter.linePos(err.pos[0]).line + lineOffset;
    problems.push({ file, line, message: yamlErrorMessage(err, source) });
  }
  if (problems.length) return { value: null, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // The parser accepts an alias to an anchor never set ('title: *Breaking* news') or an alias bomb; toJS throws on them.
    let offset = 0;
    visit(doc, { Alias: (_, node) => ((offset = node.range?.[0] ?? 0), visit.BREAK) });
    const line = lineCounter.linePos(offset).line + lineOffset;
    return { value: null, problems: [{ file, line, message: `not valid YAML: ${firstLine((err as Error).message)}; put the value in quotes if it starts with '*' or '&'` }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems };
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const node = nodeAt(doc.contents, path);
    const offset = node?.range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line + lineOffset;
    const where = path.length ? `'${path.join(".")}' ` : "";
    problems.push({ file, line, message: `${where}${schemaIssueMessage(issue)}` });
  }
  return { value: null, problems };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** The deepest YAML node along `path` (so an error points at the field, or its parent if missing). */
function nodeAt(root: unknown, path: readonly (string | number)[]): YamlNode | null {
  let node = root as YamlNode | null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
