/**
 * Word lists of the anaphora refiner: how definite descriptions (`the official`, `the latter`) pick an earlier speaker.
 */

/** Ordinal words in a definite description (`the second official`, `the latter`) and the antecedent they pick (-1: the last). */
export const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, other: 2, latter: -1, former: 1 };

/** Head nouns of definite descriptions that refer to the same kind of speaker (`spokesman` → `spokesperson`). */
export const HEAD_SYNONYMS: Readonly<Record<string, string>> = { spokesman: "spokesperson", spokeswoman: "spokesperson", official: "official", statement: "statement", communique: "statement" };
