/** Links to the outside world, guarded: article URLs are data, so only http(s) ones become links. */

/** The URL when it is a well-formed http: or https: address; null otherwise (javascript:, data:, junk). */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
