/**
 * Shared pieces of the news parsers: the regex-rule helper, word lists and
 * small scanners. Every pattern is a flat sequence of bounded pieces and
 * fixed-word alternations: no nested quantifiers, so matching stays linear.
 */
import type { TimexType } from "../schema.js";
import { type Parser, wordAlternation } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import { type CalendarDay, formatDay, pad } from "../dates/calendar.js";
import { type Direction, type Unit, directionOfTense, shiftedPeriodValue, unknownPeriodValue } from "../dates/resolve.js";
import { fuzzyWords, monthPrepositionsWords, numberPhraseWords, tensWords, unitWords, approachVerbs, quarterCompoundWords } from "../lexicon/quantities.js";
import { monthPatternWords } from "../lexicon/months.js";

/** What a regex rule builds from a match. */
export interface Built {
  type: TimexType;
  value: string;
  mod?: string | undefined;
  start?: number;
  end?: number;
}

export type Groups = Record<string, string | undefined>;

/** Lower-cased text of the last document a rule with `requires` read: every rule reads the same text in turn. */
let lastText = "";
let lastLower = "";
function lowerText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/**
 * A parser from one regex rule: every match of `pattern` in the text is handed to `build`.
 *
 * @param name - The rule's name, recorded on its candidates.
 * @param pattern - A global regex (a non-global one matches once).
 * @param build - The candidate of a match, or `null` to skip it.
 * @param priority - Priority of its candidates when they overlap others.
 * @param requires - Literals of which every match of `pattern` contains at least one (compared
 *   case-insensitively): a text holding none of them cannot match, and is not scanned. Same
 *   candidates, fewer scans of texts without the rule's key words; a test checks each list against
 *   its pattern.
 * @returns The parser, with its pattern and literals (for the tests).
 */
