/**
 * Index of the first span whose `end` is after `offset`, by binary search
 * over spans sorted by position and not overlapping (sentences, paragraphs,
 * excluded ranges, quotes); `spans.length` when none is. The span at that
 * index is the one holding `offset`, if any span does.
 *
 * @param spans - Sorted, non-overlapping spans.
 * @param offset - A text offset.
 * @returns An index into `spans`.
 * @example
 * ```ts
 * import { firstSpanEndingAfter } from "@newsparse/corpus-loader";
 *
 * const sentences = [{ start: 0, end: 12 }, { start: 13, end: 30 }];
 * firstSpanEndingAfter(sentences, 15); // 1
 * firstSpanEndingAfter(sentences, 40); // 2
 * ```
 */
export function firstSpanEndingAfter(spans: ReadonlyArray<{ readonly end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
