import { excludedIndexOf, type Document } from "@newsparse/corpus-loader";
import type { ReferenceDate, Timex } from "../schema.js";
import { type CalendarDay, addDays, addMonths, formatDay, toCalendarDay, toDayNumber, fromDayNumber } from "../dates/calendar.js";
import { clauseTenseReading, isCertainPast } from "../tagging/tense.js";
import { timexInterval } from "../dates/timex-interval.js";
import { tagTemporalExpressions } from "../tagging/tag-temporal-expressions.js";

function deadlineWord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).toLowerCase();
  return /(?:^|\W)(?:by|until|till|before) $/.test(before);
}

/** Options of {@link inferReferenceDate}: how to report the prior, and already tagged timexes. */
export interface PriorOptions {
  /** Evidence string for the prior (default `corpus prior YYYY-MM-DD`). */
  label?: string;
  /** ± days an estimate resting on the prior carries (default 30). */
  uncertaintyDays?: number;
  /** The text's timexes tagged without a reference date (default: tagged here with the default tagger). */
  timexes?: readonly Timex[];
  /**
   * The prior is the publication date of an article on the same story (given, not inferred): only
   * day- or month-level dates of the text may move the estimate away from it, since bare years
   * ("the 2012 election", "in 2008") are as often ahead as behind.
   */
  trusted?: boolean;
}

/** Result of {@link inferReferenceDate}: the public record plus whether the evidence was day-precise. */
export interface InferredReferenceDate {
  /** The record reported in {@link TimelineResult.referenceDates}. */
  reference: ReferenceDate;
  /** True when day-level evidence fixed the estimate (not just a prior or a year). */
  strong: boolean;
  /** Earliest possible day the text allows (`YYYY-MM-DD`: dates it reports as past), or null. */
  lower?: string | null;
  /** Latest possible day the text allows (`YYYY-MM-DD`: dates it reports as still ahead), or null. */
  upper?: string | null;
  /**
   * Earliest day the text rules out for certain (`YYYY-MM-DD`), or null: the latest day- or
   * month-level date stated with its year whose past reading is certain ("ago", "last", "was",
   * "began": `isCertainPast` in tense.ts). `lower` may rest on a past read by default or from a
   * participle ("cod landed between March 2021 and October 2023"), which can lie ahead;
   * the interval of basis `after` starts here, and is open when this is null.
   */
  earliest?: string | null;
  /**
   * What the estimate rests on: `bounded` (± `uncertaintyDays` holds), `after` (only dates reported
   * as past: published on or after `lower`, no upper limit), `before` (only a scheduled date: on or
   * before `upper`) or `unbounded` (only bare years, or year-less dates placed by them: they are as
   * often ahead as behind, so no honest interval can be given).
   */
  basis?: "bounded" | "after" | "before" | "unbounded";
}

function dayOf(iso: string): CalendarDay | null {
  return toCalendarDay(iso.slice(0, 10));
}

function keptTimexes(doc: Document, timexes: readonly Timex[]): Timex[] {
  const excluded = excludedIndexOf(doc);
  return timexes.filter((t) => !excluded.overlaps(t.start, t.end));
}

const UNIT_MONTHS: Record<string, number> = { M: 1, Y: 12, W: 0, D: 0 };
/** Half of a duration unit in days: how far a rounded "four months" may be off. */
const HALF_UNIT_DAYS: Record<string, number> = { Y: 183, M: 15, W: 4, D: 1 };
/** Widest gap (days) between a past date and a scheduled one for the scheduled one to fix the estimate. */
const SCHEDULE_WINDOW = 120;
const FINE = new Set(["month", "week", "day", "part-of-day", "time"]);
/** Farthest (days) a bound of the text may lie from a trusted prior and still move the estimate. */
const STORY_REACH_DAYS = 60;

const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Years searched for a weekday-fixed date: news of the last century and the coming decade. */
const WEEKDAY_YEAR_RANGE: readonly [number, number] = [1900, 2040];

/**
 * Month-day mentions written right after a weekday ("Tuesday, March 5",
 * "Tue. March 5"): the years in which that day falls on that weekday (one in
 * every 5, 6 or 11 years), nearest first from the other years the text names.
 */
