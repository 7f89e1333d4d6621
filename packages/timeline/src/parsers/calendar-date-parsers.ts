/**
 * Calendar dates: month names, day-first dates, weekdays, weeks, deictic days, dotted dates, holidays, weekends, year end.
 */
import { wordAlternation } from "@newsparse/corpus-loader";
import type { TaggerContext } from "../tagging/tagger-context.js";
import { type CalendarDay, addDays, daysInMonth, formatDay, formatWeek, pad } from "../dates/calendar.js";
import { directionOfTense, resolveMonth, resolveMonthDay, resolveWeekday, shiftedPeriodValue } from "../dates/resolve.js";
import {
  regexParser,
  type Groups,
  MONTH_NAMES,
  MONTHS,
  WEEKDAYS,
  WEEKDAY_RE,
  POD,
  modOf,
  tenseDirection,
  relDirection,
  MONTH_PREPOSITIONS,
  previousWord,
  MONTH_PRE,
  monthDayDirection,
  shiftDay,
  isoWeekdayOf,
  earliestPossible,
  nextWord,
} from "./rule-kit.js";
import { monthDeterminersWords, notHeadNounWords, presentScheduleWords, dayPairConnectiveWords, deicticDayWords, middayPrepositionWords, weekendDeterminerWords, yearEndPhrases } from "../lexicon/calendar-dates.js";
import { ordinalSuffixes, partOfDayWords } from "../lexicon/calendar-words.js";

/** Month names with optional day and year: "April 25", "Sept. 15", "July 2023", "last July", "late July". */
export const monthDateParser = regexParser(
  "month-date",
  new RegExp(
    `\\b(?:(?<pre>${MONTH_PRE})(?:-| |- )(?:in )?)?(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) )?(?<month>${MONTHS})(?:(?: |\\u00a0)(?<day>[0-3]?\\d)${wordAlternation(ordinalSuffixes, { order: "given" })}?(?![\\d:]))?(?:(?:, | |,)(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d])| (?<ry>this|last|next) year)?(?![A-Za-z])`,
    "g",
  ),
  (m, g, ctx) => {
    const monthKey = (g.month ?? "").replace(".", "").toLowerCase();
    const month = MONTH_NAMES[monthKey];
    if (!month) return null;
    const day = g.day ? Number(g.day) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    let year = g.year ? Number(g.year) : undefined;
    if (g.ry && ctx.reference) year = ctx.reference.year + (g.ry === "last" ? -1 : g.ry === "next" ? 1 : 0);
    if ((monthKey === "may" || monthKey === "march") && day === undefined && year === undefined && !g.pre && !g.rel) {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      // "March on Washington", "protesters march", "it may": the verb or noun, unless a preposition introduces
      // the month, or a determiner does before a lowercase head noun ("the March accession", "the May elections")
      const next = nextWord(ctx.text, m.index + m[0].length);
      const attributive =
        MONTH_DETERMINERS.has(prev) && /^[a-z]{3,20}$/.test(next) && !NOT_HEAD_NOUN.has(next) && /^[A-Z]/.test(g.month ?? "");
      if (!MONTH_PREPOSITIONS.has(prev) && !attributive) return null;
    }
    if (day === undefined && year === undefined && !g.pre && !g.rel && !g.ry && !(g.month ?? "").endsWith(".")) {
      // "Jan Kavan", "April Glaspie", "June Carter": a first name before a capitalised word, unless a preposition introduces the month
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (/^ [A-Z]/.test(after) && (prev === "and" || !MONTH_PREPOSITIONS.has(prev))) return null;
    }
    let end = m.index + m[0].length;
    // "Sept." at the very end of a sentence keeps its period (abbreviation); nothing else trails.
    const mod = modOf(g.pre?.toLowerCase());
    const ref = ctx.reference;
    if (day !== undefined && day > daysInMonth(year ?? 2000, month)) return null;
    let value: string;
    if (year !== undefined && day !== undefined) value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    else if (year !== undefined) value = `${pad(year, 4)}-${pad(month)}`;
    else if (day !== undefined) {
      if (!ref) value = `XXXX-${pad(month)}-${pad(day)}`;
      else {
        const rel = relDirection(g.rel);
        value = formatDay(resolveMonthDay(ref, month, day, rel === "last" ? "past" : rel === "next" ? "future" : monthDayDirection(ctx, m.index, m.index + m[0].length)));
      }
    } else if (!ref) value = `XXXX-${pad(month)}`;
    else {
      let dir = relDirection(g.rel) ?? monthDayDirection(ctx, m.index, end);
      // a bare month one or two months after the report month is the coming one: a past one
      // so close back would be written "last March" or carry its year
      if (!g.rel && dir === "past" && previousWord(ctx.text, m.index).toLowerCase() !== "since" && (month - ref.month + 12) % 12 >= 1 && (month - ref.month + 12) % 12 <= 2) dir = "future";
      const ym = resolveMonth(ref, month, dir);
      value = `${pad(ym.year, 4)}-${pad(ym.month)}`;
    }
    if (end > m.index && ctx.text[end - 1] === "." && day === undefined && year === undefined) {
      // keep the abbreviation dot
      end = m.index + m[0].length;
    }
    return { type: "DATE", value, mod, end };
  },
  2,
);

