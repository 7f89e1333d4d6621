/**
 * Jaccard similarity of two word sets (0 when either is empty).
 *
 * @param a - A set.
 * @param b - Another set.
 * @returns |a ∩ b| / |a ∪ b|.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
