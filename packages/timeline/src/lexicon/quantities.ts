/**
 * Word lists of the timeline package (quantities): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `FUZZY` in `src/parsers/rule-kit.ts`. */
export const fuzzyWords: readonly string[] = [
  "few", "a few", "several", "some", "many", "dozens of", "a number of", "the next few", "countless",
];

/** Words of `MONTH_PREPOSITIONS` in `src/parsers/rule-kit.ts`. */
export const monthPrepositionsWords: readonly string[] = [
  "in", "of", "since", "until", "till", "by", "during", "before", "after", "through", "from", "to", "between", "and",
  "late", "early", "mid", "last", "next", "this", "as", "for",
];

/** Spelled tens, in `TENS` of `src/parsers/rule-kit.ts`. */
export const tensWords: readonly string[] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Spelled units one to nine, in `UNITS_1_9` of `src/parsers/rule-kit.ts`. */
export const unitWords: readonly string[] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/**
 * Number words and phrases of `NUM` in `src/parsers/rule-kit.ts`, in match
 * order: a longer phrase before its prefix ("a couple of" before "a couple",
 * "an" before "a").
 */
export const numberPhraseWords: readonly string[] = [
  "a hundred", "a dozen", "a couple of", "a couple", "couple of", "a few", "a number of", "dozens of", "an", "a",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "hundred", "dozen", "few", "several", "some",
  "many", "half a",
];
