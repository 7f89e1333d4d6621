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
  "k", "tn", "mil",
];

/** Case-sensitive multipliers glued to digits (`10M`, `US$ 1MM`, `1.2B`, `$1.2b`); a lower-case `m` is a metre, a `G` a gigabit or a network generation. */
export const ATTACHED_CASED: Readonly<Record<string, number>> = { M: 1e6, MM: 1e6, B: 1e9, b: 1e9, K: 1e3 };

/** Words for a dozen (with the abbreviations `dz`, `doz`). */
export const DOZEN_WORDS: readonly string[] = ["dozen", "dozens", "dzs", "dozs"];

/** Fraction words that may follow `a`/`an` as a number (`a half`, `a third`, `a hundredth`, `a twenty-first` through its tens word). */
export const FRACTION_WORDS_AFTER_A: readonly string[] = [
  "half", "quarter", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth",
  "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
];

/** Words that make the number after them negative (`minus five`, `negative one over 20`). */
export const SIGN_WORDS: readonly string[] = ["minus", "negative"];

/** Words before `one` that make it a pronoun (`the one`, `which one`), not a number. */
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

/** Cardinal words below thirteen that may open a hyphenated figure (`two-term`); `-teen` and `-ty` words are matched by their ending. */
export const HYPHEN_CARDINALS: readonly string[] = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/** Scale words and abbreviations that make a figure round (`$1.4 billion`, `5bn`): it implies its precision. */
export const SCALE_WORDS: readonly string[] = [
  "thousand", "million", "billion", "trillion", "mn", "bn",
];

/** Cardinal words below twenty and their values. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Multiples of ten as words (with the misspelling `fourty`). */
export const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Scale words and abbreviations and their multipliers. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, k: 1e3, mil: 1e6, dozen: 12, dozens: 12, dzs: 12, dozs: 12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Fraction words and their values. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, fourth: 0.25, fourths: 0.25, fifth: 0.2, fifths: 0.2,
  sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, sevenths: 1 / 7, eighth: 0.125, eighths: 0.125, ninth: 1 / 9, ninths: 1 / 9, tenth: 0.1, tenths: 0.1,
  twelfth: 1 / 12, twelfths: 1 / 12, hundredth: 0.01, hundredths: 0.01, thousandth: 0.001, thousandths: 0.001,
};

/** Ordinal words and their positions. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** Ordinal scale words and their multipliers. */
export const ORDINAL_SCALES: Readonly<Record<string, number>> = { hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 };

/** Scale words after `a`/`an` that keep the article in an ordinal (`a hundred and first`). */
export const ORDINAL_SCALE_CARDINALS: readonly string[] = [
  "hundred", "thousand", "million", "billion", "trillion",
];

/** Unicode vulgar fractions and their values. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6,
  "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10,
};

/** Ordinal words that are never a denominator (`two seconds` is a time). */
export const NOT_DENOMINATORS: readonly string[] = ["second", "seconds", "nineth"];
