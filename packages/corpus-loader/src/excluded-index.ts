import { firstSpanEndingAfter } from "./text/span-search.js";
import type { Span } from "./schema/index.js";

/**
 * A sorted, merged view of a document's excluded ranges with O(log n)
 * lookups, so that checking every token, mention or timex against the
 * excluded ranges costs O(m log n) instead of O(m × n).
 */
export interface ExcludedIndex {
  /** The excluded ranges, sorted, with overlapping and touching ranges merged, empty ones dropped. */
  readonly ranges: readonly Span[];
  /**
   * Whether `[start, end)` overlaps an excluded range (`start < r.end && end > r.start`;
   * an empty span overlaps a merged range that strictly contains its position).
   */
  overlaps(start: number, end: number): boolean;
  /** Whether the offset lies inside an excluded range (`r.start <= offset < r.end`). */
  contains(offset: number): boolean;
  /** Whether `[start, end)` lies wholly inside the excluded ranges (`r.start <= start && end <= r.end`). */
  covers(start: number, end: number): boolean;
  /** The kept pieces of `[start, end)`: what is left after removing the excluded ranges, in text order. */
  kept(start: number, end: number): Span[];
}


/**
 * Build an {@link ExcludedIndex} over excluded ranges (any order, may
 * overlap). Ranges with non-finite or reversed bounds are ignored.
 *
 * @param ranges - Ranges with `start` and `end` (e.g. `document.excluded`).
 * @returns The index.
 * @example
 * ```ts
 * const index = createExcludedIndex([{ start: 10, end: 20 }, { start: 15, end: 30 }]);
 * index.overlaps(25, 40); // true
 * index.kept(0, 40); // [{ start: 0, end: 10 }, { start: 30, end: 40 }]
 * ```
 */
export function createExcludedIndex(ranges: readonly { start: number; end: number }[]): ExcludedIndex {
  const sorted: Span[] = [];
  for (const r of ranges) {
    if (Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start) sorted.push({ start: r.start, end: r.end });
  }
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return {
    ranges: merged,
    overlaps(start, end) {
      const r = merged[firstSpanEndingAfter(merged, start)];
      return r !== undefined && r.start < end;
    },
    contains(offset) {
      const r = merged[firstSpanEndingAfter(merged, offset)];
      return r !== undefined && r.start <= offset;
    },
    covers(start, end) {
      // The first range ending after `start` is the only one that can hold `start`.
      const r = merged[firstSpanEndingAfter(merged, start)];
      return r !== undefined && r.start <= start && end <= r.end;
    },
    kept(start, end) {
      const out: Span[] = [];
      let cur = start;
      for (let i = firstSpanEndingAfter(merged, start); i < merged.length && cur < end; i++) {
        const r = merged[i]!;
        if (r.start >= end) break;
        if (r.start > cur) out.push({ start: cur, end: r.start });
        cur = Math.max(cur, r.end);
      }
      if (cur < end) out.push({ start: cur, end });
      return out;
    },
  };
}

const cache = new WeakMap<readonly { start: number; end: number }[], { length: number; index: ExcludedIndex }>();

/**
 * The {@link ExcludedIndex} of a document's `excluded` array, built once and
 * cached by array identity (rebuilt if the array's length changes; build a
 * fresh one with {@link createExcludedIndex} after editing ranges in place).
 *
 * @param document - Anything with an `excluded` array, e.g. a `Document`.
 * @returns The index.
 */
export function excludedIndexOf(document: { readonly excluded: readonly { start: number; end: number }[] }): ExcludedIndex {
  const ranges = document.excluded;
  const hit = cache.get(ranges);
  if (hit && hit.length === ranges.length) return hit.index;
  const index = createExcludedIndex(ranges);
  cache.set(ranges, { length: ranges.length, index });
  return index;
}
