import type { TimelineDate } from "../schema.js";
import { monthNames } from "../lexicon/months.js";

const MONTHS = monthNames;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PARTS: Record<string, string> = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };
const ORDINAL = ["first", "second", "third", "fourth"];

/** Options of {@link formatTimelineDate}. */
export interface FormatTimelineDateOptions {
  /** The value rests on an inferred publication date: prefix "about" and say so. */
  inferred?: boolean;
}

function weekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}

function dayText(year: number, month: number, day: number): string {
  return `${day} ${MONTHS[month - 1] ?? "?"} ${year}`;
}

/**
 * A timeline date as a person reads it: "19 May 2024", "Sunday afternoon,
 * 19 May 2024", "19 May 2024, 14:30", "week of 6 May 2024", "May 2024",
 * "spring 2024", "third quarter of 2024", "2024", "the 1990s". With
 * `inferred`, "about 19 May 2024 (publication date inferred)". Values it does
 * not know are returned unchanged.
 *
 * @param date - The date (`value`, `start`, `granularity`), as in {@link TimelineEntry}.
 * @param options - Whether the value rests on an inferred publication date.
 * @returns Readable English text.
 * @example
 * ```ts
 * import { formatTimelineDate, timexInterval } from "@newsparse/timeline";
 *
 * console.log(formatTimelineDate(timexInterval("2024-05-19TAF")!)); // "Sunday afternoon, 19 May 2024"
 * console.log(formatTimelineDate(timexInterval("2024-W19")!)); // "week of 6 May 2024"
 * ```
 */
export function formatTimelineDate(date: Pick<TimelineDate, "value" | "start" | "granularity">, options: FormatTimelineDateOptions = {}): string {
  const text = readable(date);
  return options.inferred ? `about ${text} (publication date inferred)` : text;
}

function readable(date: Pick<TimelineDate, "value" | "start" | "granularity">): string {
  const v = date.value;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(v))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return `${weekday(y, mo, d)} ${PARTS[m[4] as string] ?? ""}, ${dayText(y, mo, d)}`;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?$/.exec(v))) {
    return `${dayText(Number(m[1]), Number(m[2]), Number(m[3]))}, ${m[4]}:${m[5] ?? "00"}`;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return dayText(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{4})-W\d{2}(-WE)?$/.exec(v))) {
    const s = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.start);
    if (!s) return v;
    return `${m[2] ? "weekend of" : "week of"} ${dayText(Number(s[1]), Number(s[2]), Number(s[3]))}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[Number(m[2]) - 1] ?? "?"} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASONS[m[2] as string]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `${ORDINAL[Number(m[2]) - 1]} quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  if (/^\d{4}$/.test(v)) return v;
  if (/^\d{3}$/.test(v)) return `the ${v}0s`;
  if ((m = /^(\d{2})$/.exec(v))) return `the ${Number(m[1]) + 1}${Number(m[1]) + 1 === 21 ? "st" : "th"} century`;
  return v;
}
