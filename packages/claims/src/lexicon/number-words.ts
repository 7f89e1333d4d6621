/**
 * Number words read by `findNumbers` and `findOrdinals`.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Fraction words that may follow "a" / "and a" (`a half`, `one and a quarter`). */
export const SINGULAR_FRACTIONS: readonly string[] = [
  "half", "quarter", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth", "hundredth",
  "thousandth",
];

/** Abbreviated scales accepted only right after digits (`5bn`, `$3m`, `10k`). */
export const ATTACHED_ONLY: readonly string[] = [
  "k", "mln", "bln", "tn",
];

/** Read number words starting at a word boundary. */
export const ONE_PRONOUN_BEFORE: readonly string[] = [
  "the", "which", "that", "this", "each", "every", "any", "no", "some", "someone", "anyone", "no-one", "another", "little",
  "only", "last", "next", "new", "big", "good", "right", "wrong", "other", "same", "favorite", "favourite", "first", "second",
];

/** Cardinal number words that may stand before an ordinal (`one third`, `twenty-first`). */
export const CARDINAL_WORDS: readonly string[] = [
  "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "and",
];
