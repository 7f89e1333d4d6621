/**
 * 32-bit FNV-1a hash of a string (UTF-16 code units).
 *
 * @param s - Any string.
 * @returns An unsigned 32-bit hash.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * FNV-1a hash of `s.slice(from, to)` without allocating the slice.
 *
 * @param s - Any string.
 * @param from - First code unit.
 * @param to - End code unit (exclusive).
 * @returns The same value as `hashString(s.slice(from, to))`.
 */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combine a feature template id with one or two value hashes (murmur3 finaliser).
 *
 * @param template - Small integer naming the feature template.
 * @param a - First value hash.
 * @param b - Second value hash (0 when unused).
 * @returns A 32-bit feature key (signed int32).
 */
export function mixKey(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b1, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // Signed: keeps keys small integers in V8 (unsigned values above 2^31 become heap doubles).
  return h | 0;
}