export function regexParser(
  name: string,
  pattern: RegExp,
  build: (m: RegExpExecArray, g: Groups, ctx: TaggerContext) => Built | null,
  priority = 1,
  requires?: readonly string[],
): Parser<TaggerContext, TimexCandidate> & { readonly pattern: RegExp; readonly requires?: readonly string[] } {
  const literals = requires?.map((w) => w.toLowerCase());
  return {
    name,
    // exposed so that tests can check every pattern, including those built from lexicon lists, for linear matching
    pattern,
    ...(literals ? { requires: literals } : {}),
    parse(ctx) {
      if (literals) {
        const lower = lowerText(ctx.text);
        if (!literals.some((w) => lower.includes(w))) return [];
      }
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

/** Month names and abbreviations as a non-capturing regex group, in the list's order (full names first, dotted abbreviations before bare ones). */
export const MONTHS = wordAlternation(monthPatternWords, { order: "given" });

export const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

export const WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

export const POD: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI" };

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  "a hundred": 100, dozen: 12, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "one and a half": 1.5,
  "a half": 0.5, half: 0.5, "half a": 0.5,
};

export const FUZZY: ReadonlySet<string> = new Set(fuzzyWords);

export const TENS = wordAlternation(tensWords, { order: "given" });

export const UNITS_1_9 = wordAlternation(unitWords, { order: "given" });

/** A number as news writes it before a unit: digits, spelled tens and units, "two and a half", "a dozen", "a few", …. */
export const NUM =
  `\\d{1,3}(?: 1/2|\\.\\d{1,2})?|${TENS}(?:[- ]${UNITS_1_9})?|${wordAlternation([...unitWords, "ten"], { order: "given" })} and a half|${wordAlternation(numberPhraseWords, { order: "given" })}`;

export const UNIT_RE = "seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)";

export function parseNumber(raw: string): number | "X" | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ");
  if (FUZZY.has(s)) return "X";
  if (/^\d{1,3} 1\/2$/.test(s)) return Number(s.slice(0, -4)) + 0.5;
  const half = /^([a-z]+) and a half$/.exec(s);
  if (half) {
    const whole = NUMBER_WORDS[half[1] ?? ""];
    return whole === undefined ? null : whole + 0.5;
  }
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

export function unitOf(raw: string): Unit | null {
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

export function modOf(raw: string | undefined): string | undefined {
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

export function tenseDirection(ctx: TaggerContext, start: number, end: number): Direction {
  return directionOfTense(ctx.tenseAt(start, end));
}

export function relDirection(rel: string | undefined): Direction | null {
  if (!rel) return null;
  const r = rel.toLowerCase();
  if (r === "last" || r === "past" || r === "previous") return "last";
  if (r === "next" || r === "coming" || r === "following") return "next";
  if (r === "this") return "this";
  return null;
}

export const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(monthPrepositionsWords);

export function previousWord(text: string, index: number): string {
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

/** What follows "quarter" when it is a measure or a share, not a period ("quarter-mile", "a quarter or a third"). */
const QUARTER_NOT_PERIOD_AFTER = new RegExp(String.raw`^(?:-${wordAlternation(quarterCompoundWords, { order: "given" })}|,? (?:and|or|to) (?:a|one|two) ?-?(?:third|half|fifth))`, "i");

/**
 * Whether the "quarter(s)" ending at `end` is a fraction or a compound, not three months: next to another fraction
 * ("between a quarter and a third", "one-quarter to one-third"), before a share ("just over a quarter, 26 percent")
 * or in a compound ("the quarter-century-old brigade", "a quarter-mile").
 *
 * @param text - Text.
 * @param end - End of the word "quarter(s)".
 * @param share - Whether a following share ("a quarter, 26 percent") counts; off for "the quarter, up 31 percent".
 * @returns Whether the quarter is not time.
 */
export function quarterIsFraction(text: string, end: number, share = true): boolean {
  const after = text.slice(end, end + 28);
  if (QUARTER_NOT_PERIOD_AFTER.test(after)) return true;
  return share && /^,? (?:about |roughly |some )?\d{1,3}(?:\.\d{1,2})? ?(?:percent|%)/i.test(after);
}

/** Currency symbols that make the number after them a price (`$5`), not a time or a duration. */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(["$", "£", "€"]);

/**
 * The price filter shared by the parsers and refiners: whether the expression
 * starting at `start` follows a currency symbol (`$5 a day`, `£12`).
 *
 * @param text - Text.
 * @param start - Start of the candidate expression.
 * @returns True for a price.
 */
export function isPrice(text: string, start: number): boolean {
  return start > 0 && CURRENCY_SYMBOLS.has(text.charAt(start - 1));
}

export function nextWord(text: string, index: number): string {
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

export const MONTH_PRE = "[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of";

/** "as soon as Tuesday", "as early as March": the earliest possible time, always ahead of the report. */
export function earliestPossible(text: string, start: number): boolean {
  return /\bas (?:soon|early) as $/i.test(text.slice(Math.max(0, start - 16), start));
}

/** A verb after a date that is still to come ("as Election Day nears"). */
const APPROACHING = new RegExp(String.raw`^\s{1,3}${wordAlternation(approachVerbs, { order: "given" })}\b`);

export function monthDayDirection(ctx: TaggerContext, start: number, end: number): Direction {
  if (earliestPossible(ctx.text, start)) return "future";
  const prev = previousWord(ctx.text, start).toLowerCase();
  // "since March": the start of a stretch reaching the report, always behind it
  if (prev === "since") return "past";
  // "effective Feb. 1": the date a decision takes effect, announced ahead of it (tuning: 3 of 3 after the report)
  if (prev === "effective") return "future";
  // "as Election Day nears", "between now and November", "ahead of the Sept. 26 debate": a day still to come
  if (APPROACHING.test(ctx.text.slice(end, end + 16))) return "future";
  const before = ctx.text.slice(Math.max(0, start - 28), start);
  if (/\b(?:between now and|ahead of|(?:lead|run)[- ]up to|on the eve of)(?: the)? $/i.test(before)) return "future";
  if (prev === "by" || prev === "until" || prev === "till" || prev === "before" || prev === "through") return "closest";
  // present tense announces schedules ("the Cup begins June 10"): the nearest occurrence
  const tense = ctx.tenseAt(start, end);
  if (tense === "present") return "closest";
  return directionOfTense(tense);
}

export function shiftDay(ref: CalendarDay, offset: number): CalendarDay {
  const n = Date.UTC(ref.year, ref.month - 1, ref.day) + offset * 86_400_000;
  const d = new Date(n);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoWeekdayOf(d: CalendarDay): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Whether the text before `index` (skipping up to 3 spaces) ends a sentence or opens a quote. */
export function endsSentence(text: string, index: number): boolean {
  let i = index;
  let steps = 0;
  while (i > 0 && steps < 3 && (text[i - 1] === " " || text[i - 1] === "\t")) {
    i--;
    steps++;
  }
  const c = text[i - 1];
  return i === 0 || c === "." || c === "!" || c === "?" || c === "\n" || c === '"' || c === "“";
}

export function dateShift(ctx: TaggerContext, unit: Unit, num: number | "X", sign: number, mod: string | undefined): Built {
  const ref = ctx.reference;
  if (num === "X" || !ref) return { type: "DATE", value: num === "X" ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : unknownPeriodValue(unit), mod };
  if (num % 1 !== 0 && unit === "Y") return dateShift(ctx, "M", num * 12, sign, mod);
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
