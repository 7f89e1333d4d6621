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
