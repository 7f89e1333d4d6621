import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import { endsSentence, isPrice } from "../parsers/rule-kit.js";

/** Drops candidates that are prices, fractions or scores rather than times. */
export const nonTimeFilter: Refiner<TaggerContext, TimexCandidate> = {
  name: "non-time-filter",
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      const text = ctx.text.slice(c.start, c.end);
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
      if (isPrice(ctx.text, c.start)) return false;
      // title-case names inside a sentence: "USA Today", ABC's "This Week"
      if (text === "Today" || text === "This Week" || text === "Tonight") {
        const prev = ctx.text.slice(Math.max(0, c.start - 30), c.start);
        const next = ctx.text.slice(c.end, c.end + 2);
        const quoted = /[“"]$/.test(prev) && (/^,?[”"]/.test(next) || (text === "This Week" && /^ [A-Z]/.test(next)));
        const midSentence = !endsSentence(ctx.text, c.start);
        if (quoted || (midSentence && (/[A-Z][A-Za-z.]{0,12} $/.test(prev) || text === "This Week"))) return false;
      }
      return true;
    });
  },
};
