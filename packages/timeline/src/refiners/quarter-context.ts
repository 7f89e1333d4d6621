import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

/**
 * Financial-report convention: once a document talks about a quarter, "a year
 * ago" and "a year earlier" mean the same quarter a year before, and "the
 * latest period" means that quarter (dropped when no quarter was talked
 * about). A year-ago quarter or a forecast quarter after the report's own
 * quarter does not become the base.
 */
export const quarterContext: Refiner<TaggerContext, TimexCandidate> = {
  name: "quarter-context",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    let last: string | null = null;
    for (const c of sorted) {
      if (c.rule === "latest-period") {
        // "the latest period": the quarter last reported on; without one it is not a quarter
        if (last) c.value = last;
        else c.value = "";
        continue;
      }
      if (c.type === "DATE" && /^\d{4}-Q\d$/.test(c.value)) {
        // "the year-ago quarter" is itself a year back: the next "year-ago" still counts from the current quarter
        // and a forecast quarter ("the third quarter of 1990") is not the one results are compared with
        const year = Number(c.value.slice(0, 4));
        const q = Number(c.value.slice(6));
        const ahead = ctx.reference !== null && year * 4 + q > ctx.reference.year * 4 + Math.ceil(ctx.reference.month / 3);
        if (!ahead && !/\byear[- ](?:ago|earlier)\b/i.test(ctx.text.slice(c.start, c.end))) last = c.value;
        continue;
      }
      if (!last) continue;
      const text = ctx.text.slice(c.start, c.end).toLowerCase();
      if (/^(?:a|one) year (?:ago|earlier)$/.test(text) || /^(?:the )?(?:year-earlier|year-ago)(?: (?:period|quarter))?$/.test(text)) {
        // the quarter most recently talked about, a year before
        c.value = `${Number(last.slice(0, 4)) - 1}-${last.slice(5)}`;
      }
    }
    return sorted.filter((c) => c.value !== "");
  },
};
