/**
 * Calendar words shared by several timeline parsers: data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** English ordinal suffixes after a day or century number ("3rd", "21st"). */
export const ordinalSuffixes: readonly string[] = ["st", "nd", "rd", "th"];

/** Season names. */
export const seasonWords: readonly string[] = ["spring", "summer", "fall", "autumn", "winter"];

/** Parts of the day ("Monday morning", "last night"). */
export const partOfDayWords: readonly string[] = ["morning", "afternoon", "evening", "night"];

/** Three-letter weekday abbreviations. */
export const weekdayAbbreviations: readonly string[] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
