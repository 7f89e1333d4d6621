/**
 * Word lists of the timeline package (anaphora): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `SPAN_PREPOSITIONS` in `src/parsers/anaphoric-parser.ts`. */
export const spanPrepositionsWords: readonly string[] = [
  "over", "for", "during", "within", "throughout", "through",
];

/** Units an anaphoric expression can take as its anchor: `refiners/anaphoric-anchor.ts`. */
export const anaphoricAnchorUnitWords: readonly string[] = ["day", "morning", "afternoon", "evening", "night", "month", "year"];

/** Units of an anaphoric day ("the following morning"): `anaphoric-parser.ts`. */
export const anaphoricDayUnitWords: readonly string[] = ["day", "morning", "afternoon", "evening", "night"];

/** Relations of an anaphoric day ("the next day", "that same morning"): `anaphoric-parser.ts`, `refiners/anaphoric-anchor.ts`. */
export const anaphoricRelationWords: readonly string[] = ["next", "following", "previous", "prior", "same"];
