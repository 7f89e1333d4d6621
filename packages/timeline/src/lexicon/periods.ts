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
