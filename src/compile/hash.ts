/** A short, stable hexadecimal digest of a string (cyrb53), for ids derived from content. */
export function stableHash(input: string): string {
  return hashAfter(0xdeadbeef, 0x41c6ce57, input);
}

/**
 * stableHash of `prefix + rest` for many a `rest`, the prefix hashed once: a sentence's evidence ids
 * all start with its article and offsets.
 */
export function prefixedHash(prefix: string): (rest: string) => string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return (rest) => hashAfter(h1, h2, rest);
}

/** cyrb53 from the state (h1, h2) over `input`, then its digest. */
function hashAfter(h1: number, h2: number, input: string): string {
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // The first 12 of the 16 hex digits of h2:h1, by byte from a table (ids are made by the hundred thousand).
  return HEX[h2 >>> 24]! + HEX[(h2 >>> 16) & 255]! + HEX[(h2 >>> 8) & 255]! + HEX[h2 & 255]! + HEX[h1 >>> 24]! + HEX[(h1 >>> 16) & 255]!;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
