/**
 * Periods: relative weeks/months/years, seasons, bare and fiscal years, decades, centuries, quarters, year-ago, spelled-out years.
 */
import { pad } from "../dates/calendar.js";
import {
  type Unit,
  durationValue,
  quarterOfMonth,
  resolveSeason,
  shiftedPeriodValue,
  unknownPeriodValue,
} from "../dates/resolve.js";
import {
  regexParser,
  MONTH_NAMES,
  unitOf,
  modOf,
  tenseDirection,
  relDirection,
  previousWord,
  nextWord,
  quarterIsFraction,
} from "./rule-kit.js";
import { SPAN_PREPOSITIONS } from "./anaphoric-parser.js";
import { centuryNumbers, decadeDigits, designationOkWords, quarterOrdinals, spelledTens, spelledUnits, yearNounsWords, decadeWords, periodEdgeDeterminerWords, periodEdgeUnitWords, periodEdgeWords, relativePeriodPrefixWords, relativePeriodRelationWords, relativePeriodUnitWords, seasonRelationWords, yearPrefixWords, streetWords, fallSeasonPrepositionWords, quarterPositionWords, theYearFollowerWords } from "../lexicon/periods.js";
import { wordAlternation } from "@newsparse/corpus-loader";
import { ordinalSuffixes, seasonWords } from "../lexicon/calendar-words.js";
import { monthNames } from "../lexicon/months.js";
import { tensWords, unitWords } from "../lexicon/quantities.js";

const FALL_PREPOSITIONS: ReadonlySet<string> = new Set(fallSeasonPrepositionWords);

