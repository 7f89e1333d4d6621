import type { TemporalRefiner, TimexCandidate } from "./temporal-tagger.js";

/** Drops candidates that are prices, fractions or scores rather than times. */
export const nonTimeFilter: TemporalRefiner = {
  name: "non-time-filter",
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      const text = ctx.text.slice(c.start, c.end);
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
      const before = ctx.text.slice(Math.max(0, c.start - 1), c.start);
      if (before === "$" || before === "£" || before === "€") return false;
      return true;
    });
  },
};

/** Trims leading spaces and trailing punctuation from spans (TimeML extents). Keeps an abbreviation's dot. */
export const extentTrimmer: TemporalRefiner = {
  name: "extent-trimmer",
  refine(ctx, candidates) {
    for (const c of candidates) {
      while (c.end > c.start && /[\s,;:!?)"”’-]/.test(ctx.text[c.end - 1] ?? "")) c.end--;
      if (c.end > c.start && ctx.text[c.end - 1] === ".") {
        const word = ctx.text.slice(Math.max(c.start, c.end - 6), c.end - 1);
        if (!/(?:^|[^A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m)$/.test(word)) c.end--;
      }
      while (c.start < c.end && /\s/.test(ctx.text[c.start] ?? "")) c.start++;
    }
    return candidates.filter((c) => c.end > c.start);
  },
};

/** Resolves overlaps: the longest span wins, then the higher priority, then the earlier start. */
export const overlapResolver: TemporalRefiner = {
  name: "overlap-resolver",
  refine(_ctx, candidates) {
    const sorted = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
    );
    const kept: TimexCandidate[] = [];
    // interval check against kept spans; kept is small per region so keep a sorted array and binary search
    const starts: number[] = [];
    const byStart: TimexCandidate[] = [];
    for (const c of sorted) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] ?? 0) < c.start) lo = mid + 1;
        else hi = mid;
      }
      const prev = byStart[lo - 1];
      const next = byStart[lo];
      if (prev && prev.end > c.start) continue;
      if (next && next.start < c.end) continue;
      starts.splice(lo, 0, c.start);
      byStart.splice(lo, 0, c);
      kept.push(c);
    }
    return byStart;
  },
};

/** The default refiners, in order. */
export function createNewsRefiners(): TemporalRefiner[] {
  return [nonTimeFilter, extentTrimmer, overlapResolver];
}
