/**
 * Word lists of the timeline package (anaphora): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `SPAN_PREPOSITIONS` in `src/parsers/anaphoric-parser.ts`. */
export const spanPrepositionsWords: readonly string[] = [
  "over", "for", "during", "within", "throughout", "through",
];
