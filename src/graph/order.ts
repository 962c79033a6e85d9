/**
 * Orders ids, slugs and ISO dates by their characters' codes: the same on every machine and in
 * every locale, and many times cheaper than `localeCompare` when tens of thousands of evidence are
 * sorted. (For lower-case ids, digits and hyphens both orders agree.) Names for people keep
 * `localeCompare`.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
