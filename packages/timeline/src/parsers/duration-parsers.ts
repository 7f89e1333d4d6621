/**
 * Durations, "ago" dates, duration ranges, vague durations, frequencies and sets.
 */
import { pad } from "../dates/calendar.js";
import { durationValue } from "../dates/resolve.js";
import {
  regexParser,
  MONTH_NAMES,
  WEEKDAYS,
  isPrice,
  WEEKDAY_RE,
  POD,
  NUM,
  UNIT_RE,
  parseNumber,
  unitOf,
  modOf,
  previousWord,
  nextWord,
  quarterIsFraction,
  endsSentence,
  dateShift,
} from "./rule-kit.js";
import { personNounsWords, thingErWords, ageWords, rangeWords, durationModifierWords, durationOffsetWords, durationRangeRelationWords, durationRelationWords, durationUnitAdjectives, frequencyAdverbs, frequencyDeterminerWords, frequencyUnitWords, longUnitWords, vagueDurationPhrases, vagueDurationUnitWords, personNounSuffixes, countWords, sEndingVerbWords, ordinalSecondConnectiveWords, eventRelationWords, vagueDurationPreviousWords } from "../lexicon/durations.js";
import { wordAlternation } from "@newsparse/corpus-loader";
import { seasonWords } from "../lexicon/calendar-words.js";

const COUNT_WORDS: ReadonlySet<string> = new Set(countWords);
const S_ENDING_VERBS: ReadonlySet<string> = new Set(sEndingVerbWords);
const ORDINAL_CONNECTIVES: ReadonlySet<string> = new Set(ordinalSecondConnectiveWords);
const EVENT_RELATION_WORDS: ReadonlySet<string> = new Set(eventRelationWords);
const VAGUE_DURATION_PREVIOUS: ReadonlySet<string> = new Set(vagueDurationPreviousWords);
const SEASONS: ReadonlySet<string> = new Set(seasonWords);

/** Nouns for people, after which "N-year-old" is a person's age. */
const PERSON_NOUNS = new Set(personNounsWords);
/** "-er"/"-or" words that name things, not people. */
const THING_ER = new Set(thingErWords);

/** A noun for a person by its suffix ("spokesman", "analysts"). */
const PERSON_NOUN_SUFFIX = new RegExp(String.raw`${wordAlternation(personNounSuffixes, { order: "given" })}$`);

/**
 * Whether "N-year-old" at `start..end` is the age of a person ("a 44-year-old
 * teacher", "6-year-old Ana", "the 6-year-old."): TimeML corpora (TimeBank,
 * AQUAINT) annotate no person's age as a TIMEX3, while the age of a thing
 * ("a six-year-old, $110 million installation") stays a duration.
 */
