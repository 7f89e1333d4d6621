/**
 * The calendar day a reference date names, as `YYYY-MM-DD`, `null` for no
 * reference date, or `undefined` when it is not in ISO form (such dates are
 * then not cached: the timeline stage tags them itself).
 *
 * @param reference - A `publishedAt` or a tagger's `referenceDate`.
 * @returns The day key.
 */
export function dayKey(reference: Date | string | null | undefined): string | null | undefined {
  if (reference === null || reference === undefined) return null;
  if (typeof reference !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
