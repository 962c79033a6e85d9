/**
 * zod's and the YAML parser's default wording ("Invalid input: expected string, received number",
 * "Map keys must be unique") said in the editor's terms, with what to write instead. Messages a
 * schema spells out itself pass through unchanged.
 */
import type { z } from "zod";

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields",
  null: "null",
};
const RECEIVED: Record<string, string> = { ...KINDS, boolean: "true/false", string: "text", date: "a date" };

/** The message for one schema issue, without the field name (the caller puts it in front). */
export function schemaIssueMessage(issue: z.core.$ZodIssue): string {
  const { message } = issue;
  const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (type) {
    const [, expected = "", received = ""] = type;
    const want = KINDS[expected] ?? expected;
    if (received === "undefined") return `is required: write it as ${want}`;
    return `must be ${want}, not ${RECEIVED[received] ?? received}${expected === "string" ? "; put the value in quotes" : ""}`;
  }
  const options = /^Invalid discriminator value\. Expected (.*)$/.exec(message);
  if (options) return `must be one of: ${(options[1] ?? "").replace(/'/g, "").split(" | ").join(", ")}`;
  if (issue.code === "invalid_value" && message.startsWith("Invalid option")) {
    return `must be one of: ${issue.values.map(String).join(", ")}`;
  }
  if (issue.code === "too_small" && message.startsWith("Too small")) {
    if (issue.origin === "string" && Number(issue.minimum) <= 1) return "must not be empty; leave the field out instead";
    if (issue.origin === "array") return `must list at least ${String(issue.minimum)} item(s)`;
  }
  return message;
}

/**
 * zod's `error` option for a text field that must be there: `message` when it is missing; when it has
 * another type, the default wording, which `schemaIssueMessage` turns into "must be text, not a list".
 */
export function requiredText(message: string): { error: (issue: { input?: unknown }) => string | undefined } {
  return { error: (issue) => (issue.input === undefined ? message : undefined) };
}

/** The message for a YAML syntax error, naming the repeated key of a duplicate. */
export function yamlErrorMessage(error: { code: string; message: string; pos: [number, number] }, source: string): string {
  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim() ?? "";
    return `'${key}' is given twice; keep one of them`;
  }
  const what = error.message.split("\n")[0] ?? error.message;
  return `not valid YAML: ${what}; check this line (put a value in double quotes if it holds ': ' or ' #', or starts with *, &, !, [ or {)`;
}
