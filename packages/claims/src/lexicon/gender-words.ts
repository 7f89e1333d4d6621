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

/** Titles and their abbreviations (without the period) that may stand before a given name (`Sen.`, `President`): the word after them decides the gender. */
export const NAME_TITLE_WORDS: readonly string[] = [
  "sen", "rep", "gov", "gen", "col", "lt", "dr", "prof", "president", "senator", "governor", "secretary", "minister", "judge",
  "justice", "mayor", "former", "then", "rev",
];

/** Last words that make a speaker an organisation, a place or a thing rather than a person (`Inc.`, `Party`, `Ministry`). */
export const NON_PERSON_WORDS: readonly string[] = [
  "inc", "corp", "co", "ltd", "llc", "company", "corporation", "group", "party", "committee", "association", "institute",
  "foundation", "council", "agency", "department", "ministry", "office", "university", "college", "bank", "network", "news",
  "times", "post", "journal", "press", "campaign", "administration", "government", "court", "house", "senate", "congress",
  "club", "league", "union", "county", "city", "state", "states", "republic", "kingdom", "center", "centre", "organization",
  "organisation", "fund", "board", "commission", "service", "services",
];

/** Role nouns (singular; a plural `s` is allowed) that make a lower-case speaker phrase a person (`a senior official`). */
export const PERSON_ROLE_NOUNS: readonly string[] = [
  "man", "woman", "person", "official", "spokesperson", "aide", "adviser", "advisor", "officer", "member", "source", "expert",
  "analyst", "resident", "witness", "lawmaker", "diplomat", "leader", "candidate", "voter", "supporter", "critic", "chief",
  "director", "president", "secretary", "minister", "senator", "governor", "judge", "attorney", "lawyer", "host", "reporter",
  "strategist", "economist", "professor", "author", "founder", "owner", "worker", "student", "teacher", "doctor", "nurse",
  "father", "mother", "son", "daughter", "wife", "husband", "friend", "neighbor", "neighbour",
];
