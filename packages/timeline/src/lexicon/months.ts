/**
 * Month words of the timeline package: data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** The twelve month names, January first (`src/dates/format-date.ts`). */
export const monthNames: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/**
 * Month names and abbreviations as the date parsers match them (`MONTHS` in
 * `src/parsers/rule-kit.ts`), in match order: full names, then dotted
 * abbreviations, then bare ones (there is no bare "Mar", "Apr", "Jun", "Jul"
 * or "Sep").
 */
export const monthPatternWords: readonly string[] = [
  ...monthNames,
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
  "Sept", "Jan", "Feb", "Aug", "Oct", "Nov", "Dec",
];
