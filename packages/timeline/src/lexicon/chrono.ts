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