function weekdayDateYears(text: string, partial: readonly { t: Timex; month: number; day: number | null }[]): Map<Timex, number[]> {
  const out = new Map<Timex, number[]>();
  for (const p of partial) {
    if (p.day === null) continue;
    // the weekday is inside the timex ("Tuesday, March 5") or just before it
    const before = text.slice(Math.max(0, p.t.start - 14), p.t.end).toLowerCase();
    const w = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?\s{1,3}(?:the\s)?[a-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?$/.exec(before);
    if (!w) continue;
    const weekday = WEEKDAY_NAMES.indexOf(w[1] as string) + 1;
    const years: number[] = [];
    for (let y = WEEKDAY_YEAR_RANGE[0]; y <= WEEKDAY_YEAR_RANGE[1]; y++) {
      const d = new Date(Date.UTC(y, p.month - 1, p.day));
      if (d.getUTCMonth() !== p.month - 1) continue;
      if (((d.getUTCDay() + 6) % 7) + 1 === weekday) years.push(y);
    }
    if (years.length > 0) out.set(p.t, years);
  }
  return out;
}

/**
 * The bounds a text puts on its own date, collected by the phases of
 * {@link inferReferenceDate}.
 */
interface Bounds {
  /** With a trusted prior, coarse (year-level) dates are not bounds: only finer ones count. */
  readonly trusted: boolean;
  /** Why each bound moved, in order. */
  readonly evidence: string[];
  lower: CalendarDay | null;
  upper: CalendarDay | null;
  /** Whether the lower bound is a month or finer. */
  lowerIsFine: boolean;
  /** Whether the current bound is a date the text states with its year (not a year-less date placed by a guess). */
  lowerStated: boolean;
  upperStated: boolean;
  /** The latest fine, stated date whose past reading is certain: the interval's hard lower bound. */
  hardLower: CalendarDay | null;
  /** Whether a day-level date is still ahead. */
  dayLevel: boolean;
  /** Day-level dates still ahead. */
  readonly futureDays: CalendarDay[];
}

/** A month(-day) mention without a year. */
interface YearlessDate {
  t: Timex;
  month: number;
  day: number | null;
  tense: string;
  certain: boolean;
}

function raise(b: Bounds, d: CalendarDay, why: string, fine: boolean, stated = false): void {
  if (b.trusted && !fine) return;
  if (!b.lower || toDayNumber(d) > toDayNumber(b.lower)) {
    b.lower = d;
    b.lowerIsFine = fine;
    b.lowerStated = stated;
    b.evidence.push(why);
  }
}

function cap(b: Bounds, d: CalendarDay, why: string, fine = true, stated = false): void {
  if (b.trusted && !fine) return;
  if (!b.upper || toDayNumber(d) < toDayNumber(b.upper)) {
    b.upper = d;
    b.upperStated = stated;
    b.evidence.push(why);
  }
}

function harden(b: Bounds, d: CalendarDay, fine: boolean, stated: boolean, certain: boolean): void {
  if (!fine || !stated || !certain) return;
  if (!b.hardLower || toDayNumber(d) > toDayNumber(b.hardLower)) b.hardLower = d;
}

/**
 * Phase 1: dates with a year bound the date, those reported as past from
 * below, those still ahead from above.
 *
 * @returns The month(-day) mentions without a year, for phase 2.
 */
function boundByDatedTimexes(b: Bounds, text: string, timexes: readonly Timex[]): YearlessDate[] {
  const partial: YearlessDate[] = [];
  for (const t of timexes) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const reading = deadlineWord(text, t.start) ? null : clauseTenseReading(text, t.start, t.end);
    const tense = reading ? (reading.tense ?? "past") : "future";
    const certain = reading !== null && isCertainPast(reading);
    const interval = timexInterval(t.value);
    if (interval) {
      const s = dayOf(interval.start);
      const e = dayOf(interval.end);
      if (!s || !e) continue;
      if (tense === "future") {
        cap(b, addDays(e, -1), `"${t.text}" (${t.value}) is still ahead`, FINE.has(interval.granularity), FINE.has(interval.granularity));
        if (interval.granularity === "day") {
          b.dayLevel = true;
          b.futureDays.push(s);
        }
      } else {
        raise(b, s, `"${t.text}" (${t.value}) is reported as past`, FINE.has(interval.granularity), FINE.has(interval.granularity));
        harden(b, s, FINE.has(interval.granularity), FINE.has(interval.granularity), certain);
      }
      continue;
    }
    const m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(t.value);
    if (m) partial.push({ t, month: Number(m[1]), day: m[2] ? Number(m[2]) : null, tense, certain });
  }
  return partial;
}

