/**
 * Word lists of the timeline package (anchors): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `TIME_WORDS` in `src/reference-date/anchor-reference-date.ts` (besides the weekday names, taken from `WEEKDAYS`). */
export const timeWords: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december",
  "week", "weeks", "month", "months", "year", "years", "day", "days", "last", "past", "coming", "next", "this",
  "ago",
  "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow", "soon", "recently", "earlier",
  "later",
];

/** Words of `GENERIC` in `src/reference-date/anchor-reference-date.ts`. */
export const genericWords: readonly string[] = [
  "statement",
];
