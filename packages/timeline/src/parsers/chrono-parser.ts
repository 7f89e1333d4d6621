import * as chrono from "chrono-node/en";
import { createMessage, wordAlternation } from "@newsparse/corpus-loader";
import type { Parser } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import { formatDay, pad } from "../dates/calendar.js";
import { resolveMonthDay, resolveWeekday } from "../dates/resolve.js";
import { isPrice, relDirection } from "./rule-kit.js";
import { leadingWords, resultPrefixWords, dayOrMonthStartWords } from "../lexicon/chrono.js";
import { weekdayAbbreviations } from "../lexicon/calendar-words.js";
import { monthAbbreviations } from "../lexicon/months.js";

const LEADING_WORDS = new Set(leadingWords);
/** A preposition or article chrono-node includes at the start of a result ("on April 25"). */
const RESULT_PREFIX = new RegExp(`^${wordAlternation(resultPrefixWords, { order: "given" })} `, "i");

const SOURCE = "@newsparse/timeline";

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const MIN_CHUNK = 400;
const MAX_CHUNK = 1000;

/** Sentence-sized chunks `[from, to)`: cut after `.!?` or a newline once past MIN_CHUNK, at a space by MAX_CHUNK. */
export function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_CHUNK);
    if (to < text.length) {
      let cut = -1;
      for (let i = from + MIN_CHUNK; i < to; i++) {
        const c = text[i];
        if ((c === "\n") || ((c === "." || c === "!" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n"))) {
          cut = i + 1;
          break;
        }
      }
      if (cut < 0) {
        // Look back for a space only within this chunk: `lastIndexOf(" ", to)` would scan to the
        // start of the text when there is none, making text without spaces quadratic.
        let sp = to;
        while (sp > from + MIN_CHUNK && text.charCodeAt(sp) !== 32) sp--;
        cut = sp > from + MIN_CHUNK ? sp + 1 : to;
      }
      to = cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

const WINDOW_RADIUS = 60;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r";
}

/**
 * The parts of the text chrono needs to see: only results with digits or
 * clock words are kept, so chrono reads windows of ±60 characters around
 * them (snapped to whitespace, merged, at most one chunk long), which skips
 * most of a news text.
 */
export function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of chunks(text)) {
    if (!hasDigitOrClockWord(text, from, to)) continue;
    const lower = text.slice(from, to).toLowerCase();
    let curStart = -1;
    let curEnd = -1;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const digit = c >= 48 && c <= 57;
      const clock = !digit && (c === 110 || c === 109) && (lower.startsWith("noon", i - from) || lower.startsWith("midnight", i - from));
      if (!digit && !clock) continue;
      let ws = Math.max(from, i - WINDOW_RADIUS);
      while (ws > from && !isSpace(text[ws - 1])) ws--;
      let we = Math.min(to, i + WINDOW_RADIUS);
      while (we < to && !isSpace(text[we])) we++;
      if (curEnd >= 0 && ws <= curEnd) curEnd = Math.max(curEnd, we);
      else {
        if (curEnd >= 0) out.push([curStart, curEnd]);
        curStart = ws;
        curEnd = we;
      }
      // skip ahead inside the current window: later digits only extend it
      if (i < curEnd - WINDOW_RADIUS) i = Math.max(i, curEnd - WINDOW_RADIUS - 1);
    }
    if (curEnd >= 0) out.push([curStart, curEnd]);
  }
  return out;
}

function hasDigitOrClockWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  const chunk = text.slice(from, to).toLowerCase();
  return chunk.includes("noon") || chunk.includes("midnight");
}

/**
 * Hide sentence ends from chrono (same length, offsets kept): a period after
 * a digit or a lowercase word and before a capital ("on Feb. 13. At 10 a.m.")
 * becomes ";", so chrono's date-time merging cannot join two sentences.
 * "a.m."/"p.m." before a weekday ("10 p.m. Wednesday") still merge.
 *
 * @param text - A window of the text.
 * @returns The text with sentence-final periods replaced.
 */
