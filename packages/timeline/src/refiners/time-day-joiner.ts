import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

/** Joins a clock time with an adjacent day ("10 p.m. Wednesday", "noon Thursday", "Monday at 5 p.m."). */
export const timeDayJoiner: Refiner<TaggerContext, TimexCandidate> = {
  name: "time-day-joiner",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: TimexCandidate[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      if (b && a.end <= b.start) {
        const gap = ctx.text.slice(a.end, b.start);
        const aTime = a.type === "TIME" && /T\d/.test(a.value);
        const bTime = b.type === "TIME" && /T\d/.test(b.value);
        const aDay = a.type === "DATE" && /^\d{4}-\d\d-\d\d$/.test(a.value);
        const bDay = b.type === "DATE" && /^\d{4}-\d\d-\d\d$/.test(b.value);
        if (/^(?:,? | at |, at )$/.test(gap) && ((aTime && bDay) || (aDay && bTime))) {
          const time = aTime ? a : b;
          const day = aTime ? b : a;
          const t = time.value.slice(time.value.indexOf("T"));
          out.push({ start: a.start, end: b.end, type: "TIME", value: day.value + t, mod: time.mod, rule: "time-day-joiner", priority: 5 });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
