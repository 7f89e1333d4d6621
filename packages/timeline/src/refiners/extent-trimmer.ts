import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

/** Trims leading spaces and trailing punctuation from spans (TimeML extents). Keeps an abbreviation's dot. */
export const extentTrimmer: Refiner<TaggerContext, TimexCandidate> = {
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
