/**
 * The exponent k of time ∝ documents^k between two corpus sizes (1 is linear): how the benches read a stage's growth.
 * Not finite when a time is 0 (the benches print "–" then).
 *
 * @param t1 - Time (or any cost) at `n1` documents.
 * @param t2 - Time at `n2` documents.
 * @param n1 - The smaller size.
 * @param n2 - The larger size.
 * @returns The exponent.
 */
export function growthExponent(t1: number, t2: number, n1: number, n2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}
