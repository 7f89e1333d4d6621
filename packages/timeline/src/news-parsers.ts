import type { TimexType } from "./schema.js";
import type { TaggerContext, TemporalParser, TimexCandidate } from "./temporal-tagger.js";
import { type CalendarDay, daysInMonth, formatDay, formatWeek, pad } from "./calendar.js";
import {
  type Direction,
  type Unit,
  directionOfTense,
  durationValue,
  quarterOfMonth,
  resolveMonth,
  resolveMonthDay,
  resolveSeason,
  resolveWeekday,
  shiftedPeriodValue,
  unknownPeriodValue,
} from "./resolve.js";

// Every pattern below is a flat sequence of bounded pieces and fixed-word
// alternations: no nested quantifiers, so matching stays linear.

/** What a regex rule builds from a match. */
interface Built {
  type: TimexType;
  value: string;
  mod?: string | undefined;
  start?: number;
  end?: number;
}

type Groups = Record<string, string | undefined>;

function regexParser(
  name: string,
  pattern: RegExp,
  build: (m: RegExpExecArray, g: Groups, ctx: TaggerContext) => Built | null,
  priority = 1,
): TemporalParser {
  return {
    name,
    parse(ctx) {
      // patterns are global (sticky state reset per call); a non-global one matches once
      const re = pattern;
      re.lastIndex = 0;
      const out: TimexCandidate[] = [];
      let m: RegExpExecArray | null;
      let guard = 0;
      while ((m = re.exec(ctx.text)) !== null) {
        if (!re.global && guard++ > 0) break;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const b = build(m, (m.groups ?? {}) as Groups, ctx);
        if (b) {
          out.push({
            start: b.start ?? m.index,
            end: b.end ?? m.index + m[0].length,
            type: b.type,
            value: b.value,
            mod: b.mod,
            rule: name,
            priority,
          });
        }
      }
      return out;
    },
  };
}

export const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|Sept|Jan|Feb|Aug|Oct|Nov|Dec";
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const POD: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI" };

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  "a hundred": 100, dozen: 12, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "one and a half": 1.5,
  "a half": 0.5, half: 0.5, "half a": 0.5,
};
const FUZZY = new Set(["few", "a few", "several", "some", "many", "dozens of", "a number of", "the next few", "countless"]);
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine";
const NUM =
  `\\d{1,3}(?:\\.\\d{1,2})?|(?:${TENS})(?:[- ](?:${UNITS_1_9}))?|one and a half|a hundred|a dozen|a couple of|a couple|couple of|a few|a number of|dozens of|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|few|several|some|many|half a`;
const UNIT_RE = "seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)";

function parseNumber(raw: string): number | "X" | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ");
  if (FUZZY.has(s)) return "X";
  if (/^\d/.test(s)) {
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  }
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s] ?? null;
  const parts = s.split(/[- ]/);
  if (parts.length === 2) {
    const a = NUMBER_WORDS[parts[0] ?? ""];
    const b = NUMBER_WORDS[parts[1] ?? ""];
    if (a !== undefined && b !== undefined) return a + b;
  }
  return null;
}

function unitOf(raw: string): Unit | null {
  const s = raw.toLowerCase();
  if (s.startsWith("second")) return "S";
  if (s.startsWith("minute")) return "MIN";
  if (s.startsWith("hour")) return "H";
  if (s.startsWith("weekend")) return "WE";
  if (s.startsWith("day") || s.startsWith("night")) return "D";
  if (s.startsWith("week")) return "W";
  if (s.startsWith("month")) return "M";
  if (s.startsWith("quarter")) return "Q";
  if (s.startsWith("year")) return "Y";
  if (s.startsWith("decade")) return "DE";
  if (s.startsWith("centur")) return "CE";
  return null;
}

function modOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.toLowerCase().replace(/\s+/g, " ");
  if (s === "about" || s === "around" || s === "approximately" || s === "roughly" || s === "some" || s === "nearly" || s === "almost")
    return s === "nearly" || s === "almost" ? "LESS_THAN" : "APPROX";
  if (s === "more than" || s === "over" || s === "longer than") return "MORE_THAN";
  if (s === "less than" || s === "under" || s === "fewer than" || s === "shorter than") return "LESS_THAN";
  if (s === "at least") return "EQUAL_OR_MORE";
  if (s === "up to" || s === "at most" || s === "no more than") return "EQUAL_OR_LESS";
  if (s === "early" || s === "the beginning of" || s === "the start of" || s === "earlier") return "START";
  if (s === "late" || s === "the end of" || s === "later") return "END";
  if (s === "mid" || s === "the middle of") return "MID";
  return undefined;
}

