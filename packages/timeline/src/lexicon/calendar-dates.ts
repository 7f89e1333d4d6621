/**
 * Word lists of the timeline package (calendar-dates): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `MONTH_DETERMINERS` in `src/parsers/calendar-date-parsers.ts`. */
export const monthDeterminersWords: readonly string[] = [
  "the", "this", "that", "its", "their", "his", "her",
];

/** Words of `NOT_HEAD_NOUN` in `src/parsers/calendar-date-parsers.ts`. */
export const notHeadNounWords: readonly string[] = [
  "on", "to", "of", "in", "through", "for", "against", "from", "toward", "towards", "and", "or", "was", "is", "be",
  "have", "also", "not",
];

/** Present-tense schedule verbs right before a weekday ("begins Monday", "opens on Tuesday"): `PRESENT_SCHEDULE` in `src/parsers/calendar-date-parsers.ts`. */
export const presentScheduleWords: readonly string[] = [
  "begins", "starts", "opens", "ends", "expires", "meets", "closes", "resumes", "arrives", "leaves", "departs", "kicks off",
];

/** Words between the two days of a day pair ("May 3 and 4"): `calendar-date-parsers.ts`. */
export const dayPairConnectiveWords: readonly string[] = ["and", "or", "to", "through", "until"];

/** Deictic day words: `calendar-date-parsers.ts` (deictic-day parser). */
export const deicticDayWords: readonly string[] = ["today", "yesterday", "tomorrow", "tonight"];

/** Prepositions before "midday" that make it a time: `calendar-date-parsers.ts`. */
export const middayPrepositionWords: readonly string[] = [
  "at", "by", "around", "about", "before", "after", "until", "till", "near", "from", "toward", "towards",
];

/** Determiners before "weekend": `calendar-date-parsers.ts` (weekend parser). */
export const weekendDeterminerWords: readonly string[] = ["the", "this", "last", "next", "over the", "that"];

/** Phrases for the end of the year: `calendar-date-parsers.ts` (year-end parser). */
export const yearEndPhrases: readonly string[] = ["year-end", "year's end", "year’s end", "end of the year", "end of this year"];