/** "last week", "this year", "the past year", "next month", "earlier this year", "the last decade". */
export const relativePeriodParser = regexParser(
  "relative-period",
  new RegExp(String.raw`\b(?:(?<pre>${wordAlternation(relativePeriodPrefixWords, { order: "given" })})(?:-| |- ))?(?<the>the )?(?<rel>${wordAlternation(relativePeriodRelationWords, { order: "given" })}) (?<unit>${wordAlternation(relativePeriodUnitWords, { order: "given" })})\b`, "gi"),
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
    // "the following year", "the previous month" after a narrated date: a date (re-anchored by the anaphoric-anchor refiner)
    const spanWord = SPAN_PREPOSITIONS.has(previousWord(ctx.text, m.index).toLowerCase());
    if (hasThe && (rel === "following" || rel === "previous" || rel === "prior") && (unit === "Y" || unit === "M") && !g.pre && !spanWord) {
      const ref = ctx.reference;
      const n = rel === "following" ? 1 : -1;
      return { type: "DATE", value: ref ? shiftedPeriodValue(ref, unit, n) : unknownPeriodValue(unit) };
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

/** Seasons: "this spring" → 2024-SP, "the summer of 2023", "late summer". */
export const seasonParser = regexParser(
  "season",
  new RegExp(String.raw`\b(?:(?<the0>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<rel>${wordAlternation(seasonRelationWords, { order: "given" })}) |(?<the>the ))?(?<season>${wordAlternation(seasonWords, { order: "given" })})(?: (?:of )?(?<year>(?:1[6-9]|20)\d\d)(?!\d))?\b`, "gi"),
  (m, g, ctx) => {
    const s = (g.season ?? "").toLowerCase();
    const code = s === "spring" ? "SP" : s === "summer" ? "SU" : s === "winter" ? "WI" : "FA";
    const bareThe = !g.rel && !g.year && !g.pre && !!(g.the || g.the0);
    if (!g.rel && !g.year && !g.pre && !bareThe) return null;
    if ((g.the || bareThe) && !g.year) {
      // "in the fall" is a season; "the fall of the Berlin Wall" is not
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (!FALL_PREPOSITIONS.has(prev) || next === "of") return null;
    }
    let value: string;
    if (g.year) value = `${g.year}-${code}`;
    else if (!ctx.reference) value = `XXXX-${code}`;
    else {
      const rel = (g.rel ?? "").toLowerCase();
      const dir = rel === "this past" ? "last" : rel === "this coming" ? "next" : relDirection(g.rel);
      value = resolveSeason(ctx.reference, code, dir ?? tenseDirection(ctx, m.index, m.index + m[0].length));
    }
    if (g.the0 && !g.pre && !g.year && !bareThe) return { type: "DATE", value, start: m.index + 4 };
    return { type: "DATE", value, mod: modOf(g.pre) };
  },
  1,
  seasonWords,
);

const DESIGNATION_OK = new Set(designationOkWords);

const YEAR_NOUNS = new Set(yearNounsWords);

/** A street name after a number ("1600 Pennsylvania Ave."): the number is an address, not a year. */
const STREET_ADDRESS = new RegExp(String.raw`^ [A-Z][a-z]{1,20} ${wordAlternation(streetWords, { order: "given" })}\b`);

/** Bare years ("a 2023 military coup"), fiscal years, and decades. */
export const yearParser = regexParser(
  "year",
  new RegExp(String.raw`(?<![\w$£€.,/:-])(?:(?<pre>${wordAlternation(yearPrefixWords, { order: "given" })})(?:-| |- )(?:of )?)?(?:(?<fiscal>fiscal year|fiscal|FY) ?)?(?<year>(?:1[6-9]|20)\d\d)(?<s>'?s)?(?<beyond> or later| and beyond| or earlier| and later| period)?(?![\w%/]|[.,]\d|-\d|:\d)`, "gi"),
  (m, g, ctx) => {
    const year = g.year ?? "";
    const yearStart = m.index + m[0].lastIndexOf(year + (g.s ?? ""));
    let start: number | undefined;
    if (g.beyond === " period") {
      // "the 1988 period": the article belongs to the expression
      const before = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      if (/^the $/i.test(before)) start = m.index - 4;
    }
    if (g.s) {
      // decades: 1990s, 1990's
      if (!year.endsWith("0")) return null;
      return { type: "DATE", value: year.slice(0, 3), mod: modOf(g.pre) };
    }
    if (!g.pre && !g.fiscal) {
      const prev = previousWord(ctx.text, yearStart);
      // designations: "Flintlock 2018", "Windows 2000", "Vision 2030"; not "In 2018", "July 2023" (month rule)
      if (prev && /^[A-Z]/.test(prev) && !DESIGNATION_OK.has(prev) && !(prev.replace(".", "").toLowerCase() in MONTH_NAMES)) {
        // even at a sentence start ("Windows 2000 ships…"): prepositions that open sentences are in DESIGNATION_OK
        return null;
      }
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (YEAR_NOUNS.has(next)) return null;
      // street addresses: "1600 Pennsylvania Ave.", "2000 Main Street"
      const following = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (STREET_ADDRESS.test(following)) return null;
      const before = ctx.text.slice(Math.max(0, yearStart - 2), yearStart);
      if (before.endsWith("#") || before === "No") return null;
    }
    // TimeBank annotates fiscal years with the plain year value
    const value = year;
    const beyond = g.beyond?.trim();
    const mod = beyond === "or later" || beyond === "and beyond" || beyond === "and later" ? "ON_OR_AFTER" : beyond === "or earlier" ? "ON_OR_BEFORE" : modOf(g.pre?.toLowerCase());
    return { type: "DATE", value, mod, start };
  },
  1,
);

/** Period edges: "the end of the week", "the beginning of the year", "the middle of next month". */
export const periodEdgeParser = regexParser(
  "period-edge",
  new RegExp(String.raw`\b(?<the>the )?(?<edge>${wordAlternation(periodEdgeWords, { order: "given" })}) of (?<rel>${wordAlternation(periodEdgeDeterminerWords, { order: "given" })}) (?<unit>${wordAlternation(periodEdgeUnitWords, { order: "given" })})\b`, "gi"),
  (m, g, ctx) => {
    const rel = (g.rel ?? "").toLowerCase();
    if (rel === "that") return null;
    const unit = unitOf(g.unit ?? "");
    if (!unit) return null;
    const edge = (g.edge ?? "").toLowerCase();
    const mod = edge === "end" ? "END" : edge === "middle" ? "MID" : "START";
    const n = rel === "next" ? 1 : rel === "last" ? -1 : 0;
    const value = ctx.reference ? shiftedPeriodValue(ctx.reference, unit, n) : unknownPeriodValue(unit);
    void m;
    return { type: "DATE", value, mod };
  },
  2,
);

/** Decades: "the 1990s", "the late '80s", "the last decade". */
export const decadeParser = regexParser(
  "decade",
  new RegExp(String.raw`\b(?:(?<the>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<full>(?:1[6-9]|20)\d0)'?s|'(?<short>\d)0s|(?<word>${wordAlternation(decadeWords, { order: "given" })}))\b`, "gi"),
  (_m, g) => {
    if (g.word && !g.the) return null;
    const value = g.full ? g.full.slice(0, 3) : g.word ? `19${decadeDigits[g.word.toLowerCase()] ?? "X"}` : `19${g.short ?? "X"}`;
    return { type: "DATE", value, mod: modOf(g.pre) };
  },
  1,
  ["0s", "0's", ...decadeWords],
);

/** Centuries: "the 20th century", "the twenty-first century". */
export const centuryParser = regexParser(
  "century",
  new RegExp(String.raw`\b(?:(?<the>the) )?(?:(?<pre>early|late|mid)(?:-| ))?(?:(?<n>1[0-9]|2[01])${wordAlternation(ordinalSuffixes, { order: "given" })}|(?<w>nineteenth|twentieth|twenty-first|21st)) century\b`, "gi"),
  (m, g, ctx) => {
    // "21st Century Fox", "20th Century Studios": a capitalised Century before a capitalised word is a name
    if (/Century$/.test(m[0]) && /^ [A-Z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
    const n = g.n ? Number(g.n) : (centuryNumbers[(g.w ?? "").toLowerCase()] ?? 0);
    if (!n) return null;
    return { type: "DATE", value: pad(n - 1, 2), mod: modOf(g.pre) };
  },
  1,
  ["century"],
);

const ORDINALS = quarterOrdinals;

/** Quarters and halves: "the third quarter", "third-quarter", "fiscal 1999 first quarter", "the first half of 2024". */
export const quarterParser = regexParser(
  "quarter",
  new RegExp(String.raw`\b(?:(?<the>the) )?(?:(?<fiscal1>fiscal) (?<fy1>(?:19|20)\d\d) |(?<y0>(?:19|20)\d\d) |(?<ry>this|last|next) year's |(?<ya>year-ago|year-earlier|comparable year-ago) )?(?:(?<fiscal0>fiscal)[- ])?(?:(?<ord>${wordAlternation(quarterPositionWords, { order: "given" })})(?:-| ))?(?:(?<fiscal2>fiscal) )?(?<kind>quarter|half)(?: (?:of |in )?(?:(?<fiscal3>fiscal) )?(?<year>(?:19|20)\d\d)(?!\d))?\b`, "gi"),
  (m, g, ctx) => {
    const ordRaw = (g.ord ?? "").toLowerCase();
    const kind = (g.kind ?? "").toLowerCase();
    if (!g.ord && !g.year && !g.fy1 && !g.y0 && !g.ya) {
      if (!g.the || kind !== "quarter") return null;
      // "the quarter of Democratic voters", "the quarter-century-old brigade": a fraction or a compound
      if (nextWord(ctx.text, m.index + m[0].length).toLowerCase() === "of" || quarterIsFraction(ctx.text, m.index + m[0].length, false)) return null;
    }
    const ryOffset = g.ya ? -1 : g.ry ? (g.ry.toLowerCase() === "last" ? -1 : g.ry.toLowerCase() === "next" ? 1 : 0) : null;
    // "the third-quarter results": the adjective drops the article
    const hyphenAdjective = !!g.the && !!g.ord && m[0].includes(`${g.ord}-`);
    const start = hyphenAdjective ? m.index + 4 : m.index;
    const yearGiven = g.fy1 ?? g.y0 ?? g.year ?? (ryOffset !== null && ctx.reference ? String(ctx.reference.year + ryOffset) : undefined);
    // fiscal quarters and years keep the plain year value (the TimeBank convention)
    const ref = ctx.reference;
    if (kind === "half") {
      const h = ordRaw === "first" || ordRaw === "1st" ? 1 : ordRaw === "second" || ordRaw === "2nd" || ordRaw === "last" || ordRaw === "final" ? 2 : 0;
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
  ["quarter", "half"],
);

/** Financial quarter shorthands: "Q3 2023", "Q1", "2Q", "3Q89". */
export const quarterShorthandParser = regexParser(
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

/** "year-earlier", "the year-ago period", "the corresponding period last year". */
export const yearAgoParser = regexParser(
  "year-ago",
  /\b(?:(?<the>the) )?(?:year-earlier|year-ago|year earlier)(?<noun> (?:period|quarter))?\b/gi,
  // "the year-ago period" keeps its article; "the year-ago results" is only "year-ago"
  (m, g, ctx) => ({ type: "DATE", value: ctx.reference ? pad(ctx.reference.year - 1, 4) : "XXXX", start: g.the && !g.noun ? m.index + 4 : m.index }),
  1,
  ["year-earlier", "year-ago", "year earlier"],
);

const SPELLED_UNITS = spelledUnits;

const SPELLED_TENS = spelledTens;

/** Spelled-out years in broadcast transcripts: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven", "the winter of nineteen ninety-four". */
export const spelledYearParser = regexParser(
  "spelled-year",
  new RegExp(String.raw`\b(?:(?<month>${wordAlternation(monthNames, { order: "given" })}) |[Tt]he (?<season>${wordAlternation(seasonWords, { order: "given" })}) of )?(?:(?<the>the year )?(?<c>nineteen) (?<t>${wordAlternation(tensWords, { order: "given" })})(?:-(?<u>${wordAlternation(unitWords, { order: "given" })}))?|(?<the2>the year )?two thousand(?: and (?<u2>${wordAlternation(unitWords, { order: "given" })}))?)\b`, "gi"),
  (m, g) => {
    // "may", "march" in lower case are not months
    if (g.month && !/^[A-Z]/.test(g.month)) return null;
    let y: number;
    if (g.c) y = 1900 + (SPELLED_TENS[(g.t ?? "").toLowerCase()] ?? 0) + (g.u ? (SPELLED_UNITS[g.u.toLowerCase()] ?? 0) : 0);
    else if (!g.the2 && !g.u2 && !g.month && !g.season) return null;
    else y = 2000 + (g.u2 ? (SPELLED_UNITS[g.u2.toLowerCase()] ?? 0) : 0);
    void m;
    // a month or "the <season> of" before the year narrows it, as with digits ("January 1997", "the winter of 1994")
    const month = g.month ? MONTH_NAMES[g.month.toLowerCase()] : undefined;
    if (month) return { type: "DATE", value: `${y}-${pad(month)}` };
    const season = (g.season ?? "").toLowerCase();
    if (season) return { type: "DATE", value: `${y}-${season === "spring" ? "SP" : season === "summer" ? "SU" : season === "winter" ? "WI" : "FA"}` };
    return { type: "DATE", value: String(y) };
  },
  1,
  ["nineteen", "two thousand"],
);

/** What follows "the year" when it is not the current year ("the year before", "the year of the flood", "the year 2024"). */
const THE_YEAR_CONTINUES = new RegExp(String.raw`^ ?(?:${wordAlternation(theYearFollowerWords, { order: "given" })}|\d|[A-Z])`);

/**
 * "the year", "the full year", "the fiscal year" on their own: the year under
 * discussion, the report's year ("sales for the full year", "the first nine
 * months of the year", "earlier in the year"). "The year ended June 30" and "throughout the fiscal
 * year" measure a stretch of a year (`P1Y`). "The year before", "the year of
 * …", "the year 2000" are left to other rules.
 */
export const theYearParser = regexParser(
  "the-year",
  /\b(?:(?<pre>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) in )?[Tt]he (?:(?:full|fiscal) )?year(?![\w'’-])/g,
  (m, g, ctx) => {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^ (?:ended|ending|to date)\b/.test(after)) return { type: "DURATION", value: "P1Y" };
    if (THE_YEAR_CONTINUES.test(after)) return null;
    const prev = previousWord(ctx.text, m.index).toLowerCase();
    if (prev === "throughout" || prev === "over" || prev === "within") return { type: "DURATION", value: "P1Y" };
    const pre = (g.pre ?? "").toLowerCase();
    const mod = pre === "early" ? "START" : pre === "late" ? "END" : undefined;
    return { type: "DATE", value: ctx.reference ? pad(ctx.reference.year, 4) : "XXXX", mod };
  },
  1,
);

/**
 * "the latest period" in a results report: the quarter being reported. The
 * parser proposes the quarter before the report's; the quarter-context
 * refiner puts the quarter the text last reported on, and drops the phrase
 * when no quarter was talked about ("the latest period of unrest").
 */
export const latestPeriodParser = regexParser(
  "latest-period",
  /\b[Tt]he latest period\b/g,
  (_m, _g, ctx) => {
    if (!ctx.reference) return { type: "DATE", value: "XXXX-QX" };
    const cur = ctx.reference.year * 4 + Math.ceil(ctx.reference.month / 3) - 1;
    const prev = cur - 1;
    return { type: "DATE", value: `${Math.floor(prev / 4)}-Q${(prev % 4) + 1}` };
  },
  1,
  ["the latest period"],
);
