/**
 * Abbreviation lists used by the sentence splitter: lower-case, without the
 * final period. Users extend them through `SentenceSplitterOptions`.
 */

/** Titles and ranks: a period after them never ends a sentence (`Lt. Gen. Dagvin Anderson`, `Mr. Basoom`). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "rev", "fr", "hon", "pres", "gov", "govs", "sen", "sens", "rep",
  "reps", "amb", "atty", "supt", "det", "insp", "lt", "gen", "gens", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
  "adm", "cmdr", "cdr", "brig", "comdr", "lieut", "spc", "pfc", "sec", "secs", "mt", "ft", "st", "vs", "e.g", "i.e",
  "cf", "approx", "dept", "nr",
];

/** Abbreviations that precede a number (`No. 5`, `Jan. 6`): never a boundary before a digit, else treated as ambiguous. */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  "no", "nos", "fig", "figs", "vol", "vols", "art", "ch", "pp", "p", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec",
];

/**
 * Abbreviations that may also end a sentence (`the U.S.`, `Apple Inc.`,
 * `5 p.m.`): a boundary is kept only when the next word is a typical
 * sentence opener such as `The` or `He`. Tokens with inner periods
 * (`U.N.`, `a.m.`) are always treated this way.
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros", "etc", "al", "est", "ave", "blvd", "rd", "hwy",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo",
  "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo",
  "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/** Words that typically open a sentence; decide boundaries after ambiguous abbreviations and initials. */
export const SENTENCE_STARTERS: readonly string[] = [
  "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here", "but",
  "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "after", "before", "his", "her", "its",
  "their", "our", "my", "some", "many", "most", "one", "two", "three", "no", "not", "however", "meanwhile", "still",
  "also", "then", "now", "since", "what", "who", "why", "how", "where", "officials", "both", "all", "each", "last",
  "earlier", "later", "asked", "according", "during", "under", "with", "without", "despite", "although", "though",
  "to", "from", "by", "of", "is", "was", "are", "were", "will", "would", "can", "could", "do", "does", "did", "has",
  "have", "had", "such", "other", "another", "more", "only", "even", "just", "every", "neither", "nor", "instead",
];
