/**
 * A regex rule with `requires` skips a text holding none of its literals. That is only output-preserving
 * if every match of the rule's pattern contains one of them: checked here on generated texts made of the
 * rules' own words (in any case, joined by spaces, hyphens, apostrophes and commas), and on one example
 * per rule that the pattern does match (so the property is not vacuous).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDefaultConfiguration } from "../src/index.js";

type Rule = { name: string; pattern: RegExp; requires: readonly string[] };

const rules = createDefaultConfiguration()
  .parsers.map((p) => p as unknown as Partial<Rule> & { name: string })
  .filter((p): p is Rule => p.pattern instanceof RegExp && Array.isArray(p.requires));

/** One text each rule matches. */
const EXAMPLES: Record<string, string> = {
  quarter: "in the third quarter of 2023",
  season: "last summer",
  decade: "in the 1990s and the '80s",
  century: "the 21st century",
  "spelled-year": "in nineteen ninety-five",
  "unit-long": "a week-long strike",
  frequency: "twice a week",
  set: "every day",
  "year-end": "by year-end",
  weekday: "last Tuesday, March 5, 2024",
  "vague-duration": "for the past years",
  midday: "at midday",
  "week-of": "the week of March 5",
  weekend: "over the weekend",
  "deictic-day": "yesterday morning and mid-afternoon today",
  "year-ago": "the year-ago period",
  "latest-period": "the latest period",
};

const WORDS = [
  "the", "fiscal", "2023", "1990", "1990s", "1990's", "'90s", "90s", "this", "last", "next", "year's", "year-ago", "year-earlier",
  "comparable", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "21st", "20th", "final", "quarter", "half", "of",
  "in", "early", "late", "mid", "past", "coming", "spring", "summer", "fall", "autumn", "winter", "nineties", "twenties",
  "century", "nineteenth", "twentieth", "twenty-first", "nineteen", "ninety", "two", "thousand", "and", "five", "the year",
  "January", "May", "hour", "day", "week", "month", "year", "decade", "-long", "long", "once", "twice", "3", "three", "times",
  "a", "an", "per", "every", "each", "other", "daily", "weekly", "annually", "end", "year-end", "year's end", "year’s end",
  "end of the year", "end of this year", "Monday", "Tuesday", "Sunday", "morning", "evening", "March", "5", "days", "weeks", "years", "centuries", "these", "0", "s", "'", "’", "-", ",", "Q3",
  "midday", "at", "by", "until", "weekend", "over", "that", "latest", "period", "earlier", "today", "yesterday", "tomorrow",
  "tonight", "afternoon", "night",
];
const SEPARATORS = [" ", " ", " ", "-", "", ", ", "'"];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS), fc.constantFrom("as is", "upper", "title")), { maxLength: 14 })
  .map((parts) =>
    parts
      .map(([w, sep, kase]) => (kase === "upper" ? w.toUpperCase() : kase === "title" ? w.charAt(0).toUpperCase() + w.slice(1) : w) + sep)
      .join(""),
  );

function matches(pattern: RegExp, text: string): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(re)].map((m) => m[0]).filter((m) => m.length > 0);
}

describe("regex rules' required literals", () => {
  it("covers the rules with an example", () => {
    expect(rules.map((r) => r.name).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(rules)("$name: its example matches and contains a literal", ({ name, pattern, requires }) => {
    const found = matches(pattern, EXAMPLES[name]!);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(requires.some((w) => m.toLowerCase().includes(w))).toBe(true);
  });

  it.each(rules)("$name: every match of generated text contains a literal", ({ pattern, requires }) => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const m of matches(pattern, text)) expect(requires.some((w) => m.toLowerCase().includes(w)), m).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each(rules)("$name: a text without its literals is not scanned and gives nothing", ({ name, pattern }) => {
    const parser = createDefaultConfiguration().parsers.find((p) => p.name === name)!;
    const context = { docId: "d", text: "Officials met at the ministry.", messages: [], reference: null, tenseAt: () => "unknown" };
    // a scan starts by resetting lastIndex: left as it was, the pattern was not run
    pattern.lastIndex = 3;
    expect(parser.parse(context as never)).toEqual([]);
    expect(pattern.lastIndex).toBe(3);
    pattern.lastIndex = 0;
  });
});
