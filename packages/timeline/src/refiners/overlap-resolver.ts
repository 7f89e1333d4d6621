import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

/** Resolves overlaps: the longest span wins, then the higher priority, then the earlier start. */
export const overlapResolver: Refiner<TaggerContext, TimexCandidate> = {
  name: "overlap-resolver",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
    );
    // candidates are short (bounded patterns), so marking covered characters keeps this linear
    const taken = new Uint8Array(ctx.text.length + 1);
    const kept: TimexCandidate[] = [];
    for (const c of sorted) {
      if (c.start < 0 || c.end > ctx.text.length || c.end <= c.start) continue;
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
