/**
 * Word lists of the timeline package (chrono): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `LEADING_WORDS` in `src/parsers/chrono-parser.ts`. */
export const leadingWords: readonly string[] = [
  "on", "in", "at", "by", "from", "since", "until", "till", "to", "for", "of", "during", "before", "after", "around",
  "about",
  "between", "and", "through", "within", "as", "the",
];

/** Prepositions and the article that `newsChronoRefiner` strips from the start of a chrono-node result before judging it (`src/parsers/chrono-parser.ts`). */
export const resultPrefixWords: readonly string[] = [
  "on", "in", "at", "by", "from", "since", "until", "till", "to", "for", "of", "during", "before", "after", "the",
];

/** Capitalised words that begin a day, month, time or date phrase (`DAY_OR_MONTH_WORD` in `parsers/chrono-parser.ts`). */
export const dayOrMonthStartWords: readonly string[] = [
  "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Noon", "Midnight", "At", "By", "From", "Until", "Till", "Before", "After", "Around", "About", "Since", "On",
];