export function maskSentenceEnds(text: string): string {
  let out = "";
  let last = 0;
  for (let i = 1; i < text.length - 2; i++) {
    if (text[i] !== ".") continue;
    const p = text.charCodeAt(i - 1);
    const digitOrLower = (p >= 48 && p <= 57) || (p >= 97 && p <= 122);
    if (!digitOrLower || text[i - 2] === ".") continue;
    let j = i + 1;
    if (text[j] !== " " && text[j] !== "\n") continue;
    while (j < text.length && j - i < 4 && (text[j] === " " || text[j] === "\n")) j++;
    const n = text.charCodeAt(j);
    // a capital or a quote opens the next sentence, and so does a digit after a word ("Super Tuesday. 8:55 p.m. Clinton …")
    const nextDigit = n >= 48 && n <= 57 && p >= 97 && p <= 122;
    if (!(n >= 65 && n <= 90) && text[j] !== '"' && text[j] !== "“" && !nextDigit) continue;
    // month abbreviations ("Jan. Feb.") and titles never end with a digit; lowercase-only words do ("in 1998. Officials"),
    // and so do capitalised words too long to be an abbreviation ("on Tuesday. At 10 a.m.")
    if (p >= 97 && p <= 122) {
      let k = i - 1;
      while (k > 0 && i - k < 7 && text.charCodeAt(k - 1) >= 97 && text.charCodeAt(k - 1) <= 122) k--;
      const c = text.charCodeAt(k - 1);
      if (k > 0 && c >= 65 && c <= 90 && i - k < 6) continue;
    }
    out += `${text.slice(last, i)};`;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** A month name or abbreviation ("Jan", "January", "Sept."). */
const MONTH_ABBREVIATION = new RegExp(String.raw`\b${wordAlternation(monthAbbreviations, { order: "given" })}[a-z]*\.?`);

/** Plausibility filter for chrono's own results: explicit dates and clock times only (the news parsers do the rest). */
function acceptChronoText(text: string): boolean {
  if (!/\d/.test(text) && !/\bnoon\b|\bmidnight\b/i.test(text)) return false;
  // fractions and bare numbers: "7/8", "1.625", "3-2"
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text)) return false;
  if (/^\d+(?:\.\d+)?$/.test(text)) return false;
  const hasClock = /\d:\d\d|\d ?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(text) || /\bnoon\b|\bmidnight\b/i.test(text);
  const hasNumericDate = /\d{1,4}[/-]\d{1,2}[/-]\d{2,4}/.test(text);
  const hasMonth = MONTH_ABBREVIATION.test(text);
  return hasClock || hasNumericDate || hasMonth;
}

/**
 * What a window must contain for chrono to find anything there that {@link acceptChronoText} keeps: its clock,
 * noon/midnight, numeric-date and month tests without their word boundaries. A result is a span of the window it was
 * read from, so a window without any of them would only give results the news refiner drops; it is not parsed.
 */
const MAY_HOLD_ACCEPTED = new RegExp(String.raw`\d:\d\d|\d ?(?:a\.m\.|p\.m\.|am|pm)|noon|midnight|\d{1,4}[/-]\d{1,2}[/-]\d{2,4}`, "i");
const MONTH_ANYWHERE = new RegExp(wordAlternation(monthAbbreviations, { order: "given" }));

function mayHoldAccepted(window: string): boolean {
  return MAY_HOLD_ACCEPTED.test(window) || MONTH_ANYWHERE.test(window);
}

const DAY_OR_MONTH_WORD = new RegExp(String.raw`^${wordAlternation(dayOrMonthStartWords, { order: "given" })}`);

/**
 * Numbers chrono reads as dates or clock times that are references: a bare "18:21" after a capitalised name inside a
 * sentence is a verse or chapter ("citing Exodus 18:21", "Romans 8:31"), "the 2:05 mark" a position in a recording,
 * and a month name before a comma and a two-digit number above 31 a name and an age ("Yin Myint May, 60, a doctor";
 * news writes two-digit years with an apostrophe).
 */