function tenseDirection(ctx: TaggerContext, start: number, end: number): Direction {
  return directionOfTense(ctx.tenseAt(start, end));
}

function relDirection(rel: string | undefined): Direction | null {
  if (!rel) return null;
  const r = rel.toLowerCase();
  if (r === "last" || r === "past" || r === "previous") return "last";
  if (r === "next" || r === "coming") return "next";
  if (r === "this") return "this";
  return null;
}

const MONTH_PREPOSITIONS = new Set(["in", "of", "since", "until", "till", "by", "during", "before", "after", "through", "from", "to", "between", "and", "late", "early", "mid", "last", "next", "this", "as", "for"]);

function previousWord(text: string, index: number): string {
  let i = index;
  while (i > 0 && text[i - 1] === " ") i--;
  const end = i;
  let steps = 0;
  while (i > 0 && steps < 20 && /[A-Za-z.'’-]/.test(text[i - 1] ?? "")) {
    i--;
    steps++;
  }
  return text.slice(i, end);
}

function nextWord(text: string, index: number): string {
  let i = index;
  while (i < text.length && text[i] === " ") i++;
  const start = i;
  let steps = 0;
  while (i < text.length && steps < 20 && /[A-Za-z%]/.test(text[i] ?? "")) {
    i++;
    steps++;
  }
  return text.slice(start, i);
}

// ---------------------------------------------------------------------------

const MONTH_PRE = "[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of";

/** Month names with optional day and year: "April 25", "Sept. 15", "July 2023", "last July", "late July". */
const monthDateParser = regexParser(
  "month-date",
  new RegExp(
    `\\b(?:(?<pre>${MONTH_PRE})(?:-| |- )(?:in )?)?(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) )?(?<month>${MONTHS})(?:(?: |\\u00a0)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:]))?(?:(?:, | |,)(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d])| (?<ry>this|last|next) year)?(?![A-Za-z])`,
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
    if (monthKey === "may" && day === undefined && year === undefined && !g.pre && !g.rel) {
      if (!MONTH_PREPOSITIONS.has(previousWord(ctx.text, m.index).toLowerCase())) return null;
    }
    if (monthKey === "march" && day === undefined && year === undefined && !g.pre && !g.rel) {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (!MONTH_PREPOSITIONS.has(prev) && prev !== "") return null;
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
      const dir = relDirection(g.rel) ?? monthDayDirection(ctx, m.index, end);
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

function monthDayDirection(ctx: TaggerContext, start: number, end: number): Direction {
  const prev = previousWord(ctx.text, start).toLowerCase();
  if (prev === "by" || prev === "until" || prev === "till" || prev === "before" || prev === "through") return "closest";
  return tenseDirection(ctx, start, end);
}

/** Day-first dates: "11 April, 2018", "the 15th of March". */
const dayMonthParser = regexParser(
  "day-month-date",
  new RegExp(
    `\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)? (?:of )?(?<month>${MONTHS})(?:(?:, | |,)(?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?(?![A-Za-z])`,
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

/** Weekdays, resolved by tense: "Wednesday", "last Saturday", "Sunday afternoon", "Monday, Oct. 30". */
const weekdayParser = regexParser(
  "weekday",
  new RegExp(
    `\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast) )?(?<wd>${WEEKDAY_RE})(?:(?<md>,? (?<month>${MONTHS}) (?<day>[0-3]?\\d)(?!\\d)(?:,? (?<year>(?:1[6-9]|20)\\d\\d)(?!\\d))?)| (?<pod>morning|afternoon|evening|night))?\\b`,
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
      const dir = relDirection(g.rel) ?? tenseDirection(ctx, m.index, m.index + m[0].length);
      dayValue = formatDay(resolveWeekday(ref, wd, dir));
    }
    if (g.pod) return { type: "TIME", value: `${dayValue}T${POD[g.pod.toLowerCase()] ?? "XX"}` };
    return { type: "DATE", value: dayValue };
  },
  2,
);

/** today, yesterday, tomorrow, tonight, this morning, last night. */
const deicticDayParser = regexParser(
  "deictic-day",
  /\b(?:(?<word>today|yesterday|tomorrow|tonight)(?: (?<pod>morning|afternoon|evening|night))?|(?<this>this|last) (?<pod2>morning|afternoon|evening|night))\b/gi,
  (m, g, ctx) => {
    const ref = ctx.reference;
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
);

function shiftDay(ref: CalendarDay, offset: number): CalendarDay {
  const n = Date.UTC(ref.year, ref.month - 1, ref.day) + offset * 86_400_000;
  const d = new Date(n);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** PRESENT_REF, PAST_REF, FUTURE_REF. */
const referenceParser = regexParser(
  "reference",
  /\b(?:(?<present>right now|now|currently|presently|nowadays|at present|at the moment|these days|for the time being)|(?<past>recently|lately|the past|(?<recent>in recent (?:days|weeks|months|years|decades)|recent (?:days|weeks|months|years|decades)))|(?<future>soon|the future|the near future|the (?:near|short) term|as soon as possible|a later date|(?:the )?coming (?:days|weeks|months|years|decades)|(?<ahead>the (?:days|weeks|months|years) ahead)|the days to come|the months to come|the years to come|someday|one day))\b/gi,
  (m, g, ctx) => {
    const t = m[0].toLowerCase();
    let start = m.index;
    if (t.startsWith("in recent")) start += 3;
    if (t === "once") {
      // "once" is a time only as "formerly": "the once-powerful", "was once"
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (!["was", "were", "had", "has", "have", "is", "are"].includes(prev)) return null;
    }
    if (t === "recent") {
      // the adjective "recent" is PAST_REF only before an event noun or alone
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (["years", "months", "weeks", "days"].includes(next)) return null;
    }
    if (t === "soon") {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (prev === "as" || next === "after" || next === "as" || next === "before") return null;
    }
    if (t === "one day") {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (prev !== "" && prev !== "could" && prev !== "might" && prev !== "will" && prev !== "would") return null;
    }
    if (g.recent || g.ahead) {
      // "recent weeks", "the months ahead": TimeBank annotates these as vague durations
      const unit = unitOf(/(days|weeks|months|years|decades)/i.exec(t)?.[1] ?? "") ?? "Y";
      return { type: "DURATION", value: durationValue("X", unit), start };
    }
    if (g.present) return { type: "DATE", value: "PRESENT_REF", start };
    if (g.past) return { type: "DATE", value: "PAST_REF", start };
    return { type: "DATE", value: "FUTURE_REF", start };
  },
  0,
);

/** "last week", "this year", "the past year", "next month", "earlier this year", "the last decade". */
const relativePeriodParser = regexParser(
  "relative-period",
  /\b(?:(?<pre>early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)(?:-| |- ))?(?<the>the )?(?<rel>last|this|next|past|coming|previous|current|following|latest|prior|present) (?<unit>week|month|year|quarter|weekend|decade|century|half|fiscal year)\b/gi,
  (m, g, ctx) => {
    const rel = (g.rel ?? "").toLowerCase();
    const unitRaw = (g.unit ?? "").toLowerCase();
    const hasThe = !!g.the;
    const unit: Unit | "H2" = unitRaw === "half" ? "H2" : unitRaw === "fiscal year" ? "Y" : (unitOf(unitRaw) ?? "D");
    if (unit === "H2") {
      const ref = ctx.reference;
      if (!ref) return { type: "DATE", value: "XXXX-HX" };
      const half = ref.month <= 6 ? 1 : 2;
      const total = ref.year * 2 + half - 1 + (rel === "last" || rel === "previous" || rel === "past" ? -1 : rel === "next" || rel === "coming" ? 1 : 0);
      return { type: "DATE", value: `${Math.floor(total / 2)}-H${(total % 2) + 1}` };
    }
    if (hasThe && (rel === "past" || rel === "last" || rel === "previous" || rel === "prior") && unit !== "DE" && !g.pre)
      return { type: "DURATION", value: durationValue(1, unit) };
    if (hasThe && (rel === "coming" || rel === "next" || rel === "following") && unit !== "Q" && !g.pre)
      return { type: "DURATION", value: durationValue(1, unit) };
    let n = 0;
    if (rel === "last" || rel === "past" || rel === "previous" || rel === "prior") n = -1;
    else if (rel === "next" || rel === "coming" || rel === "following") n = 1;
    else if (rel === "latest") n = unit === "Q" ? -1 : 0;
    const ref = ctx.reference;
    const value = ref ? shiftedPeriodValue(ref, unit, n) : unknownPeriodValue(unit);
    const pre = g.pre?.toLowerCase();
    return { type: "DATE", value, mod: pre === "earlier" || pre === "later" ? undefined : modOf(pre) };
  },
  1,
);

/** "the week of April 29" → the ISO week of that day. */
const weekOfParser = regexParser(
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
);

/** Durations and "ago": "four months", "more than a decade", "six-year-old", "the past three years", "six years ago". */
const durationParser = regexParser(
  "duration",
  new RegExp(
    `\\b(?:(?<mod>about|around|approximately|roughly|nearly|almost|more than|less than|fewer than|at least|up to|at most|no more than|longer than|some) )?(?:(?<the>the|these|those) )?(?:(?<rel>past|last|next|coming|first|previous|following|final|recent|latest|prior|other|remaining|same|initial) )?(?<num>${NUM})(?:-| )(?:(?:more|additional|extra|straight|consecutive|full|trading|business|working|calendar) )?(?<unit>${UNIT_RE})(?<suffix>-old|-long|-plus|-and-a-half)?(?![\\w-])(?: (?<ago>ago|earlier|before|from now))?`,
    "gi",
  ),
  (m, g, ctx) => {
    const num = parseNumber(g.num ?? "");
    const unit = unitOf(g.unit ?? "");
    if (num === null || unit === null) return null;
    const numRaw = (g.num ?? "").toLowerCase();
    // "a" or "an" needs a singular unit; digits need a plausible count
    const plural = /s$/i.test(g.unit ?? "") || /ies$/i.test(g.unit ?? "");
    if ((numRaw === "a" || numRaw === "an") && plural) return null;
    if ((numRaw === "a" || numRaw === "an") && !g.mod && !g.rel && !g.ago) {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      const prevChar = ctx.text.slice(Math.max(0, m.index - 2), m.index).trim();
      if (/\d/.test(prevChar) || ["million", "billion", "thousand", "times", "once", "twice", "cents"].includes(prev) || (prev.length > 3 && prev.endsWith("s") && !["was", "has", "takes", "lasts", "this", "its", "takes", "needs"].includes(prev)))
        return null;
    }
    if (!g.suffix && !g.ago && nextWord(ctx.text, m.index + m[0].length).toLowerCase() === "old") return null;
    if (unit === "S" && !plural && !g.ago) {
      // "a second official": the ordinal, not a duration
      const next = nextWord(ctx.text, m.index + m[0].length);
      if (next !== "" && !["or", "and", "to"].includes(next.toLowerCase())) return null;
    }
    if (typeof num === "number" && num > 1 && !plural && !m[0].includes("-")) {
      // "three year" without a hyphen is odd; allow ("a three year low")
    }
    // prices and scores: "$5 a day" is not a duration; "1.625 a share" never matches (no unit)
    const before = ctx.text.slice(Math.max(0, m.index - 1), m.index);
    if (before === "$") return null;
    let start = m.index;
    let mod = modOf(g.mod);
    if (g.mod && g.mod.toLowerCase() === "some" && num === "X") return null;
    if (g.mod?.toLowerCase() === "over" && !g.the && !g.rel) {
      // "over" as a preposition of time span: keep as MORE_THAN
    }
    if (g.ago) {
      const ago = g.ago.toLowerCase();
      if (ago === "from now") {
        return dateShift(ctx, unit, num, 1, mod);
      }
      if (ago !== "before") return dateShift(ctx, unit, num, -1, mod);
      // "several months before he died": a duration; "before" stays outside
      const end = m.index + m[0].length - " before".length;
      return { type: "DURATION", value: durationValue(num === "X" ? "X" : num, unit), mod, start, end };
    }
    if (g.the && !g.rel && (numRaw === "a" || numRaw === "an")) return null;
    // "the six months" keeps its article; "the two-week visit" (an adjective) does not
    const adjective = /^[^ ]+-/.test((g.num ?? "") + (m[0].slice(m[0].indexOf(g.num ?? "") + (g.num ?? "").length, m[0].indexOf(g.num ?? "") + (g.num ?? "").length + 1)));
    if (g.the && !g.rel && (adjective || g.the.toLowerCase() !== "the")) start = m.index + m[0].indexOf(" ") + 1;
    if (unit === "Q") {
      // "three-quarters of", "a quarter of the market": fractions, not time
      const after = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (after === "of" || /quarters$/i.test(g.unit ?? "") && m[0].includes("-")) return null;
    }
    if (g.suffix?.toLowerCase() === "-plus") mod = "MORE_THAN";
    if (unit === "Q") return { type: "DURATION", value: durationValue(num === "X" ? "X" : num * 3, "M"), mod, start };
    return { type: "DURATION", value: durationValue(num === "X" ? "X" : num, unit), mod, start };
  },
  1,
);

function dateShift(ctx: TaggerContext, unit: Unit, num: number | "X", sign: number, mod: string | undefined): Built {
  const ref = ctx.reference;
  if (num === "X" || !ref) return { type: "DATE", value: num === "X" ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : unknownPeriodValue(unit), mod };
  const n = Math.round(num) * sign;
  let value: string;
  switch (unit) {
    case "S":
    case "MIN":
    case "H":
      value = formatDay(ref);
      break;
    case "D":
      value = shiftedPeriodValue(ref, "D", n);
      break;
    case "W":
    case "WE":
      value = shiftedPeriodValue(ref, "W", n);
      break;
    case "M":
      value = shiftedPeriodValue(ref, "M", n);
      break;
    case "Q":
      value = shiftedPeriodValue(ref, "Q", n);
      break;
    case "DE":
      value = pad(ref.year + n * 10, 4);
      break;
    case "CE":
      value = pad(ref.year + n * 100, 4);
      break;
    default:
      value = shiftedPeriodValue(ref, "Y", n);
  }
  return { type: "DATE", value, mod };
}

/** Bare unit plurals in duration contexts: "for months", "months-long", "years of". */
const vagueDurationParser = regexParser(
  "vague-duration",
  /\b(?<u>days|weeks|months|years|decades)(?<long>-long)?\b/gi,
  (m, g, ctx) => {
    const prev = previousWord(ctx.text, m.index).toLowerCase();
    if (!g.long && !["for", "within", "after", "over", "took", "take", "takes", "last", "lasted"].includes(prev)) return null;
    const unit = unitOf(g.u ?? "");
    if (!unit) return null;
    return { type: "DURATION", value: durationValue("X", unit) };
  },
  0,
);

/** Seasons: "this spring" → 2024-SP, "the summer of 2023", "late summer". */
const seasonParser = regexParser(
  "season",
  /\b(?:(?<the0>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<rel>this past|this coming|this|last|next|past|coming) |(?<the>the ))?(?<season>spring|summer|fall|autumn|winter)(?: (?:of )?(?<year>(?:1[6-9]|20)\d\d)(?!\d))?\b/gi,
  (m, g, ctx) => {
    const s = (g.season ?? "").toLowerCase();
    const code = s === "spring" ? "SP" : s === "summer" ? "SU" : s === "winter" ? "WI" : "FA";
    if (!g.rel && !g.year && !g.pre) return null;
    if (g.the && !g.year) return null;
    let value: string;
    if (g.year) value = `${g.year}-${code}`;
    else if (!ctx.reference) value = `XXXX-${code}`;
    else {
      const rel = (g.rel ?? "").toLowerCase();
      const dir = rel === "this past" ? "last" : rel === "this coming" ? "next" : relDirection(g.rel);
      value = resolveSeason(ctx.reference, code, dir ?? tenseDirection(ctx, m.index, m.index + m[0].length));
    }
    if (g.the0 && !g.pre && !g.year) return { type: "DATE", value, start: m.index + 4 };
    return { type: "DATE", value, mod: modOf(g.pre) };
  },
  1,
);

/** Whether the text before `index` (skipping up to 3 spaces) ends a sentence or opens a quote. */
function endsSentence(text: string, index: number): boolean {
  let i = index;
  let steps = 0;
  while (i > 0 && steps < 3 && (text[i - 1] === " " || text[i - 1] === "\t")) {
    i--;
    steps++;
  }
  const c = text[i - 1];
  return i === 0 || c === "." || c === "!" || c === "?" || c === "\n" || c === '"' || c === "“";
}

const DESIGNATION_OK = new Set([
  "In", "Since", "By", "Until", "From", "Before", "After", "During", "Through", "Fiscal", "Early", "Late", "Mid", "Summer",
  "Spring", "Winter", "Fall", "Autumn", "Of", "The", "And", "Or", "To", "At", "On", "For", "As", "Between", "Around", "About",
  "That", "This", "A", "An", "Its", "His", "Her", "Their", "Our", "Until", "Last", "Next", "Early", "Mid", "Fiscal", "Calendar",
  "Before", "Since", "Throughout", "Over", "Under", "Like", "Unlike", "But", "So", "Then", "When", "While", "If",
]);
const YEAR_NOUNS = new Set(["troops", "people", "soldiers", "percent", "points", "shares", "jobs", "workers", "members", "cases", "units", "tons", "votes", "miles", "feet", "meters", "km", "kilometers"]);

/** Bare years ("a 2023 military coup"), fiscal years, and decades. */
const yearParser = regexParser(
  "year",
  /(?<![\w$£€.,/:-])(?:(?<pre>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)(?:-| |- )(?:of )?)?(?:(?<fiscal>fiscal year|fiscal|FY) ?)?(?<year>(?:1[6-9]|20)\d\d)(?<s>'?s)?(?![\w%/]|[.,]\d|-\d|:\d)/gi,
  (m, g, ctx) => {
    const year = g.year ?? "";
    const yearStart = m.index + m[0].lastIndexOf(year + (g.s ?? ""));
    if (g.s) {
      // decades: 1990s, 1990's
      if (!year.endsWith("0")) return null;
      return { type: "DATE", value: year.slice(0, 3), mod: modOf(g.pre) };
    }
    if (!g.pre && !g.fiscal) {
      const prev = previousWord(ctx.text, yearStart);
      // designations: "Flintlock 2018", "Windows 2000", "Vision 2030"; not "In 2018", "July 2023" (month rule)
      if (prev && /^[A-Z]/.test(prev) && !DESIGNATION_OK.has(prev) && !(prev.replace(".", "").toLowerCase() in MONTH_NAMES)) {
        const lineStart = yearStart - prev.length - 1 <= 0 || endsSentence(ctx.text, yearStart - prev.length);
        if (!lineStart) return null;
      }
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (YEAR_NOUNS.has(next)) return null;
      const before = ctx.text.slice(Math.max(0, yearStart - 2), yearStart);
      if (before.endsWith("#") || before === "No") return null;
    }
    // TimeBank annotates fiscal years with the plain year value
    const value = year;
    return { type: "DATE", value, mod: modOf(g.pre?.toLowerCase()) };
  },
  1,
);

/** Decades: "the 1990s", "the late '80s", "the last decade". */
const decadeParser = regexParser(
  "decade",
  /\b(?:(?<the>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<full>(?:1[6-9]|20)\d0)'?s|'(?<short>\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
  (_m, g) => {
    if (g.word && !g.the) return null;
    const DECADE_WORDS: Record<string, string> = { twenties: "2", thirties: "3", forties: "4", fifties: "5", sixties: "6", seventies: "7", eighties: "8", nineties: "9" };
    const value = g.full ? g.full.slice(0, 3) : g.word ? `19${DECADE_WORDS[g.word.toLowerCase()] ?? "X"}` : `19${g.short ?? "X"}`;
    return { type: "DATE", value, mod: modOf(g.pre) };
  },
  1,
);

const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };

/** Quarters and halves: "the third quarter", "third-quarter", "fiscal 1999 first quarter", "the first half of 2024". */
const quarterParser = regexParser(
  "quarter",
  /\b(?:(?<the>the) )?(?:(?<fiscal1>fiscal) (?<fy1>(?:19|20)\d\d) |(?<y0>(?:19|20)\d\d) |(?<ry>this|last|next) year's |(?<ya>year-ago|year-earlier|comparable year-ago) )?(?:(?<fiscal0>fiscal)[- ])?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|year-earlier|year-ago|comparable|same|last)(?:-| ))?(?:(?<fiscal2>fiscal) )?(?<kind>quarter|half)(?: (?:of |in )?(?:(?<fiscal3>fiscal) )?(?<year>(?:19|20)\d\d)(?!\d))?\b/gi,
  (m, g, ctx) => {
    const ordRaw = (g.ord ?? "").toLowerCase();
    const kind = (g.kind ?? "").toLowerCase();
    if (!g.ord && !g.year && !g.fy1 && !g.y0 && !g.ya) {
      if (!g.the || kind !== "quarter") return null;
    }
    const ryOffset = g.ya ? -1 : g.ry ? (g.ry.toLowerCase() === "last" ? -1 : g.ry.toLowerCase() === "next" ? 1 : 0) : null;
    // "the third-quarter results": the adjective drops the article
    const hyphenAdjective = !!g.the && !!g.ord && m[0].includes(`${g.ord}-`);
    const start = hyphenAdjective ? m.index + 4 : m.index;
    const yearGiven = g.fy1 ?? g.y0 ?? g.year ?? (ryOffset !== null && ctx.reference ? String(ctx.reference.year + ryOffset) : undefined);
    // fiscal quarters and years keep the plain year value (the TimeBank convention)
    const ref = ctx.reference;
    if (kind === "half") {
      const h = ordRaw === "first" || ordRaw === "1st" ? 1 : ordRaw === "second" || ordRaw === "2nd" ? 2 : 0;
      if (!h) return null;
      const y = yearGiven ?? (ref ? String(ref.year) : "XXXX");
      return { type: "DATE", value: `${y}-H${h}` };
    }
    let q = ORDINALS[ordRaw] ?? 0;
    let year: number | null = yearGiven ? Number(yearGiven) : null;
    if (!q) {
      if (!ref) return { type: "DATE", value: "XXXX-QX" };
      const cur = ref.year * 4 + quarterOfMonth(ref.month) - 1;
      let total = cur;
      if (ordRaw === "" || ordRaw === "latest" || ordRaw === "previous" || ordRaw === "last" || ordRaw === "comparable" || ordRaw === "same") total = cur - 1;
      if (ordRaw === "year-earlier" || ordRaw === "year-ago" || g.ya) total = cur - 1 - 4;
      const y = g.y0 ? Number(g.y0) : Math.floor(total / 4);
      return { type: "DATE", value: `${y}-Q${(total % 4) + 1}`, start };
    }
    if (ordRaw === "last" && !yearGiven) {
      // "the last quarter" = the previous quarter
      if (!ref) return { type: "DATE", value: "XXXX-QX" };
      const total = ref.year * 4 + quarterOfMonth(ref.month) - 2;
      return { type: "DATE", value: `${Math.floor(total / 4)}-Q${(total % 4) + 1}` };
    }
    if (year === null && ref) {
      const cq = quarterOfMonth(ref.month);
      const future = ctx.tenseAt(m.index, m.index + m[0].length) === "future";
      year = q <= cq || future ? ref.year : ref.year - 1;
    }
    q = Math.min(4, Math.max(1, q));
    return { type: "DATE", value: `${year === null ? "XXXX" : pad(year, 4)}-Q${q}`, start };
  },
  1,
);

/** Sets: "every year", "each Monday", "annually", "twice a year". */
const setParser = regexParser(
  "set",
  new RegExp(
    `\\b(?:(?<q>every|each|per) (?<other>other )?(?<unit>day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn|${WEEKDAY_RE}|January|February|March|April|June|July|August|September|October|November|December)|(?<adv>yearly|hourly|nightly))\\b`,
    "gi",
  ),
  (m, g) => {
    if (g.adv) {
      const a = g.adv.toLowerCase();
      return { type: "SET", value: a === "hourly" ? "PT1H" : a === "nightly" ? "P1D" : "P1Y" };
    }
    const u = (g.unit ?? "").toLowerCase();
    const n = g.other ? 2 : 1;
    if (u in MONTH_NAMES) return { type: "SET", value: `XXXX-${pad(MONTH_NAMES[u] ?? 1)}` };
    if (u in WEEKDAYS) return { type: "SET", value: `XXXX-WXX-${WEEKDAYS[u]}` };
    if (u in POD) return { type: "SET", value: `P1D` };
    if (["summer", "winter", "spring", "fall", "autumn"].includes(u)) return { type: "SET", value: "P1Y" };
    const unit = unitOf(u);
    if (!unit) return null;
    void m;
    return { type: "SET", value: durationValue(n, unit) };
  },
  1,
);

const HOLIDAYS: Record<string, [number, number]> = {
  "new year's eve": [12, 31], "new year’s eve": [12, 31], "new year's day": [1, 1], "new year’s day": [1, 1],
  "christmas eve": [12, 24], "christmas day": [12, 25], christmas: [12, 25], "independence day": [7, 4], halloween: [10, 31],
  "valentine's day": [2, 14], "valentine’s day": [2, 14],
};

/** Fixed-date holidays ("New Year's Eve", "Christmas") and "the year 2000". */
const holidayParser = regexParser(
  "holiday",
  /\b(?:(?<h>New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Christmas|Independence Day|Halloween|Valentine['’]s Day)(?: (?<year>(?:1[6-9]|20)\d\d)(?!\d))?|the year (?<y2>(?:1[6-9]|20)\d\d)(?!\d))/g,
  (m, g, ctx) => {
    if (g.y2) return { type: "DATE", value: g.y2 };
    const md = HOLIDAYS[(g.h ?? "").toLowerCase()];
    if (!md) return null;
    const [month, day] = md;
    if (g.year) return { type: "DATE", value: `${g.year}-${pad(month)}-${pad(day)}` };
    if (!ctx.reference) return { type: "DATE", value: `XXXX-${pad(month)}-${pad(day)}` };
    return { type: "DATE", value: formatDay(resolveMonthDay(ctx.reference, month, day, monthDayDirection(ctx, m.index, m.index + m[0].length))) };
  },
  1,
);

/** Centuries: "the 20th century", "the twenty-first century". */
const centuryParser = regexParser(
  "century",
  /\b(?:(?<the>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<n>1[0-9]|2[01])(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty-first|21st)) century\b/gi,
  (_m, g) => {
    const words: Record<string, number> = { nineteenth: 19, twentieth: 20, "twenty-first": 21, "21st": 21 };
    const n = g.n ? Number(g.n) : (words[(g.w ?? "").toLowerCase()] ?? 0);
    if (!n) return null;
    return { type: "DATE", value: pad(n - 1, 2), mod: modOf(g.pre) };
  },
  1,
);

/** Duration ranges: "two to three weeks", "12 to 18 months" (value of the first bound, as TimeBank does). */
const durationRangeParser = regexParser(
  "duration-range",
  new RegExp(`\\b(?:(?<rel>the next|the past|the last|the first) )?(?<a>${NUM}) (?:to|or) (?<b>${NUM})(?:-| )(?<unit>${UNIT_RE})\\b`, "gi"),
  (_m, g) => {
    const a = parseNumber(g.a ?? "");
    const b = parseNumber(g.b ?? "");
    const unit = unitOf(g.unit ?? "");
    if (a === null || b === null || unit === null || a === "X" || b === "X") return null;
    return { type: "DURATION", value: g.rel ? durationValue("X", unit) : durationValue(a, unit), mod: "APPROX" };
  },
  1,
);

/** Day-first numeric dates with dots: "25.04.2024". */
const dottedDateParser = regexParser(
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

/** Financial quarter shorthands: "Q3 2023", "Q1", "2Q", "3Q89". */
const quarterShorthandParser = regexParser(
  "quarter-shorthand",
  /\b(?:Q(?<q1>[1-4])(?:(?: |-)(?<y1>(?:19|20)\d\d)|(?<s1>'\d\d))?|(?<q2>[1-4])Q(?<y2>\d\d)?)\b/g,
  (_m, g, ctx) => {
    const q = Number(g.q1 ?? g.q2);
    let year: number | null = null;
    if (g.y1) year = Number(g.y1);
    else if (g.s1 || g.y2) {
      const yy = Number((g.s1 ?? g.y2 ?? "").replace("'", ""));
      year = yy >= 50 ? 1900 + yy : 2000 + yy;
    } else if (ctx.reference) {
      const cq = quarterOfMonth(ctx.reference.month);
      year = q <= cq || ctx.tenseAt(_m.index, _m.index + _m[0].length) === "future" ? ctx.reference.year : ctx.reference.year - 1;
    }
    return { type: "DATE", value: `${year === null ? "XXXX" : pad(year, 4)}-Q${q}` };
  },
  1,
);

/** Frequencies: "twice a week", "three times a year", "once a month". */
const frequencyParser = regexParser(
  "frequency",
  new RegExp(`\\b(?<f>once|twice|(?:${NUM}) times) (?:a|an|per|each|every) (?<unit>day|week|month|year|quarter|hour|minute|decade)\\b`, "gi"),
  (_m, g) => {
    const unit = unitOf(g.unit ?? "");
    if (!unit) return null;
    return { type: "SET", value: durationValue(1, unit) };
  },
  2,
);

/** Weekends: "the weekend", "this weekend", "last weekend". */
const weekendParser = regexParser(
  "weekend",
  /\b(?<det>the|this|last|next|over the|that) weekend\b/gi,
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
);

function isoWeekdayOf(d: CalendarDay): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Year end: "year-end", "the end of the year", "year's end". */
const yearEndParser = regexParser(
  "year-end",
  /\b(?:(?<the>the) )?(?:year-end|year's end|year’s end|end of the year|end of this year)\b/gi,
  (_m, _g, ctx) => ({ type: "DATE", value: ctx.reference ? pad(ctx.reference.year, 4) : "XXXX", mod: "END" }),
  1,
);

/** "year-earlier", "the year-ago period", "the corresponding period last year". */
const yearAgoParser = regexParser(
  "year-ago",
  /\b(?:(?<the>the) )?(?:year-earlier|year-ago|year earlier)(?: (?:period|quarter))?\b/gi,
  (_m, _g, ctx) => ({ type: "DATE", value: ctx.reference ? pad(ctx.reference.year - 1, 4) : "XXXX" }),
  1,
);

const SPELLED_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPELLED_TENS: Record<string, number> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Spelled-out years in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
const spelledYearParser = regexParser(
  "spelled-year",
  /\b(?:(?<the>the year )?(?<c>nineteen) (?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<the2>the year )?two thousand(?: and (?<u2>one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
  (m, g) => {
    if (g.c) {
      const y = 1900 + (SPELLED_TENS[(g.t ?? "").toLowerCase()] ?? 0) + (g.u ? (SPELLED_UNITS[g.u.toLowerCase()] ?? 0) : 0);
      return { type: "DATE", value: String(y) };
    }
    if (!g.the2 && !g.u2) return null;
    void m;
    return { type: "DATE", value: String(2000 + (g.u2 ? (SPELLED_UNITS[g.u2.toLowerCase()] ?? 0) : 0)) };
  },
  1,
);

/** The news parsers, in order. */
export function createNewsParsers(): TemporalParser[] {
  return [
    monthDateParser,
    dayMonthParser,
    weekdayParser,
    weekOfParser,
    deicticDayParser,
    referenceParser,
    relativePeriodParser,
    durationParser,
    vagueDurationParser,
    seasonParser,
    yearParser,
    decadeParser,
    quarterParser,
    setParser,
    yearAgoParser,
    spelledYearParser,
    weekendParser,
    yearEndParser,
    dottedDateParser,
    quarterShorthandParser,
    frequencyParser,
    holidayParser,
    centuryParser,
    durationRangeParser,
  ];
}
