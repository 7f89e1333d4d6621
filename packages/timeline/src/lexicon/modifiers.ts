/**
 * Modifier words of the timeline package (`src/refiners/modifier-extender.ts`): data.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** A word before a timex that the span takes in, and the TIMEX3 `mod` it gives (`undefined`: taken in, no mod). */
export const modifierMods: Readonly<Record<string, string | undefined>> = {
  early: "START", late: "END", earlier: undefined, later: undefined, around: "APPROX", about: "APPROX",
  approximately: "APPROX", nearly: "LESS_THAN", almost: "LESS_THAN", more: undefined, "mid-": "MID",
};

/** Verbs (and "way") after which "around"/"about" is a particle or preposition, not a modifier ("ways to get around Wednesday's ruling"). */
export const particleVerbWords: readonly string[] = [
  "get", "gets", "got", "getting", "go", "goes", "went", "going", "come", "came", "turn", "turned", "work", "worked",
  "walk", "walked", "move", "moved", "run", "ran", "way", "ways",
];
