import {
  type CalendarDay,
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatWeek,
  isoWeekday,
  pad,
} from "./calendar.js";
import type { ClauseTense } from "../tagging/tense.js";

/** Direction in which an underspecified month or weekday is resolved. */
export type Direction = "past" | "future" | "last" | "next" | "this" | "closest";

/** Direction implied by a clause tense (news convention: present counts as past). */
export function directionOfTense(tense: ClauseTense): Direction {
  return tense === "future" ? "future" : "past";
}

/** Resolve a weekday (1 = Monday) against the reference day. */
export function resolveWeekday(ref: CalendarDay, weekday: number, direction: Direction): CalendarDay {
  const today = isoWeekday(ref);
  switch (direction) {
    case "last": {
      const back = (today - weekday + 7) % 7 || 7;
      return addDays(ref, -back);
    }
    case "next": {
      const fwd = (weekday - today + 7) % 7 || 7;
      return addDays(ref, fwd);
    }
    case "this":
      return addDays(ref, weekday - today);
    case "future":
      return addDays(ref, (weekday - today + 7) % 7);
    default:
      return addDays(ref, -((today - weekday + 7) % 7));
  }
}

/** Resolve a month (1–12) to a year-month against the reference day. */
export function resolveMonth(ref: CalendarDay, month: number, direction: Direction): { year: number; month: number } {
  switch (direction) {
    case "last":
      return { year: month < ref.month ? ref.year : ref.year - 1, month };
    case "next":
      return { year: month > ref.month ? ref.year : ref.year + 1, month };
    case "this":
      return { year: ref.year, month };
    case "future":
      return { year: month >= ref.month ? ref.year : ref.year + 1, month };
    case "closest": {
      const diff = month - ref.month;
      if (diff > 6) return { year: ref.year - 1, month };
      if (diff < -6) return { year: ref.year + 1, month };
      return { year: ref.year, month };
    }
    default:
      return { year: month <= ref.month ? ref.year : ref.year - 1, month };
  }
}

/** Resolve a month and day without a year: the closest such date to the reference day. */
export function resolveMonthDay(ref: CalendarDay, month: number, day: number, direction: Direction = "closest"): CalendarDay {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
  const refN = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best = candidates[1] as CalendarDay;
  let bestDist = Infinity;
  for (const c of candidates) {
    const n = Date.UTC(c.year, c.month - 1, c.day);
    let dist = Math.abs(n - refN);
    if (direction === "past" && n > refN + 45 * 86_400_000) dist += 1e12;
    if (direction === "future" && n < refN - 45 * 86_400_000) dist += 1e12;
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}

/** Season code of a month. */
export function seasonOfMonth(month: number): "SP" | "SU" | "FA" | "WI" {
  if (month >= 3 && month <= 5) return "SP";
  if (month >= 6 && month <= 8) return "SU";
  if (month >= 9 && month <= 11) return "FA";
  return "WI";
}

const SEASON_INDEX = { SP: 0, SU: 1, FA: 2, WI: 3 } as const;

/** Resolve a season against the reference day. Winter belongs to the year of its December. */
export function resolveSeason(ref: CalendarDay, season: "SP" | "SU" | "FA" | "WI", direction: Direction): string {
  const current = seasonOfMonth(ref.month);
  const currentYear = current === "WI" && ref.month <= 2 ? ref.year - 1 : ref.year;
  const curN = currentYear * 4 + SEASON_INDEX[current];
  const sameYear = currentYear * 4 + SEASON_INDEX[season];
  let n: number;
  if (direction === "last") n = sameYear < curN ? sameYear : sameYear - 4;
  else if (direction === "next") n = sameYear > curN ? sameYear : sameYear + 4;
  else if (direction === "this") n = sameYear;
  else if (direction === "future") n = sameYear >= curN ? sameYear : sameYear + 4;
  else n = sameYear <= curN ? sameYear : sameYear - 4;
  return `${pad(Math.floor(n / 4), 4)}-${season}`;
}

/** Quarter (1–4) of a month. */
export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Time unit letters of TIMEX3 durations. */
export type Unit = "S" | "MIN" | "H" | "D" | "W" | "M" | "Q" | "Y" | "DE" | "CE" | "WE";

/** The value of the unit-sized period containing `ref` shifted by `n` units (`last week` = −1). */
export function shiftedPeriodValue(ref: CalendarDay, unit: Unit, n: number): string {
  switch (unit) {
    case "D":
      return formatDay(addDays(ref, n));
    case "W":
      return formatWeek(addDays(ref, 7 * n));
    case "WE":
      return `${formatWeek(addDays(ref, 7 * n))}-WE`;
    case "M": {
      const d = addMonths({ ...ref, day: 1 }, n);
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    }
    case "Q": {
      const total = ref.year * 4 + (quarterOfMonth(ref.month) - 1) + n;
      const y = Math.floor(total / 4);
      return `${pad(y, 4)}-Q${total - y * 4 + 1}`;
    }
    case "Y":
      return pad(ref.year + n, 4);
    case "DE":
      return String(Math.floor(ref.year / 10) + n);
    case "CE":
      return String(Math.floor(ref.year / 100) + n);
    default:
      return formatDay(ref);
  }
}

/** Underspecified value of a shifted period when there is no reference date. */
export function unknownPeriodValue(unit: Unit): string {
  switch (unit) {
    case "D":
      return "XXXX-XX-XX";
    case "W":
      return "XXXX-WXX";
    case "WE":
      return "XXXX-WXX-WE";
    case "M":
      return "XXXX-XX";
    case "Q":
      return "XXXX-QX";
    case "DE":
      return "XXX";
    case "CE":
      return "XX";
    default:
      return "XXXX";
  }
}

/** Duration value `P3M`, `PT5H`, `PXY` of a count and unit. */
export function durationValue(count: number | "X", unit: Unit): string {
  if (count !== "X" && count % 1 === 0.5) {
    // halves in the next smaller unit, as TimeML writes them: "2 1/2 years" → P2Y6M
    const whole = Math.floor(count);
    const lead = whole > 0 ? String(whole) : "";
    switch (unit) {
      case "Y":
        return whole > 0 ? `P${whole}Y6M` : "P6M";
      case "H":
        return whole > 0 ? `PT${whole}H30M` : "PT30M";
      case "MIN":
        return whole > 0 ? `PT${whole}M30S` : "PT30S";
      case "D":
        return whole > 0 ? `P${whole}DT12H` : "PT12H";
      case "DE":
        return `P${count * 10}Y`;
      case "CE":
        return `P${count * 100}Y`;
      default:
        if (lead === "") break;
    }
  }
  const c = count === "X" ? "X" : String(count);
  switch (unit) {
    case "S":
      return `PT${c}S`;
    case "MIN":
      return `PT${c}M`;
    case "H":
      return `PT${c}H`;
    case "DE":
      // "decades", "decades-long": years, unmeasured (TimeBank and MEANTIME both write PXY, as "two decades" is P20Y)
      return count === "X" ? "PXY" : `P${count * 10}Y`;
    case "CE":
      return count === "X" ? "PXCE" : `P${count * 100}Y`;
    case "WE":
      return `P${c}WE`;
    default:
      return `P${c}${unit}`;
  }
}