/**
 * Phase 2: month(-day) mentions without a year are placed after the lower
 * bound, around the prior, or in a year where their weekday fits
 * ("Tuesday, March 5"), and then bound the date like dated ones.
 */
function boundByYearlessDates(b: Bounds, text: string, timexes: readonly Timex[], partial: readonly YearlessDate[], prior: CalendarDay | null): void {
  // "Tuesday, March 5": the year is one in which that day falls on that weekday
  const weekdayYears = weekdayDateYears(text, partial);
  let latestYear: number | null = null;
  for (const t of timexes) {
    const y = /^(\d{4})/.exec(t.value);
    if (y && (t.type === "DATE" || t.type === "TIME")) latestYear = Math.max(latestYear ?? 0, Number(y[1]));
  }
  // place month(-day) mentions without a year after the lower bound (or around the prior)
  const anchorYear = (month: number, day: number, future: boolean, years?: readonly number[]): number | null => {
    const reference = (prior ?? b.lower ?? b.upper)?.year ?? latestYear;
    if (years && years.length > 0 && reference !== null) {
      // within the bounds, the candidate year nearest the prior, a bound, or else the latest year the text names
      const lo = b.lower?.year ?? -Infinity;
      const hi = b.upper?.year ?? Infinity;
      const inside = years.filter((y) => y >= lo && y <= hi);
      const pool = inside.length > 0 ? inside : years;
      return pool.reduce((x, y) => (Math.abs(y - reference) < Math.abs(x - reference) ? y : x));
    }
    if (prior) {
      // scheduled: the first occurrence from the prior on; reported: the last one before it
      const sameOrAfter = month > prior.month || (month === prior.month && day >= prior.day);
      if (future) return sameOrAfter ? prior.year : prior.year + 1;
      return sameOrAfter && !(month === prior.month) ? prior.year - 1 : prior.year;
    }
    if (b.lower) return month >= b.lower.month ? b.lower.year : b.lower.year + 1;
    return null;
  };
  // a year-less date placed by a year-level bound ("in 1998 … on February 10") has a guessed year
  const placementFine = prior !== null || b.lowerIsFine;
  const placed: { d: CalendarDay; p: YearlessDate; weekday: boolean }[] = [];
  for (const p of partial) {
    const years = weekdayYears.get(p.t);
    const year = anchorYear(p.month, p.day ?? 1, p.tense === "future", years);
    if (year === null) continue;
    placed.push({ d: { year, month: p.month, day: p.day ?? 1 }, p, weekday: !!years && years.length > 0 });
  }
  // with no other date at all, a weekday-fixed date is the best evidence there is
  if (!prior && !b.lower && !b.upper) {
    for (const p of partial) {
      const years = weekdayYears.get(p.t);
      if (!years || years.length === 0) continue;
      const near = years.slice(-4);
      const yearsText = `${years.length > near.length ? "…, " : ""}${near.join(", ")}`;
      b.evidence.push(`"${p.t.text}" falls on that weekday in ${yearsText}`);
    }
  }
  for (const { d, p, weekday } of placed) {
    if (p.tense === "future") {
      const end = p.day === null ? addDays(addMonths({ ...d, day: 1 }, 1), -1) : d;
      cap(b, end, `"${p.t.text}" placed in ${d.year}${weekday ? " (weekday)" : ""} is still ahead`, placementFine || weekday, weekday);
      if (p.day !== null) {
        b.dayLevel = true;
        b.futureDays.push(d);
      }
    }
  }
  for (const { d, p, weekday } of placed) {
    if (p.tense !== "future") {
      if (b.upper && toDayNumber(d) > toDayNumber(b.upper)) continue;
      raise(b, d, `"${p.t.text}" placed in ${d.year}${weekday ? " (weekday)" : ""} is reported as past`, placementFine || weekday, weekday);
      harden(b, d, placementFine || weekday, weekday, p.certain);
    }
  }
}

