/**
 * Jaccard similarity of two word sets (0 when either is empty).
 *
 * @param a - A set.
 * @param b - Another set.
 * @returns |a ∩ b| / |a ∪ b|.
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  // walk the smaller set: the same count, at the cost of the smaller
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
