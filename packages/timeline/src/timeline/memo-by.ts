/**
 * A function computed once per key: later calls with the same key return the first result.
 * For values derived from objects that no longer change while a phase runs (a cluster's
 * sentences, a mention's sentence words).
 *
 * @param compute - Computes the value of a key.
 * @returns The memoised function.
 */
export function memoBy<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