/** Determiners before an attributive month ("the March accession"). */
const MONTH_DETERMINERS = new Set(monthDeterminersWords);
/** Words after "the March" / "the May" that show a noun or verb, not a month used as a modifier. */
const NOT_HEAD_NOUN = new Set(notHeadNounWords);

const DAY_PAIR_SOURCE = `\\b(?<month>${MONTHS}) (?<d1>[0-3]?\\d)${wordAlternation(ordinalSuffixes, { order: "given" })}? ${wordAlternation(dayPairConnectiveWords, { order: "given" })} (?<d2>[0-3]?\\d)${wordAlternation(ordinalSuffixes, { order: "given" })}?(?![\\d:A-Za-z%])(?:,? (?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?`;

/** Month, both days and year of "April 24 and 25", "March 3 to 5, 1998", or null when it is not a pair of days. */
function dayPair(m: RegExpExecArray, g: Groups, ctx: TaggerContext): { month: number; d1: number; d2: number; year: number | null } | null {
  const month = MONTH_NAMES[(g.month ?? "").replace(".", "").toLowerCase()];
  const d1 = Number(g.d1);
  const d2 = Number(g.d2);
  if (!month || d1 < 1 || d2 <= d1 || d2 > 31) return null;
  // "March 3 to 5 percent" is not a day
  if (/^ ?(?:percent|per cent|million|billion|points?|cents?|people|years?|days?)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
  let year: number | null = g.year ? Number(g.year) : null;
  if (year === null && ctx.reference) year = resolveMonthDay(ctx.reference, month, d1, monthDayDirection(ctx, m.index, m.index + m[0].length)).year;
  if (d2 > daysInMonth(year ?? 2000, month)) return null;
  return { month, d1, d2, year };
}

/** The second day of "April 24 and 25", "March 3 to 5": its own date in the first one's month and year. */
export const secondDayParser = regexParser(
  "second-day",
  new RegExp(DAY_PAIR_SOURCE, "g"),
  (m, g, ctx) => {
    const pair = dayPair(m, g, ctx);
    if (!pair) return null;
    // the second day keeps a trailing year ("25, 1998"), which also dates the first
    const start = m.index + m[0].lastIndexOf(` ${g.d2 ?? ""}`, g.year ? m[0].length - (g.year.length + 1) : m[0].length) + 1;
    const end = g.year ? m.index + m[0].length : start + (g.d2 ?? "").length;
    return { type: "DATE", value: `${pair.year === null ? "XXXX" : pad(pair.year, 4)}-${pad(pair.month)}-${pad(pair.d2)}`, start, end };
  },
  1,
);

/** The first day of "May 8 and 9, 2007": dated by the year written after the second. */
export const firstDayParser = regexParser(
  "first-day",
  new RegExp(DAY_PAIR_SOURCE, "g"),
  (m, g, ctx) => {
    if (!g.year) return null;
    const pair = dayPair(m, g, ctx);
    if (!pair || pair.year === null) return null;
    const end = m.index + (g.month ?? "").length + 1 + (g.d1 ?? "").length;
    return { type: "DATE", value: `${pad(pair.year, 4)}-${pad(pair.month)}-${pad(pair.d1)}`, end };
  },
  3,
);

/** "at midday", "by midday": noon of the report day. */
export const middayParser = regexParser(
  "midday",
  new RegExp(String.raw`\b${wordAlternation(middayPrepositionWords, { order: "given" })} (?<w>midday)\b`, "gi"),
  (m, _g, ctx) => {
    const start = m.index + m[0].length - "midday".length;
    const day = ctx.reference ? formatDay(ctx.reference) : "XXXX-XX-XX";
    return { type: "TIME", value: `${day}T12:00`, start };
  },
  1,
  ["midday"],
);

/** Day-first dates: "11 April, 2018", "the 15th of March". */
export const dayMonthParser = regexParser(
  "day-month-date",
  new RegExp(
    `\\b(?<day>[0-3]?\\d)${wordAlternation(ordinalSuffixes, { order: "given" })}? (?:of )?(?<month>${MONTHS})(?:(?:, | |,)(?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?(?![A-Za-z])`,
    "g",
  ),
  (m, g, ctx) => {
    const month = MONTH_NAMES[(g.month ?? "").replace(".", "").toLowerCase()];
    const day = Number(g.day);
    if (!month || day < 1 || day > 31) return null;
    const year = g.year ? Number(g.year) : undefined;
    if (day > daysInMonth(year ?? 2000, month)) return null;
    let value: string;
    if (year !== undefined) value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    else if (ctx.reference) value = formatDay(resolveMonthDay(ctx.reference, month, day, monthDayDirection(ctx, m.index, m.index + m[0].length)));
    else value = `XXXX-${pad(month)}-${pad(day)}`;
    return { type: "DATE", value };
  },
  2,
);

/** Present-tense schedule verbs right before a weekday ("begins Monday", "opens on Tuesday"). */
const PRESENT_SCHEDULE = new RegExp(`\\b${wordAlternation(presentScheduleWords, { order: "given" })}(?: on)? $`, "i");
// "meets Arafat on Monday", "the vote is Saturday": a schedule verb a few words back, or a copula right before
const PRESENT_SCHEDULE_WIDE = /\b(?:(?:begins?|starts?|opens?|meets?|resumes?|arrives?|leaves|departs?|visits?|hosts?|holds?|votes|travels?|returns?|heads)(?: [A-Za-z’'.-]{1,20}){1,3}(?: on)?|(?:is|are)(?: on)?) $/;

/**
 * "ahead of Tuesday's primary", "in the run-up to Monday's vote", "on the eve of Sunday's runoff": the day is still to
 * come whatever the tense of the clause (news writes "before Tuesday's vote" of past days too, so plain "before" is not here).
 */
const AHEAD_OF = /\b(?:ahead of|(?:lead|run)[- ]up to|on the eve of)(?: the| (?:this|next) week's)? $/i;

/** Weekdays, resolved by tense: "Wednesday", "last Saturday", "Sunday afternoon", "Monday, Oct. 30". */
export const weekdayParser = regexParser(
  "weekday",
  new RegExp(
    `\\b(?:(?<the>[Tt]he )?(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious|[Ff]ollowing) )?(?<wd>${WEEKDAY_RE})(?:(?<md>,? (?<month>${MONTHS}) (?<day>[0-3]?\\d)(?!\\d)(?:,? (?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?)| (?<pod>${wordAlternation(partOfDayWords, { order: "given" })}))?\\b`,
    "g",
  ),
  (m, g, ctx) => {
    const wd = WEEKDAYS[(g.wd ?? "").toLowerCase()];
    if (!wd) return null;
    const ref = ctx.reference;
    let dayValue: string;
    if (g.md) {
      const month = MONTH_NAMES[(g.month ?? "").replace(".", "").toLowerCase()] ?? 1;
      const day = Number(g.day);
      if (g.year) dayValue = `${g.year}-${pad(month)}-${pad(day)}`;
      else dayValue = ref ? formatDay(resolveMonthDay(ref, month, day)) : `XXXX-${pad(month)}-${pad(day)}`;
    } else if (!ref) dayValue = `XXXX-WXX-${wd}`;
    else {
      // present-tense schedules ("a visit begins Monday") look forward, like the future
      const tense = ctx.tenseAt(m.index, m.index + m[0].length);
      const dir = relDirection(g.rel) ?? (earliestPossible(ctx.text, m.index) || AHEAD_OF.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)) ? "future" : null) ?? (previousWord(ctx.text, m.index).toLowerCase() === "since" ? "past" : null) ??
        // "Wednesday's ruling": a possessive weekday names a day already reported (tuning: 16 of 16 on or before the report),
        // unless a future clause happens before it ("he'll drop out before Tuesday's vote": the day comes after a future event)
        (!g.pod && !(tense === "future" && previousWord(ctx.text, m.index).toLowerCase() === "before") && /^['’]s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) ? "past" : null) ?? (tense === "present" && (PRESENT_SCHEDULE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)) || PRESENT_SCHEDULE_WIDE.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))) ? "future" : directionOfTense(tense));
      dayValue = formatDay(resolveWeekday(ref, wd, dir));
    }
    if (g.pod) return { type: "TIME", value: `${dayValue}T${POD[g.pod.toLowerCase()] ?? "XX"}` };
    return { type: "DATE", value: dayValue };
  },
  2,
  WEEKDAY_RE.split("|"),
);

/** "the week of April 29" → the ISO week of that day. */
export const weekOfParser = regexParser(
  "week-of",
  new RegExp(`\\b(?<the>the )?week of (?<month>${MONTHS}) (?<day>[0-3]?\\d)(?!\\d)(?:,? (?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?`, "gi"),
  (m, g, ctx) => {
    const month = MONTH_NAMES[(g.month ?? "").replace(".", "").toLowerCase()];
    const day = Number(g.day);
    if (!month || day < 1 || day > 31) return null;
    let d: CalendarDay | null = null;
    if (g.year) d = { year: Number(g.year), month, day };
    else if (ctx.reference) d = resolveMonthDay(ctx.reference, month, day);
    return { type: "DATE", value: d ? formatWeek(d) : "XXXX-WXX" };
  },
  3,
  ["week of"],
);

/**
 * Broadcast titles that are deictic words: "CBS This Morning" (both words capitalised), NBC's "Today" (a capitalised
 * "Today" after a possessive, before "show", or alone between quotes: “Today,” ''Today'').
 */
function isProgramName(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (span === "This Morning") return true;
  if (span !== "Today") return false;
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 6);
  if (/['’]s $/.test(before) || /^ show\b/.test(after)) return true;
  return /(?:''|“|")$/.test(before) && /^[,.]?(?:''|”|")/.test(after);
}

/** today, yesterday, tomorrow, tonight, this morning, last night. */
export const deicticDayParser = regexParser(
  "deictic-day",
  new RegExp(String.raw`\b(?:(?<word>${wordAlternation(deicticDayWords, { order: "given" })})(?: (?<pod>${wordAlternation(partOfDayWords, { order: "given" })}))?|(?<this>this|last) (?<pod2>${wordAlternation(partOfDayWords, { order: "given" })})|(?<mid>mid-?|mid )?(?<pod0>morning|afternoon|evening) (?<word0>yesterday|today|tomorrow))\b`, "gi"),
  (m, g, ctx) => {
    if (isProgramName(ctx.text, m.index, m.index + m[0].length)) return null;
    const ref = ctx.reference;
    if (g.word0) {
      // "mid-afternoon yesterday", "morning today"
      const offset0 = /^yesterday$/i.test(g.word0) ? -1 : /^tomorrow$/i.test(g.word0) ? 1 : 0;
      const day0 = ref ? formatDay(shiftDay(ref, offset0)) : "XXXX-XX-XX";
      return { type: "TIME", value: `${day0}T${POD[(g.pod0 ?? "").toLowerCase()] ?? "XX"}`, mod: g.mid ? "MID" : undefined };
    }
    const word = (g.word ?? "").toLowerCase();
    const thisWord = (g.this ?? "").toLowerCase();
    let offset = 0;
    let pod = (g.pod ?? g.pod2 ?? "").toLowerCase();
    if (word === "yesterday") offset = -1;
    else if (word === "tomorrow") offset = 1;
    else if (word === "tonight") pod = "night";
    if (thisWord === "last") {
      if (pod !== "night") return null;
      offset = -1;
    }
    const day = ref ? formatDay(shiftDay(ref, offset)) : "XXXX-XX-XX";
    if (pod) return { type: "TIME", value: `${day}T${POD[pod] ?? "XX"}` };
    return { type: "DATE", value: day };
  },
  1,
  // every match holds a deictic word or a part of the day ("mid-morning yesterday", "this evening")
  [...deicticDayWords, ...partOfDayWords],
);

/** Day-first numeric dates with dots: "25.04.2024". */
export const dottedDateParser = regexParser(
  "dotted-date",
  /(?<![\d.])(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(?:1[6-9]|20)\d\d)(?![\d.]|\.\d)/g,
  (_m, g) => {
    const d = Number(g.d);
    const mo = Number(g.m);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
    return { type: "DATE", value: `${g.y}-${pad(mo)}-${pad(d)}` };
  },
  1,
);

const HOLIDAYS: Record<string, [number, number]> = {
  "new year's eve": [12, 31], "new year’s eve": [12, 31], "new year's day": [1, 1], "new year’s day": [1, 1],
  "christmas eve": [12, 24], "christmas day": [12, 25], christmas: [12, 25], "independence day": [7, 4], halloween: [10, 31],
  "valentine's day": [2, 14], "valentine’s day": [2, 14],
};

/** Day of a movable holiday in a given year (US calendar; Easter by the Gregorian computus). */
function movableHoliday(name: string, year: number): CalendarDay | null {
  const weekdayOf = (month: number, day: number) => isoWeekdayOf({ year, month, day });
  switch (name) {
    case "thanksgiving":
    case "thanksgiving day": {
      const first = 1 + ((4 - weekdayOf(11, 1) + 7) % 7);
      return { year, month: 11, day: first + 21 };
    }
    case "black friday":
    case "cyber monday": {
      const t = movableHoliday("thanksgiving", year);
      return t ? addDays(t, name === "black friday" ? 1 : 4) : null;
    }
    case "good friday":
    case "ash wednesday":
    case "palm sunday": {
      const e = movableHoliday("easter", year);
      return e ? addDays(e, name === "good friday" ? -2 : name === "palm sunday" ? -7 : -46) : null;
    }
    // the day most U.S. states hold presidential primaries: the first Tuesday of March (2004, 2012, 2016, 2020, 2024; not 2008)
    case "super tuesday":
      return { year, month: 3, day: 1 + ((2 - weekdayOf(3, 1) + 7) % 7) };
    case "election day":
      return { year, month: 11, day: 1 + ((1 - weekdayOf(11, 1) + 7) % 7) + 1 };
    case "labor day":
      return { year, month: 9, day: 1 + ((1 - weekdayOf(9, 1) + 7) % 7) };
    case "memorial day":
      return { year, month: 5, day: 31 - ((weekdayOf(5, 31) - 1 + 7) % 7) };
    case "easter":
    case "easter sunday":
    case "easter week": {
      const a = year % 19;
      const b = Math.floor(year / 100);
      const c = year % 100;
      const d = Math.floor(b / 4);
      const e = b % 4;
      const f = Math.floor((b + 8) / 25);
      const g = Math.floor((b - f + 1) / 3);
      const h = (19 * a + b - d - g + 15) % 30;
      const i = Math.floor(c / 4);
      const k = c % 4;
      const l = (32 + 2 * e + 2 * i - h - k) % 7;
      const m = Math.floor((a + 11 * h + 22 * l) / 451);
      const month = Math.floor((h + l - 7 * m + 114) / 31);
      const day = ((h + l - 7 * m + 114) % 31) + 1;
      return { year, month, day };
    }
    default:
      return null;
  }
}

/**
 * Holidays: fixed-date ("New Year's Eve", "Christmas") and movable ones
 * ("Thanksgiving Day", "Election Day", "Easter", "Easter week" → its ISO
 * week, "Labor Day", "Memorial Day", the named weekdays "Black Friday", "Cyber Monday", "Good Friday", "Ash
 * Wednesday", "Palm Sunday" and "Super Tuesday" → the first Tuesday of March), resolved by tense like a month and day;
 * and "the year 2000".
 */
export const holidayParser = regexParser(
  "holiday",
  /\b(?:(?<h>New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Christmas|Independence Day|Halloween|Valentine['’]s Day|Thanksgiving Day|Thanksgiving|Election Day|Easter Sunday|Easter week|Easter|Labor Day|Memorial Day|Black Friday|Cyber Monday|Good Friday|Ash Wednesday|Palm Sunday|Super Tuesday)(?![A-Za-z])(?: (?<year>(?:1[6-9]|20)\d\d)(?!\d))?|the year (?<y2>(?:1[6-9]|20)\d\d)(?!\d))/g,
  (m, g, ctx) => {
    if (g.y2) return { type: "DATE", value: g.y2 };
    const key = (g.h ?? "").toLowerCase();
    const week = key === "easter week";
    const probe = movableHoliday(key, ctx.reference?.year ?? 2000);
    const md: [number, number] | undefined = probe ? [probe.month, probe.day] : HOLIDAYS[key];
    if (!md) return null;
    const [month, day] = md;
    let year: number | null = g.year ? Number(g.year) : null;
    if (year === null && ctx.reference) year = resolveMonthDay(ctx.reference, month, day, monthDayDirection(ctx, m.index, m.index + m[0].length)).year;
    if (year === null) return { type: "DATE", value: week ? "XXXX-WXX" : `XXXX-${pad(month)}-${pad(day)}` };
    const date = movableHoliday(key, year) ?? { year, month, day };
    return { type: "DATE", value: week ? formatWeek(date) : formatDay(date) };
  },
  1,
);

/** Weekends: "the weekend", "this weekend", "last weekend". */
export const weekendParser = regexParser(
  "weekend",
  new RegExp(String.raw`\b(?<det>${wordAlternation(weekendDeterminerWords, { order: "given" })}) weekend\b`, "gi"),
  (m, g, ctx) => {
    const det = (g.det ?? "").toLowerCase();
    if (det === "that") return null;
    const start = det === "over the" ? m.index + 5 : m.index;
    const ref = ctx.reference;
    if (!ref) return { type: "DATE", value: "XXXX-WXX-WE", start };
    const wd = isoWeekdayOf(ref);
    let n = 0;
    if (det === "last") n = wd >= 6 ? -1 : -1;
    else if (det === "next") n = 1;
    else if (det === "the" || det === "over the") {
      const dir = tenseDirection(ctx, m.index, m.index + m[0].length);
      n = dir === "future" || wd >= 6 ? 0 : -1;
    }
    return { type: "DATE", value: shiftedPeriodValue(ref, "WE", n), start };
  },
  1,
  ["weekend"],
);

/** Year end: "year-end", "the end of the year", "year's end". */
export const yearEndParser = regexParser(
  "year-end",
  new RegExp(String.raw`\b(?:(?<the>the) )?${wordAlternation(yearEndPhrases, { order: "given" })}\b`, "gi"),
  (_m, _g, ctx) => ({ type: "DATE", value: ctx.reference ? pad(ctx.reference.year, 4) : "XXXX", mod: "END" }),
  1,
  yearEndPhrases,
);
