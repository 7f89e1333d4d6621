/**
 * Spans `[start, end)` of one document indexed once for "which spans start at or before `a` and end at or after `b`"
 * (containment of `[a, b)`, and overlap as `start ≤ b − 1`, `end ≥ a + 1`): a binary search over the spans sorted by
 * start, then a segment tree of the largest end, which visits only the spans that answer. A query costs
 * O((1 + answers) · log n) where a scan of every span of the document cost O(n).
 *
 * Spans can start inactive and be switched on later (a set that grows while it is queried).
 */
export interface SpanIndex {
  /**
   * The spans with `start ≤ maxStart` and `end ≥ minEnd` that are active, as their places in the input, ascending
   * (input order).
   */
  query(maxStart: number, minEnd: number): number[];
  /** Whether any active span has `start ≤ maxStart` and `end ≥ minEnd`. */
  any(maxStart: number, minEnd: number): boolean;
  /** Switch on the span at `place` in the input. */
  activate(place: number): void;
}

/**
 * Index spans.
 *
 * @param starts - Start of each span.
 * @param ends - End of each span.
 * @param active - Whether each span starts active (default: all are).
 * @returns The index.
 */
export function createSpanIndex(starts: readonly number[], ends: readonly number[], active?: readonly boolean[]): SpanIndex {
  const n = starts.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
  const sortedStarts = order.map((i) => starts[i]!);
  const rank = new Array<number>(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  let size = 1;
  while (size < n) size *= 2;
  // tree[size + r] is the end of the span of rank r when active; inner nodes hold their children's largest end
  const tree = new Array<number>(2 * size).fill(-Infinity);
  for (let r = 0; r < n; r++) if (!active || active[order[r]!]) tree[size + r] = ends[order[r]!]!;
  for (let k = size - 1; k >= 1; k--) tree[k] = Math.max(tree[2 * k]!, tree[2 * k + 1]!);
  // number of spans with start ≤ maxStart
  const prefix = (maxStart: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedStarts[mid]! <= maxStart) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // visit the ranks below `limit` whose end is at least minEnd; stop when `visit` returns true
  const walk = (limit: number, minEnd: number, visit: (rank: number) => boolean): void => {
    if (limit === 0) return;
    const stack = [1];
    const lows = [0];
    const widths = [size];
    while (stack.length > 0) {
      const k = stack.pop()!;
      const low = lows.pop()!;
      const width = widths.pop()!;
      if (low >= limit || tree[k]! < minEnd) continue;
      if (width === 1) {
        if (visit(low)) return;
        continue;
      }
      const half = width / 2;
      // right child first on the stack, so ranks come out ascending
      stack.push(2 * k + 1, 2 * k);
      lows.push(low + half, low);
      widths.push(half, half);
    }
  };
  return {
    query(maxStart, minEnd) {
      const places: number[] = [];
      walk(prefix(maxStart), minEnd, (r) => {
        places.push(order[r]!);
        return false;
      });
      return places.sort((a, b) => a - b);
    },
    any(maxStart, minEnd) {
      let found = false;
      walk(prefix(maxStart), minEnd, () => (found = true));
      return found;
    },
    activate(place) {
      let k = size + rank[place]!;
      tree[k] = ends[place]!;
      for (k >>= 1; k >= 1; k >>= 1) tree[k] = Math.max(tree[2 * k]!, tree[2 * k + 1]!);
    },
  };
}
