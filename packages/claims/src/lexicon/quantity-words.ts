/**
 * Word lists of the quantity parser: what makes a number a date or time, and what ends a counted noun.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Month names and abbreviations: a number next to one is a date, not a quantity. */
export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept",
  "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
];

/** Clock suffixes and time zones: a number before one is a time, not a quantity. */
export const TIME_SUFFIX: readonly string[] = [
  "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "bst", "cet", "o'clock", "hrs",
];

/** Currency symbols that may stand before an amount (`$`, `€`). */
export const CURRENCY_SYMBOLS: readonly string[] = [
  "$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₿", "₡", "₾", "₭", "₴", "₦", "₱",
];

/** Unit words that must touch the number (`5m`, `3-in`), never a separate word (`5 in the morning`). */
export const GLUED_ONLY_UNITS: readonly string[] = [
  "in", "m", "g", "l", "min", "ha", "b", "gal", "sec", "gr", "mi", "t", "yr", "hr",
];

/** Words that end a counted-noun phrase. */
export const NOUN_STOP: readonly string[] = [
  "of", "in", "from", "to", "who", "that", "which", "and", "or", "with", "at", "on", "for", "by", "as", "than", "were", "was",
  "is", "are", "will", "would", "have", "has", "had", "be", "been", "could", "should", "may", "might", "can", "must", "did",
  "do", "does", "but", "if", "when", "while", "after", "before", "since", "until", "into", "over", "under", "about", "per", "a",
  "an", "the", "this", "these", "those", "it", "its", "their", "his", "her", "they", "he", "she", "we", "i", "you", "not", "no",
  "so", "also", "ago", "more", "less", "fewer", "each", "every", "all", "some", "any", "just", "only", "still", "already", "now",
  "then", "there", "here", "say", "said", "says", "according", "percent", "times", "time", "out", "up", "down", "off", "away",
  "back", "later", "earlier", "yet", "across", "through", "during", "against", "between", "among", "toward", "towards", "near",
  "behind",
];

/** Plural nouns without a final `s` that can be the counted noun (`personnel`, `people`, `troops`). */
export const PLURAL_NOUNS: readonly string[] = [
  "personnel", "people", "staff", "police", "children", "men", "women", "cattle", "troops", "aircraft", "sheep", "fish", "deer",
  "livestock", "crew", "infantry",
];

/** Relative pronouns that open a clause after a counted noun. */
export const RELATIVE: readonly string[] = [
  "who", "that", "which", "whom", "whose",
];

/** Qualifier words that may start a sentence before a number (so a capitalised word before a number is not a name). */
export const CAP_OK_BEFORE: readonly string[] = [
  "the", "about", "some", "nearly", "almost", "around", "approximately", "roughly", "over", "more", "fewer", "less", "at", "up",
  "only", "just", "all", "by", "in", "of", "and", "to", "for", "with", "than", "least", "most", "estimated", "an", "a", "under",
  "below", "above", "between", "from",
];

/** Words after `or`/`and` that make an exact figure a lower bound (`500 or more`, `200 or greater`). */
export const OR_MORE_WORDS: readonly string[] = [
  "more", "greater", "higher", "above", "over", "larger", "bigger", "older",
];

/** Words after `or`/`and` that make an exact figure an upper bound (`10 or fewer`). */
export const OR_LESS_WORDS: readonly string[] = [
  "less", "fewer", "lower", "below", "under", "smaller", "younger",
];

/** Plural scale words read as ranges: `dozens` = 24–99, `hundreds of thousands` = 200,000–999,999. */
export const VAGUE: Readonly<Record<string, number>> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** Words after `N times` that make it a multiplier (`three times as many`, `three times the size`), not a count of occasions. */
export const MULTIPLIER_AFTER_TIMES: readonly string[] = [
  "as", "the", "more", "less", "larger", "higher", "bigger", "greater", "smaller", "lower", "that", "what", "his", "her", "their",
  "its", "a", "an", "over",
];

/** Adverbs that count occasions (`stopped twice`): their value in times. */
export const MULTIPLICATIVE_ADVERBS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };
