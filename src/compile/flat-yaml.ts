/**
 * A fast path for the front matter nearly every article has: one `key: scalar` per line. Parsing it
 * with the full YAML library costs more than reading the article, so simple front matter is read
 * here and anything this does not understand for certain returns null and goes to the library,
 * which also gives the located messages for bad input.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*))?$/;
const INTEGER = /^[0-9]{1,15}$/;
const ISO_DATE = /^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/;
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
/** Plain scalars whose YAML meaning is not a string: booleans and every form of number. */
const NOT_PLAIN_STRING =
  /^(?:true|false|[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-f]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:e[-+]?[0-9]+)?|\.inf)|\.nan)$/i;
/** Characters that may not start a plain scalar, or that make one mean something else. */
const UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * The mapping `source` means in YAML (1.2 core schema), or null when it is anything but flat lines of
 * `key: scalar` that this reads exactly as the YAML library would.
 */
export function parseFlatYaml(source: string): Record<string, unknown> | null {
  const result: Record<string, unknown> = {};
  for (const raw of source.split("\n")) {
    if (raw === "" || raw.startsWith("#")) continue;
    if (raw.includes("\t") || raw.endsWith(" ")) return null;
    const m = KEY_LINE.exec(raw);
    if (!m) return null;
    const key = m[1]!;
    if (Object.hasOwn(result, key) || key === "__proto__") return null;
    const value = scalar(m[2] ?? "");
    if (value === undefined) return null;
    result[key] = value;
  }
  return result;
}

function scalar(text: string): unknown {
  if (NULLS.has(text)) return null;
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : undefined;
  }
  if (INTEGER.test(text)) return text.length > 1 && text.startsWith("0") ? undefined : Number(text);
  if (ISO_DATE.test(text)) return text;
  if (UNSAFE_START.test(text) || NOT_PLAIN_STRING.test(text)) return undefined;
  if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) return undefined;
  return text;
}

/** A double-quoted scalar with at most the escapes \" and \\; anything else is left to the library. */
function doubleQuoted(text: string): string | undefined {
  if (text.length < 2 || !text.endsWith('"')) return undefined;
  let out = "";
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '"') return undefined;
    if (c === "\\") {
      const next = text[i + 1];
      if ((next !== '"' && next !== "\\") || i + 1 >= text.length - 1) return undefined;
      out += next;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}