function isReferenceNumber(text: string, start: number, span: string): boolean {
  const age = /^[A-Z][a-z]{2,8}, (\d\d)$/.exec(span);
  if (age && Number(age[1]) > 31) return true;
  if (!/^\d{1,2}:\d\d$/.test(span)) return false;
  const after = text.slice(start + span.length, start + span.length + 6);
  if (/^ marks?\b/.test(after)) return true;
  let i = start;
  while (i > 0 && i > start - 3 && text[i - 1] === " ") i--;
  if (i === start) return false;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 20 && /[A-Za-z]/.test(text[i - 1] ?? "")) i--;
  const word = text.slice(i, wordEnd);
  if (!/^[A-Z][a-z]{2,19}$/.test(word) || DAY_OR_MONTH_WORD.test(word)) return false;
  // the name must sit inside a sentence: a lower-case word, a comma or an opening bracket before it
  return /(?:[a-z,(“"'‘]|[a-z] ) ?$/.test(text.slice(Math.max(0, i - 3), i));
}

/** A relative word before a weekday abbreviation ("last Tue"), in the text around a chrono result. */
const RELATIVE_WEEKDAY = new RegExp(String.raw`\b(last|next|this|coming|past|previous)\s{1,3}${wordAlternation(weekdayAbbreviations, { order: "given" })}`, "i");

/** One chrono component set (a result's start or end) as a candidate, or null when it is not acceptable. */
function convert(ctx: TaggerContext, c: chrono.ParsedResult["start"], startIn: number, textIn: string): TimexCandidate | null {
  const ref = ctx.reference;
  const start = startIn;
  let text = textIn;
  while (text.length > 0 && /[\s,;:!?)"'’”]$/.test(text)) text = text.slice(0, -1);
  if (!acceptChronoText(text)) return null;
  if (ctx.text.slice(Math.max(0, start - 1), start) === "$") return null;
  const after = ctx.text.slice(start + text.length, start + text.length + 8).toLowerCase();
  if (after.startsWith(" a share") || after.startsWith(" cents") || after.startsWith(" percent")) return null;
  if (isReferenceNumber(ctx.text, start, text)) return null;
  const known = (k: chrono.Component) => c.isCertain(k);
  const month = known("month") ? c.get("month") : null;
  const day = known("day") ? c.get("day") : null;
  let year = known("year") ? c.get("year") : null;
  const hour = known("hour") && /\d[:.]\d\d|\d ?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|\bnoon\b|\bmidnight\b/i.test(text) ? c.get("hour") : null;
  if (known("hour") && hour === null) {
    // chrono read a bare number as an hour ("Jan. 1, 1990 at 1"): keep the date part only
    const at = text.lastIndexOf(" at ");
    if (at > 0) text = text.slice(0, at);
  }
  const weekday = known("weekday") ? c.get("weekday") : null;
  const clock = /\d[:.]\d\d|\d ?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b/i.test(text);
  const minute = known("minute") && clock ? (c.get("minute") ?? 0) : null;
  let value: string | null = null;
  let type: "DATE" | "TIME" = "DATE";
  let dayPart: string | null = null;
  if (month !== null && day !== null) {
    if (year === null) {
      year = ref ? resolveMonthDay(ref, month, day).year : null;
    }
    dayPart = `${year === null ? "XXXX" : pad(year, 4)}-${pad(month)}-${pad(day)}`;
  } else if (month !== null && year !== null) {
    dayPart = `${pad(year, 4)}-${pad(month)}`;
  } else if (weekday !== null && hour !== null) {
    const wd = weekday === 0 ? 7 : weekday;
    // a clock time on a weekday in a present-tense clause is a schedule ("Polls are open 6 a.m. to 9 p.m. Tuesday",
    // "The debate is Monday at 9 p.m."): it looks ahead like the future; "last"/"next"/"this" decide when written
    const rel = RELATIVE_WEEKDAY.exec(ctx.text.slice(Math.max(0, start - 12), start + text.length));
    const tense = ctx.tenseAt(start, start + text.length);
    dayPart = ref ? formatDay(resolveWeekday(ref, wd, relDirection(rel?.[1]) ?? (tense === "future" || tense === "present" ? "future" : "past"))) : `XXXX-WXX-${wd}`;
  } else if (hour !== null) {
    dayPart = ref ? formatDay(ref) : "XXXX-XX-XX";
  }
  if (dayPart === null) return null;
  value = dayPart;
  if (hour !== null && (dayPart.length === 10 || dayPart.startsWith("XXXX-WXX"))) {
    type = "TIME";
    value = `${dayPart}T${pad(hour ?? 0)}:${pad(minute ?? 0)}`;
  }
  return { start, end: start + text.length, type, value, rule: "chrono", priority: 0 };
}

/**
 * A chrono-node refiner for news: drops chrono results that are neither an
 * explicit date (month name or numeric date) nor a clock time, and
 * fractions, prices and bare numbers ("7/8", "$5", "1.625 a share"). The
 * news parsers handle weekdays and relative words themselves.
 */
export const newsChronoRefiner: chrono.Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (!acceptChronoText(r.text.replace(RESULT_PREFIX, ""))) return false;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 8).toLowerCase();
      return !isPrice(context.text, r.index) && !after.startsWith(" a share") && !after.startsWith(" cents") && !after.startsWith(" percent");
    });
  },
};

/** A clone of chrono-node's casual English configuration with {@link newsChronoRefiner} added. */
export function createNewsChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  instance.refiners.push(newsChronoRefiner);
  return instance;
}

/**
 * The chrono-node parser: runs a chrono instance (by default
 * {@link createNewsChrono}: chrono's casual English configuration plus the
 * news refiner; push your own chrono parsers and refiners on `.chrono`),
 * keeps explicit dates and clock times, strips leading prepositions from the
 * span, and reports only the components chrono is certain of (no implied 12:00).
 *
 * @param instance - A chrono instance; defaults to {@link createNewsChrono}.
 * @returns The parser.
 */
