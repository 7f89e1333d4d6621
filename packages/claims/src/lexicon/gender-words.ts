/**
 * Words that tell a speaker's gender.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Courtesy titles and role nouns that make a speaker male. */
export const MALE_WORDS: readonly string[] = [
  "mr", "mr.", "sir", "lord", "king", "prince", "father", "husband", "brother", "son", "uncle", "grandfather", "spokesman",
  "congressman", "businessman", "chairman", "councilman", "assemblyman", "actor", "boy", "man", "gentleman", "pope", "duke",
];

/** Courtesy titles and role nouns that make a speaker female. */
export const FEMALE_WORDS: readonly string[] = [
  "mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame", "queen", "princess", "mother", "wife", "sister", "daughter",
  "aunt", "grandmother", "spokeswoman", "congresswoman", "businesswoman", "chairwoman", "councilwoman", "assemblywoman",
  "actress", "girl", "woman", "duchess", "first lady",
];