function isPersonAge(text: string, end: number): boolean {
  let i = end;
  // nominal use: "the 6-year-old." "a 6-year-old's", "this 6-year-old'' said"
  const first = text[i] ?? "";
  if (first === "'" || first === "’") return true;
  if (".;:!?\")`”".includes(first) && first !== "") return true;
  // "this 6-year-old,'' said …": a quotation closes right after the comma
  if (first === "," && /^,(?:''|["”’])/.test(text.slice(i, i + 3))) return true;
  for (let w = 0; w < 3; w++) {
    if (text[i] !== " ") return false;
    i++;
    const from = i;
    while (i < text.length && i - from < 30 && /[A-Za-z-]/.test(text[i] ?? "")) i++;
    const word = text.slice(from, i);
    if (word === "") return false;
    if (/^[A-Z]/.test(word)) return true;
    const lower = word.toLowerCase();
    const head = lower.slice(lower.lastIndexOf("-") + 1);
    if (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/, ""))) return true;
    if (head.length >= 6 && PERSON_NOUN_SUFFIX.test(head) && !THING_ER.has(head.replace(/s$/, ""))) return true;
    if (i < text.length && text[i] !== " ") return false;
  }
  return false;
}

const AGE_WORDS = new Set(ageWords);
const RANGE_WORDS = new Set(rangeWords);

/** Whether the words before `index` are "ages", "aged 6 months to", "age 3 or": a person's age follows. */
function afterAgeWord(text: string, index: number): boolean {
  const words = text.slice(Math.max(0, index - 40), index).trim().toLowerCase().split(/\s+/).slice(-4);
  const k = Math.max(...[...AGE_WORDS].map((w) => words.lastIndexOf(w)));
  if (k < 0) return false;
  const rest = words.slice(k + 1);
  return rest.length === 0 || (rest.length <= 3 && RANGE_WORDS.has(rest[rest.length - 1] as string));
}

/** Durations and "ago": "four months", "more than a decade", "six-year-old", "the past three years", "six years ago". */
export const durationParser = regexParser(
  "duration",
  new RegExp(
    `\\b(?:(?<mod>${wordAlternation(durationModifierWords, { order: "given" })}) )?(?:(?<the>the|these|those) )?(?:(?<rel>${wordAlternation(durationRelationWords, { order: "given" })}) )?(?<num>${NUM})(?:-| )(?:${wordAlternation(durationUnitAdjectives, { order: "given" })} )?(?<unit>${UNIT_RE})(?<suffix>-old|-long|-plus|-and-a-half)?(?![\\w-])(?<half> and a half)?(?: (?<ago>${wordAlternation(durationOffsetWords, { order: "given" })}))?`,
    "gi",
  ),
  (m, g, ctx) => {
    const parsed = parseNumber(g.num ?? "");
    // "a year and a half", "six-and-a-half-year": half a unit more
    const num = typeof parsed === "number" && (g.half || g.suffix?.toLowerCase() === "-and-a-half") ? parsed + 0.5 : parsed;
    const unit = unitOf(g.unit ?? "");
    if (num === null || unit === null) return null;
    const numRaw = (g.num ?? "").toLowerCase();
    // "a" or "an" needs a singular unit; digits need a plausible count
    const plural = /s$/i.test(g.unit ?? "") || /ies$/i.test(g.unit ?? "");
    if ((numRaw === "a" || numRaw === "an") && plural) return null;
    if ((numRaw === "a" || numRaw === "an") && !g.mod && !g.rel && !g.ago) {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      const prevChar = ctx.text.slice(Math.max(0, m.index - 2), m.index).trim();
      if (/\d/.test(prevChar) || COUNT_WORDS.has(prev) || (prev.length > 3 && prev.endsWith("s") && !S_ENDING_VERBS.has(prev)))
        return null;
    }
    if (!g.suffix && !g.ago && nextWord(ctx.text, m.index + m[0].length).toLowerCase() === "old") return null;
    // ages of people: "children ages 6 months to 5 years", "aged 18 months", "age 3 years and up"
    if (!g.ago && afterAgeWord(ctx.text, m.index)) return null;
    // a person's age is not a TIMEX3 in TimeML corpora; a thing's age is a duration
    if (g.suffix?.toLowerCase() === "-old" && !g.ago && isPersonAge(ctx.text, m.index + m[0].length)) return null;
    if (unit === "S" && !plural && !g.ago) {
      // "a second official": the ordinal, not a duration
      const next = nextWord(ctx.text, m.index + m[0].length);
      if (next !== "" && !ORDINAL_CONNECTIVES.has(next.toLowerCase())) return null;
    }
    if (typeof num === "number" && num > 1 && !plural && !m[0].includes("-")) {
      // "three year" without a hyphen is odd; allow ("a three year low")
    }
    // prices and scores: "$5 a day" is not a duration; "1.625 a share" never matches (no unit)
    if (isPrice(ctx.text, m.index)) return null;
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
    // "will last three days": the verb, not "the last three days"
    if (!g.the && g.rel && /^(?:last|past)$/i.test(g.rel)) {
      const relStart = m.index + m[0].toLowerCase().indexOf(g.rel.toLowerCase());
      return { type: "DURATION", value: durationValue(num === "X" ? "X" : unit === "Q" ? num * 3 : num, unit === "Q" ? "M" : unit), mod, start: relStart + g.rel.length + 1 };
    }
    // "the six months" keeps its article; "the two-week visit" (an adjective) does not
    const adjective = /^[^ ]+-/.test((g.num ?? "") + (m[0].slice(m[0].indexOf(g.num ?? "") + (g.num ?? "").length, m[0].indexOf(g.num ?? "") + (g.num ?? "").length + 1)));
    if (g.the && !g.rel && (adjective || g.the.toLowerCase() !== "the")) start = m.index + m[0].indexOf(" ") + 1;
    if (unit === "Q") {
      // "three-quarters of", "a quarter of the market": fractions, not time
      const after = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (after === "of" || /quarters$/i.test(g.unit ?? "") && m[0].includes("-")) return null;
      // "between a quarter and a third", "just over a quarter, 26 percent": fractions; "in some quarters": places
      if (quarterIsFraction(ctx.text, m.index + m[0].length)) return null;
      if (num === "X" && ["in", "from"].includes(previousWord(ctx.text, m.index).toLowerCase())) return null;
    }
    // "a day-long strike": the article belongs to the noun phrase, not to the adjective
    if ((numRaw === "a" || numRaw === "an") && g.suffix && !g.mod && !g.the && !g.rel) start = m.index + m[0].indexOf(g.unit ?? "");
    if (g.suffix?.toLowerCase() === "-plus") mod = "MORE_THAN";
    if (unit === "Q") return { type: "DURATION", value: durationValue(num === "X" ? "X" : num * 3, "M"), mod, start };
    return { type: "DURATION", value: durationValue(num === "X" ? "X" : num, unit), mod, start };
  },
  1,
);

/** One unit as a compound adjective: "a day-long strike", "a year-long inquiry" → P1D, P1Y. */
export const unitLongParser = regexParser(
  "unit-long",
  new RegExp(String.raw`\b(?<u>${wordAlternation(longUnitWords, { order: "given" })})-long\b`, "gi"),
  (m, g, ctx) => {
    // "two-day-long" belongs to the counted duration
    if (ctx.text[m.index - 1] === "-") return null;
    const unit = unitOf(g.u ?? "");
    if (!unit) return null;
    return { type: "DURATION", value: durationValue(1, unit) };
  },
  0,
  ["-long"],
);

/** Duration ranges: "two to three weeks", "12 to 18 months" (value of the first bound, as TimeBank does). */
export const durationRangeParser = regexParser(
  "duration-range",
  new RegExp(`\\b(?:(?<rel>${wordAlternation(durationRangeRelationWords, { order: "given" })}) )?(?<a>${NUM}) (?:to|or) (?<b>${NUM})(?:-| )(?<unit>${UNIT_RE})\\b`, "gi"),
  (m, g, ctx) => {
    const a = parseNumber(g.a ?? "");
    const b = parseNumber(g.b ?? "");
    const unit = unitOf(g.unit ?? "");
    if (a === null || b === null || unit === null || a === "X" || b === "X") return null;
    // "40 or 50 years ago", "five or six weeks ago": a past date about the first bound back, not a duration
    const ago = /^ ago\b/.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (ago && !g.rel) return { ...dateShift(ctx, unit, a, -1, "APPROX"), end: m.index + m[0].length + 4 };
    return { type: "DURATION", value: g.rel ? durationValue("X", unit) : durationValue(a, unit), mod: "APPROX" };
  },
  1,
);

/** Bare unit plurals in duration contexts: "for months", "months-long", "years of". */
export const vagueDurationParser = regexParser(
  "vague-duration",
  new RegExp(String.raw`\b(?<pre>(?:the|these) (?:past|last) )?(?<u>${wordAlternation(vagueDurationUnitWords, { order: "given" })})(?<long>-long)?\b`, "gi"),
  (m, g, ctx) => {
    const prev = previousWord(ctx.text, m.index).toLowerCase();
    // "for centuries", "over the past decades", "weeks-long"
    const after = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
    if (g.pre && after === "of") return null;
    // "years ago", "decades ago": an unmeasured past
    if (after === "ago" && !g.pre && !g.long) return { type: "DATE", value: "PAST_REF", end: m.index + m[0].length + ctx.text.slice(m.index + m[0].length).indexOf("ago") + 3 };
    // "in years past", "in years to come": not a stretch
    if (prev === "in" && (after === "past" || after === "to")) return null;
    // "in the weeks before the shooting", "the days after the vote": an unmeasured stretch next to an event
    const nextToEvent = prev === "the" && !g.pre && !g.long && EVENT_RELATION_WORDS.has(after);
    // "months later": the unmeasured stretch
    if (!nextToEvent && !g.long && !g.pre && !VAGUE_DURATION_PREVIOUS.has(prev) && after !== "later") return null;
    const unit = unitOf(g.u ?? "");
    if (!unit) return null;
    return { type: "DURATION", value: durationValue("X", unit) };
  },
  0,
  vagueDurationUnitWords,
);

/** Unmeasured stretches after "for": "for a while", "for some time" → PXX. */
export const whileParser = regexParser(
  "vague-duration",
  new RegExp(String.raw`\b(?<=\b(?:for|in|after) )${wordAlternation(vagueDurationPhrases, { order: "given" })}\b`, "gi"),
  (m, _g, ctx) => {
    // "for some time now" stays a duration; "some time ago" is a date handled elsewhere
    if (nextWord(ctx.text, m.index + m[0].length).toLowerCase() === "ago") return null;
    return { type: "DURATION", value: "PXX" };
  },
  0,
);

/** Frequencies: "twice a week", "three times a year", "once a month". */
export const frequencyParser = regexParser(
  "frequency",
  new RegExp(`\\b(?<f>once|twice|(?:${NUM}) times) ${wordAlternation(frequencyDeterminerWords, { order: "given" })} (?<unit>${wordAlternation(frequencyUnitWords, { order: "given" })})\\b`, "gi"),
  (_m, g) => {
    const unit = unitOf(g.unit ?? "");
    if (!unit) return null;
    return { type: "SET", value: durationValue(1, unit) };
  },
  2,
  ["once", "twice", "times"],
);

/** Sets: "every year", "each Monday", "annually", "twice a year". */
export const setParser = regexParser(
  "set",
  new RegExp(
    `\\b(?:(?<q>every|each|per) (?:(?<other>other )|(?<n>${NUM}) )?(?<unit>days|weeks|months|years|hours|minutes|decades|day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn|${WEEKDAY_RE}|January|February|March|April|June|July|August|September|October|November|December)|(?<adv>${wordAlternation(frequencyAdverbs, { order: "given" })}))\\b`,
    "gi",
  ),
  (m, g, ctx) => {
    // "kilometers per hour", "$2 per day", "barrels per day": rates, not recurring times
    if ((g.q ?? "").toLowerCase() === "per" && !g.n && !g.other) {
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      if (!/\b(?:once|twice|times) $/i.test(before)) return null;
    }
    if (g.adv) {
      const a = g.adv.toLowerCase();
      // "Breitbart News Daily", "Palo Alto Weekly", "The Nightly Show": capitalised inside a sentence, a name
      if (/^[A-Z]/.test(g.adv) && !endsSentence(ctx.text, m.index)) return null;
      if (a === "daily" || a === "weekly" || a === "monthly") {
        // "the daily Granma", "the weekly Der Spiegel": a newspaper; "average daily volume": a statistic
        if (/^ [A-Z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
        if (previousWord(ctx.text, m.index).toLowerCase() === "average") return null;
      }
      // "to rise 8.5% annually", "10,000 units annually": a rate after a quantity, not annotated as a time
      if ((a === "annually" || a === "yearly") && /\d/.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      const value = { hourly: "PT1H", nightly: "P1D", daily: "P1D", weekly: "P1W", monthly: "P1M" }[a] ?? "P1Y";
      return { type: "SET", value };
    }
    const u = (g.unit ?? "").toLowerCase();
    const count = g.n ? parseNumber(g.n) : null;
    if (g.n) {
      // "every four years", "every one day"? the count must agree with the plural
      const plural = /s$/i.test(g.unit ?? "");
      if (typeof count !== "number" || plural !== count > 1) return null;
    }
    const n = g.other ? 2 : typeof count === "number" ? count : 1;
    if (u in MONTH_NAMES) return { type: "SET", value: `XXXX-${pad(MONTH_NAMES[u] ?? 1)}` };
    if (u in WEEKDAYS) return { type: "SET", value: `XXXX-WXX-${WEEKDAYS[u]}` };
    if (u in POD) return { type: "SET", value: `P1D` };
    if (SEASONS.has(u)) return { type: "SET", value: "P1Y" };
    const unit = unitOf(u);
    if (!unit) return null;
    void m;
    return { type: "SET", value: durationValue(n, unit) };
  },
  1,
  ["every", "each", "per", ...frequencyAdverbs],
);
