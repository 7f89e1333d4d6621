/**
 * Word lists of the timeline package (periods): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `DESIGNATION_OK` in `src/parsers/period-parsers.ts`. */
export const designationOkWords: readonly string[] = [
  "In", "Since", "By", "Until", "From", "Before", "After", "During", "Through", "Fiscal", "Early", "Late", "Mid",
  "Summer",
  "Spring", "Winter", "Fall", "Autumn", "Of", "The", "And", "Or", "To", "At", "On", "For", "As", "Between", "Around",
  "About",
  "That", "This", "A", "An", "Its", "His", "Her", "Their", "Our", "Last", "Next", "Calendar",
  "Throughout", "Over", "Under", "Like", "Unlike", "But", "So", "Then", "When", "While", "If",
  "With", "Without", "Despite", "Against", "Toward", "Towards", "Into", "Within", "Across", "Following", "Circa",
  "Even",
  "Only", "Beginning", "Starting", "Ending", "Till", "Because", "Although", "Though", "Yet", "Also", "Still",
  "Not", "Nor", "Just", "Almost", "Nearly", "Mid-", "Every", "Each", "Late-", "Early-",
];

/** Words of `YEAR_NOUNS` in `src/parsers/period-parsers.ts`. */
export const yearNounsWords: readonly string[] = [
  "troops", "people", "soldiers", "percent", "points", "shares", "jobs", "workers", "members", "cases", "units",
  "tons", "votes", "miles", "feet", "meters", "km", "kilometers",
];

/** Decade words and their decade digit in the 1900s ("the eighties" → `198`): `decadeParser`. */
export const decadeDigits: Readonly<Record<string, string>> = {
  twenties: "2", thirties: "3", forties: "4", fifties: "5", sixties: "6", seventies: "7", eighties: "8", nineties: "9",
};

/** Spelled centuries and their number ("the twenty-first century" → 21): `centuryParser`. */
export const centuryNumbers: Readonly<Record<string, number>> = { nineteenth: 19, twentieth: 20, "twenty-first": 21, "21st": 21 };

/** Quarter ordinals ("the final quarter" → Q4): `quarterParser`. */
export const quarterOrdinals: Readonly<Record<string, number>> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4,
};

/** Spelled units of a spelled-out year ("nineteen ninety-six"): `spelledYearParser`. */
export const spelledUnits: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Spelled tens of a spelled-out year: `spelledYearParser`. */
export const spelledTens: Readonly<Record<string, number>> = {
  ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Spelled decades ("the twenties"): `parsers/period-parsers.ts`. */
export const decadeWords: readonly string[] = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/** Determiners of a period edge's unit ("the end of this month"): `parsers/period-parsers.ts`. */
export const periodEdgeDeterminerWords: readonly string[] = ["the", "this", "next", "last", "that"];

/** Units of a period edge: `parsers/period-parsers.ts`. */
export const periodEdgeUnitWords: readonly string[] = ["week", "month", "year", "quarter", "decade", "century"];

/** Edges of a period ("the end of the month"): `parsers/period-parsers.ts`. */
export const periodEdgeWords: readonly string[] = ["end", "beginning", "start", "middle"];

/** Prefixes of a relative period ("early last year"): `parsers/period-parsers.ts`. */
export const relativePeriodPrefixWords: readonly string[] = [
  "early", "late", "mid", "earlier", "later", "the end of", "the beginning of", "the start of", "the middle of",
];

/** Relations of a relative period ("last year"): `parsers/period-parsers.ts`. */
export const relativePeriodRelationWords: readonly string[] = [
  "last", "this", "next", "past", "coming", "previous", "current", "following", "latest", "prior", "present",
];

/** Units of a relative period: `parsers/period-parsers.ts`. */
export const relativePeriodUnitWords: readonly string[] = ["week", "month", "year", "quarter", "weekend", "decade", "century", "half", "fiscal year"];

/** Relations before a season ("this past winter"): `parsers/period-parsers.ts`. */
export const seasonRelationWords: readonly string[] = ["this past", "this coming", "this", "last", "next", "past", "coming"];

/** Prefixes of a year ("the first half of 2024"): `parsers/period-parsers.ts`. */
export const yearPrefixWords: readonly string[] = [
  "early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of", "the first half of", "the second half of",
];

/** Plural units before "ahead" ("the weeks ahead"): `parsers/reference-parser.ts`. */
export const aheadUnitWords: readonly string[] = ["days", "weeks", "months", "years"];

/** Words for the present moment ("currently"): `parsers/reference-parser.ts`. */
export const presentReferenceWords: readonly string[] = [
  "right now", "now", "currently", "presently", "nowadays", "at present", "at the moment", "these days", "for the time being",
];

/** Plural units after "recent" and "coming" ("in recent weeks"): `parsers/reference-parser.ts`. */
export const recentUnitWords: readonly string[] = ["days", "weeks", "months", "years", "decades"];

/** Street words after a number that is an address, not a year: `parsers/period-parsers.ts`. */
export const streetWords: readonly string[] = [
  "Ave", "Avenue", "St", "Street", "Rd", "Road", "Blvd", "Boulevard", "Lane", "Ln", "Drive", "Dr", "Way", "Place", "Pl", "Court", "Ct",
];

/** Auxiliaries before "once" that make it "formerly" ("was once"): `referenceParser`. */
export const onceAuxiliaryWords: readonly string[] = ["was", "were", "had", "has", "have", "is", "are"];

/** Plural units after "recent" that make it part of a longer expression, not a reference on its own: `referenceParser`. */
export const recentPluralUnitWords: readonly string[] = ["years", "months", "weeks", "days"];

/** Words before "the fall" that make it the season, not a collapse ("in the fall"): `seasonParser`. */
export const fallSeasonPrepositionWords: readonly string[] = [
  "in", "during", "by", "until", "till", "through", "throughout", "since", "over", "this", "into", "before", "after", "for",
];

/** Position words before "quarter" ("the third quarter", "the year-ago quarter"): `quarterParser`. */
export const quarterPositionWords: readonly string[] = [
  "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "latest", "current", "previous", "year-earlier",
  "year-ago", "comparable", "same", "last",
];

/** Words after "the year" that make it some other year ("the year before", "the year of"): `theYearParser`. */
export const theYearFollowerWords: readonly string[] = ["before", "after", "earlier", "later", "ago", "of", "that", "when", "which", "in which"];
