/**
 * Calendar words. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Month names and their abbreviations, lower case. */
export const MONTH_WORDS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
];

/** Lower-cased words before "Day"/"Week"/"Month" that do not name an observance ("this", "next", weekdays …). */
export const NOT_OBSERVANCE_WORDS: readonly string[] = [
  "this", "next", "last", "every", "each", "one", "the", "a", "an", "that", "same", "first", "final", "in", "on",
  "at", "during", "for", "since", "after", "before", "by", "until", "from", "of", "and", "or", "but", "his", "her",
  "their", "its", "our", "my", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
