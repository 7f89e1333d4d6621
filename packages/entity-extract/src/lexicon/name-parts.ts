/**
 * Parts of personal names other than given names and surnames. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Suffixes after a personal name ("Jr", "III", "PhD"), lower case without a full stop. */
export const NAME_SUFFIXES: readonly string[] = [
  "jr", "sr", "ii", "iii", "iv", "phd", "md",
];

/** Generational suffixes ("Jr", "Sr", "III"): two names that differ in one are different people. */
export const GENERATIONAL_SUFFIXES: readonly string[] = [
  "jr", "sr", "ii", "iii", "iv",
];

/** Particles that begin a surname ("de", "van", "bin", "al"). */
export const SURNAME_PARTICLES: readonly string[] = [
  "lo", "la", "le", "de", "del", "della", "di", "da", "van", "von", "bin", "ibn", "al", "el", "du", "st", "ter",
  "ten",
];
