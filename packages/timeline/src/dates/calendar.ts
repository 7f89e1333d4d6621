/**
 * Small calendar arithmetic on plain `{year, month, day}` triples (UTC, no
 * time zone): the tagger never touches the machine's clock or zone.
 */

/** A calendar day. `month` is 1–12. */
export interface CalendarDay {
  /** Full year, e.g. 2024. */
  year: number;
  /** Month 1–12. */
  month: number;
  /** Day of month 1–31. */
  day: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
export function toDayNumber(d: CalendarDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

/** Calendar day of a day number. */
export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Add days. */
export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total - year * 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: CalendarDay): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(d: CalendarDay): { year: number; week: number } {
  const n = toDayNumber(d);
  const thursday = n - isoWeekday(d) + 4;
  const th = fromDayNumber(thursday);
  const jan1 = toDayNumber({ year: th.year, month: 1, day: 1 });
  return { year: th.year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): CalendarDay {
  const jan4: CalendarDay = { year, month: 1, day: 4 };
  const mondayWeek1 = toDayNumber(jan4) - isoWeekday(jan4) + 1;
  return fromDayNumber(mondayWeek1 + (week - 1) * 7);
}

/** Zero-padded number. */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

/** `YYYY-MM-DD` of a day. */
export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-Www` of a day. */
export function formatWeek(d: CalendarDay): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/**
 * Read a reference date as a calendar day: an ISO string by its written
 * date (`2024-04-19T23:30-05:00` is April 19), a `Date` by its local date.
 * Returns `null` when invalid.
 */
export function toCalendarDay(input: Date | string | null | undefined): CalendarDay | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Date) {
    // a Date is read in the local time zone, as chrono-node reads it: `new Date(2024, 3, 19)` is April 19
    if (Number.isNaN(input.getTime())) return null;
    return { year: input.getFullYear(), month: input.getMonth() + 1, day: input.getDate() };
  }
  if (typeof input !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.trim());
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
    return null;
  }
  const t = Date.parse(input);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  // With a zone ("Wed, 15 May 2024 23:00:00 GMT") the instant is fixed: read it in UTC, so the day does
  // not depend on the machine's time zone. Without one, Date.parse read it as local time: read it back so.
  if (/(?:\b(?:GMT|UTC|Z)|[+-]\d{2}:?\d{2})$/i.test(input.trim())) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