/** Phase 3: a deadline N months/weeks/days ahead ("the deadline gives the US four months") points back from the deadline. */
function deadlineRelation(b: Bounds, text: string, timexes: readonly Timex[]): { day: CalendarDay; halfUnit: number } | null {
  if (b.futureDays.length === 0) return null;
  const deadline = b.futureDays.reduce((x, y) => (toDayNumber(y) > toDayNumber(x) ? y : x));
  for (const t of timexes) {
    if (t.type !== "DURATION") continue;
    const dm = /^P(\d{1,2})([YMWD])$/.exec(t.value);
    if (!dm) continue;
    const around = text.slice(Math.max(0, t.start - 80), Math.min(text.length, t.end + 40)).toLowerCase();
    if (!/deadline|until|before the|to complete|remaining|left to|gives|give[sn]? (?:the|them|us)/.test(around)) continue;
    const n = Number(dm[1]);
    const unit = dm[2] ?? "M";
    const months = (UNIT_MONTHS[unit] ?? 0) * n;
    b.evidence.push(`"${t.text}" before the deadline ${formatDay(deadline)}`);
    return {
      day: months > 0 ? addMonths(deadline, -months) : addDays(deadline, -(unit === "W" ? 7 * n : n)),
      halfUnit: HALF_UNIT_DAYS[unit] ?? 15,
    };
  }
  return null;
}

/**
 * Phase 4: the bounds the estimate may use. A trusted prior is only moved by
 * bounds near it; an upper bound before the lower one is dropped.
 */
function usableBounds(b: Bounds, prior: CalendarDay | null, priorOptions: PriorOptions): { lo: CalendarDay | null; up: CalendarDay | null } {
  let lo = b.lower;
  let up = b.upper;
  if (b.trusted && prior) {
    // a date years away from the story's own date is a misread tense ("January 2010" read as still ahead), not a bound
    const reach = Math.max(STORY_REACH_DAYS, priorOptions.uncertaintyDays ?? 0);
    const p = toDayNumber(prior);
    if (lo && toDayNumber(lo) - p > reach) {
      b.evidence.push(`lower bound ${formatDay(lo)} ignored: too far after the prior ${formatDay(prior)}`);
      lo = null;
    }
    if (up && p - toDayNumber(up) > reach) {
      b.evidence.push(`upper bound ${formatDay(up)} ignored: too far before the prior ${formatDay(prior)}`);
      up = null;
    }
  }
  if (lo && up && toDayNumber(up) < toDayNumber(lo)) {
    // contradictory bounds: a date read as still ahead lies before one reported as past; the
    // future reading is the likelier mistake ("the 1974 bonds" in a 1989 report)
    b.evidence.push(`upper bound ${formatDay(up)} ignored: before the lower bound ${formatDay(lo)}`);
    up = null;
  }
  return { lo, up };
}

