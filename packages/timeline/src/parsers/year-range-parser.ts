import type { Parser } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

/**
 * Year ranges written with a hyphen or dash: "2009-2010", "1957-58",
 * "2009–10 season". Each year is its own DATE (TimeML annotates the two ends
 * of a range separately): "1957-58" gives `1957` and `1958` ("58" read in the
 * century of the first year). The second year must come after the first and
 * within a century; an ISO date ("2009-10-05") or a score ("2009-10 win" is
 * still a range) is left to the other parsers.
 */
export const yearRangeParser: Parser<TaggerContext, TimexCandidate> = {
  name: "year-range",
  parse(ctx) {
    const out: TimexCandidate[] = [];
    const re = /(?<![\w$£€.,/:-])((?:1[6-9]|20)\d\d)[-–]((?:1[6-9]|20)\d\d|\d\d)(?![\w%/]|[.,]\d|[-–]\d|:\d)/g;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const first = m[1] as string;
      const second = m[2] as string;
      const a = Number(first);
      const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
      if (b <= a || b - a > 100) continue;
      const secondStart = m.index + first.length + 1;
      out.push({ start: m.index, end: m.index + first.length, type: "DATE", value: first, rule: "year-range", priority: 2 });
      out.push({ start: secondStart, end: secondStart + second.length, type: "DATE", value: String(b), rule: "year-range", priority: 2 });
    }
    return out;
  },
};