export function createChronoParser(instance: chrono.Chrono = createNewsChrono()): Parser<TaggerContext, TimexCandidate> & { chrono: chrono.Chrono } {
  return {
    name: "chrono",
    chrono: instance,
    parse(ctx: TaggerContext): TimexCandidate[] {
      const ref = ctx.reference;
      const refDate = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
      // chrono's merging refiners are superlinear on long runs of dates: feed it short chunks
      const results: { r: chrono.ParsedResult; offset: number }[] = [];
      // with the news refiner last, results it would drop are final: windows that cannot hold one are skipped
      const refiners = instance.refiners as chrono.Refiner[] | undefined;
      const filtered = refiners !== undefined && refiners[refiners.length - 1] === newsChronoRefiner;
      for (const [from, to] of windows(ctx.text)) {
        const window = maskSentenceEnds(ctx.text.slice(from, to));
        if (filtered && !mayHoldAccepted(window)) continue;
        try {
          for (const r of instance.parse(window, { instant: refDate, timezone: 0 })) results.push({ r, offset: from });
        } catch (error) {
          // a chrono failure on one chunk loses only that chunk's explicit dates, and says so
          ctx.messages.push(
            createMessage(`chrono-node failed on this part of the text (${describe(error)}); its explicit dates and clock times are missing.`, {
              ruleId: "chrono-failed",
              source: SOURCE,
              docId: ctx.docId,
              start: from,
              end: to,
            }),
          );
        }
      }
      const out: TimexCandidate[] = [];
      for (const { r, offset } of results) {
        let start = r.index + offset;
        let text = r.text;
        // strip leading prepositions and articles
        for (let guard = 0; guard < 4; guard++) {
          const sp = text.indexOf(" ");
          if (sp <= 0) break;
          const w = text.slice(0, sp).toLowerCase();
          if (!LEADING_WORDS.has(w)) break;
          start += sp + 1;
          text = text.slice(sp + 1);
        }
        // ranges ("9 a.m. to 5 p.m.", "Sept. 14 to Thursday"): one timex per bound
        const parts: { c: chrono.ParsedResult["start"]; start: number; text: string }[] = [{ c: r.start, start, text }];
        if (r.end) {
          for (const sep of [" to ", " - ", "–", "-", " through ", " until "]) {
            const k = text.indexOf(sep);
            if (k > 0) {
              parts[0] = { c: r.start, start, text: text.slice(0, k) };
              parts.push({ c: r.end, start: start + k + sep.length, text: text.slice(k + sep.length) });
              break;
            }
          }
        }
        if (parts.length === 2) {
          // chrono swaps a range's bounds when the first lies after the second ("from midnight to
          // 6 a.m.": midnight is read as the next day's 00:00), so each bound is read again on its own
          for (const part of parts) {
            try {
              const alone = instance.parse(part.text, { instant: refDate, timezone: 0 })[0];
              if (alone && alone.index === 0 && alone.text.length === part.text.length) part.c = alone.start;
            } catch (error) {
              // chrono's own bound is kept
              ctx.messages.push(
                createMessage(`chrono-node failed to read the range bound "${part.text}" on its own (${describe(error)}); the bound chrono gave for the whole range is kept.`, {
                  ruleId: "chrono-failed",
                  severity: "info",
                  source: SOURCE,
                  docId: ctx.docId,
                  start: part.start,
                  end: part.start + part.text.length,
                }),
              );
            }
          }
        }
        const converted = parts.map((part) => convert(ctx, part.c, part.start, part.text));
        if (converted.length === 2 && converted[0] && converted[1]) {
          // a bound that is only a clock time takes the day of the other bound ("6 a.m. to 9 p.m. Tuesday",
          // "Tuesday from 6 a.m. to 9 p.m."), not the reference day
          const clockOnly = (c: chrono.ParsedResult["start"]) => !c.isCertain("day") && !c.isCertain("weekday") && !c.isCertain("month") && !c.isCertain("year");
          for (const [i, j] of [[0, 1], [1, 0]] as const) {
            const a = converted[i]!;
            const b = converted[j]!;
            const ti = a.value.indexOf("T");
            const tj = b.value.indexOf("T");
            if (clockOnly(parts[i]!.c) && !clockOnly(parts[j]!.c) && ti > 0 && tj > 0) a.value = b.value.slice(0, tj) + a.value.slice(ti);
          }
        }
        for (const candidate of converted) if (candidate) out.push(candidate);
      }
      return out;
    },
  };
}
