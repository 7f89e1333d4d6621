/**
 * Word lists of the default boilerplate rules, as data. The rules build
 * their regular expressions from these lists (see `wordAlternation`).
 */

/** Words that mark a byline piece as an outlet or a role, not a person's name. */
export const BYLINE_ORG_WORDS: readonly string[] = [
  "reuters", "associated press", "ap", "afp", "cnn", "staff", "writer", "reporter", "correspondent", "editor", "bureau",
  "news", "times", "post", "press", "agency", "updated", "published",
];

/** First words that show a byline piece is not a name (`the staff`, `our correspondent`). */
export const NON_NAME_START_WORDS: readonly string[] = ["the", "a", "an", "our", "his", "her", "their", "its", "this", "that", "staff"];

/** Name particles allowed in lower case inside a name (`Ursula von der Leyen`). */
export const NAME_PARTICLES: readonly string[] = ["de", "da", "van", "von", "al", "el", "bin", "la", "le"];

/** Capitalised words after `By` that are not names (`By Monday, the troops had left.`). */
export const NOT_NAME_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "today", "tomorrow", "yesterday", "now", "then", "far", "contrast", "comparison", "law", "nature", "design", "default", "all", "most",
];

/** Upper-case kickers before a headline (`EXCLUSIVE`, `BREAKING`). */
export const HEADLINE_KICKERS: readonly string[] = ["EXCLUSIVE", "BREAKING", "UPDATE", "UPDATED", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "LIVE", "VIDEO", "PHOTOS"];