/** Phase 5: the estimate, its uncertainty, whether day-level evidence fixed it, and what it rests on. */
function estimateDate(
  b: Bounds,
  bounds: { lo: CalendarDay | null; up: CalendarDay | null },
  relation: { day: CalendarDay; halfUnit: number } | null,
  prior: CalendarDay | null,
  priorOptions: PriorOptions,
): { estimate: CalendarDay | null; uncertainty: number; strong: boolean; basis: NonNullable<InferredReferenceDate["basis"]> } {
  const { lo, up } = bounds;
  const clamp = (d: CalendarDay): CalendarDay => {
    let n = toDayNumber(d);
    if (lo) n = Math.max(n, toDayNumber(lo));
    if (up) n = Math.min(n, toDayNumber(up));
    return fromDayNumber(n);
  };
  const span = lo && up ? toDayNumber(up) - toDayNumber(lo) : Infinity;
  const earliestFuture = () => b.futureDays.reduce((x, y) => (toDayNumber(y) < toDayNumber(x) ? y : x));
  if (b.trusted && prior) {
    // the date of another outlet's article on the same story, moved only by the text's own close bounds
    const estimate = clamp(prior);
    b.evidence.push(priorOptions.label ?? `prior ${formatDay(prior)}`);
    return { estimate, uncertainty: Math.max(priorOptions.uncertaintyDays ?? 30, Math.abs(toDayNumber(estimate) - toDayNumber(prior))), strong: false, basis: "bounded" };
  }
  if (relation) {
    // "four months" is rounded to the month: half a unit either way
    return { estimate: clamp(relation.day), uncertainty: Math.min(relation.halfUnit, Math.max(1, span)), strong: true, basis: "bounded" };
  }
  if (up && b.dayLevel && b.futureDays.length > 0 && span <= SCHEDULE_WINDOW && b.lowerIsFine) {
    // a scheduled day with a recent past date (a month or finer) before it: published between
    // the two, most likely shortly before the scheduled day (news announces what is coming up)
    return { estimate: clamp(earliestFuture()), uncertainty: Math.max(3, Math.round(span / 2)), strong: true, basis: "bounded" };
  }
  if (prior) {
    const estimate = clamp(prior);
    // a prior the text pushes away from is that much less trustworthy
    b.evidence.push(priorOptions.label ?? `corpus prior ${formatDay(prior)}`);
    return { estimate, uncertainty: Math.max(priorOptions.uncertaintyDays ?? 30, Math.abs(toDayNumber(estimate) - toDayNumber(prior))), strong: false, basis: "bounded" };
  }
  if (up && b.dayLevel && b.futureDays.length > 0) {
    // a scheduled day without a close lower bound: only a bound, and only when the text states its year
    return { estimate: clamp(earliestFuture()), uncertainty: 365, strong: false, basis: b.upperStated ? "before" : "unbounded" };
  }
  if (lo) {
    // only a lower bound: the latest past date can be years old
    return { estimate: lo, uncertainty: 365, strong: false, basis: b.lowerIsFine && b.lowerStated ? "after" : "unbounded" };
  }
  return { estimate: null, uncertainty: 365, strong: false, basis: "bounded" };
}

/**
 * Infer when a document was written from its own dates: absolute dates
 * reported in the past bound it from below, scheduled ones from above,
 * month-day mentions without a year are placed against those bounds (or
 * against a corpus prior), and "a deadline … gives N months" relations
 * point back from the deadline. Never uses today's date.
 *
 * @param doc - The document (its `publishedAt` is ignored).
 * @param prior - A prior date (e.g. other articles of the same story), or null.
 * @param priorOptions - How to describe the prior in the evidence and how far it may be off; pre-tagged timexes.
 * @returns The inferred date with uncertainty, evidence and strength.
 */
export function inferReferenceDate(doc: Document, prior: CalendarDay | null = null, priorOptions: PriorOptions = {}): InferredReferenceDate {
  const text = doc.text;
  const timexes = keptTimexes(doc, priorOptions.timexes ?? tagTemporalExpressions(text, { referenceDate: null }));
  const b: Bounds = {
    trusted: prior !== null && priorOptions.trusted === true,
    evidence: [],
    lower: null,
    upper: null,
    lowerIsFine: false,
    lowerStated: false,
    upperStated: false,
    hardLower: null,
    dayLevel: false,
    futureDays: [],
  };
  const partial = boundByDatedTimexes(b, text, timexes);
  boundByYearlessDates(b, text, timexes, partial, prior);
  const relation = deadlineRelation(b, text, timexes);
  const bounds = usableBounds(b, prior, priorOptions);
  const { estimate, uncertainty, strong, basis } = estimateDate(b, bounds, relation, prior, priorOptions);
  const { lo, up } = bounds;
  return {
    reference: {
      docId: doc.id,
      value: estimate ? formatDay(estimate) : null,
      inferred: true,
      uncertaintyDays: estimate ? uncertainty : 0,
      evidence: b.evidence,
    },
    strong,
    lower: lo ? formatDay(lo) : null,
    upper: up ? formatDay(up) : null,
    earliest: lo && b.hardLower ? formatDay(b.hardLower) : null,
    basis,
  };
}
