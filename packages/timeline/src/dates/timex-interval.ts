import type { TimelineDate } from "../schema.js";
import { addDays, daysInMonth, formatDay, isoWeekStart, pad } from "./calendar.js";

const SEASON_START: Record<string, [number, number]> = { SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3] };
const POD_HOURS: Record<string, [number, number]> = { MO: [6, 12], MI: [12, 13], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [8, 18] };

function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function monthEnd(year: number, month: number, months: number): string {
  const total = year * 12 + month - 1 + months;
  return ymd(Math.floor(total / 12), (total % 12) + 1, 1);
}

/**
 * The interval a fully specified TIMEX3 date or time value covers, as ISO
 * start (inclusive) and end (exclusive) plus its granularity. A month covers
 * the month, a week its Monday-to-Monday, a season its three months.
 *
 * @param value - TIMEX3 value such as `2024-03`, `2024-W18`, `2024-SP`, `2024-05-19TAF`.
 * @returns The interval, or `null` for durations, references and underspecified values.
 * @example
 * ```ts
 * import { timexInterval } from "@newsparse/timeline";
 *
 * console.log(timexInterval("2024-03")); // { value: "2024-03", start: "2024-03-01", end: "2024-04-01", granularity: "month" }
 * ```
 */
export function timexInterval(value: string): TimelineDate | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?$/.exec(value))) {
    const day = formatDay({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    const h = Number(m[4]);
    const min = m[5] ? Number(m[5]) : 0;
    const start = `${day}T${pad(h)}:${pad(min)}`;
    const endMinutes = h * 60 + min + (m[5] ? 1 : 60);
    const endDay = endMinutes >= 1440 ? formatDay(addDays({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, 1)) : day;
    const em = endMinutes % 1440;
    return { value, start, end: `${endDay}T${pad(Math.floor(em / 60))}:${pad(em % 60)}`, granularity: "time" };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value))) {
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const [h0, h1] = POD_HOURS[m[4] ?? "DT"] ?? [0, 24];
    const startDay = formatDay(d);
    const endDay = h1 >= 24 ? formatDay(addDays(d, 1)) : startDay;
    return { value, start: `${startDay}T${pad(h0)}:00`, end: `${endDay}T${pad(h1 % 24)}:00`, granularity: "part-of-day" };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
    return { value, start: formatDay(d), end: formatDay(addDays(d, 1)), granularity: "day" };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    if (m[3]) return { value, start: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 7)), granularity: "week" };
    return { value, start: formatDay(monday), end: formatDay(addDays(monday, 7)), granularity: "week" };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { value, start: ymd(y, mo, 1), end: monthEnd(y, mo, 1), granularity: "month" };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [mo, len] = SEASON_START[m[2] ?? "SP"] ?? [3, 3];
    return { value, start: ymd(y, mo, 1), end: monthEnd(y, mo, len), granularity: "season" };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]);
    const mo = (Number(m[2]) - 1) * 3 + 1;
    return { value, start: ymd(y, mo, 1), end: monthEnd(y, mo, 3), granularity: "quarter" };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = Number(m[1]);
    const mo = m[2] === "1" ? 1 : 7;
    return { value, start: ymd(y, mo, 1), end: monthEnd(y, mo, 6), granularity: "quarter" };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    return { value, start: ymd(y, 1, 1), end: ymd(y + 1, 1, 1), granularity: "year" };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { value, start: ymd(y, 1, 1), end: ymd(y + 10, 1, 1), granularity: "decade" };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return { value, start: ymd(y, 1, 1), end: ymd(y + 100, 1, 1), granularity: "century" };
  }
  return null;
}

/** Whether interval `a` lies within `b` (or equals it). */
export function within(a: TimelineDate, b: TimelineDate): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/** Whether two intervals are compatible at their granularity: one contains the other. */
export function compatible(a: TimelineDate, b: TimelineDate): boolean {
  return within(a, b) || within(b, a);
}
