/**
 * Locale-independent string order (`localeCompare` follows the machine's locale).
 *
 * @param a - A string.
 * @param b - Another string.
 * @returns Negative, zero or positive, by UTF-16 code units.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
