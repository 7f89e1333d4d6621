/**
 * Word lists for people's titles (`findTitles`, and the clean-title check of `groupClaims`).
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Modifiers that may open a person's title before its head (`Deputy`, `Foreign`, `Acting`). */
export const MODIFIERS: readonly string[] = [
  "deputy", "assistant", "under", "vice", "acting", "prime", "foreign", "defense", "defence", "interior", "special", "senior",
  "chief", "principal", "executive", "general", "national", "security", "state", "former", "press", "finance", "economy",
  "justice", "health", "trade", "first", "permanent",
];

/** Words dropped when two titles are compared (articles, country prefixes, `then`, `incoming`). */
export const DROP: readonly string[] = [
  "the", "a", "an", "new", "us", "u.s.", "u.s", "american", "america's", "united", "states", "then", "current", "incoming",
  "outgoing", "newly", "appointed",
];

/** Words that start another person's title: a run "X and Major General Y" stops before them. */
export const TITLE_STARTERS: readonly string[] = [
  "major", "general", "colonel", "lieutenant", "admiral", "captain", "sergeant", "president", "secretary", "minister",
  "ambassador", "director", "deputy", "assistant", "under", "chief", "senator", "governor", "prime", "foreign", "defense",
  "interior", "mr.", "mrs.", "ms.", "dr.",
];

/** Prepositions that join the parts of a title (`Secretary of State`, `Minister for Defence`). */
export const CONNECTORS: readonly string[] = [
  "of", "for", "to", "on",
];

/** Rank and courtesy abbreviations that belong to the name, not the title (`Lt.`, `Gen.`, `Dr.`). */
export const RANK_ABBREVIATIONS: readonly string[] = [
  "lt.", "gen.", "maj.", "col.", "dr.", "mr.", "mrs.", "ms.", "sgt.", "capt.", "adm.", "col.-maj.", "sen.", "rep.", "gov.",
];

/**
 * Words a clean title may open with besides a title head (`Deputy Secretary`, `the Foreign Minister`): usual
 * modifiers, departments, ranks and articles. A title that opens with another word right after a capitalised one
 * was cut from inside an organisation's name (`Agency Administrator`). Lower-cased.
 */
export const TITLE_OPENERS: readonly string[] = [
  "deputy", "assistant", "under", "vice", "acting", "prime", "foreign", "defense", "defence", "interior", "special", "senior", "chief",
  "principal", "executive", "general", "national", "security", "state", "former", "press", "finance", "justice", "health", "trade",
  "first", "permanent", "treasury", "homeland", "attorney", "labor", "commerce", "energy", "education", "agriculture", "transportation",
  "majority", "minority", "house", "senate", "white", "supreme", "lieutenant", "major", "rear", "associate", "managing", "top", "lead",
  "then", "current", "the", "a", "an", "new", "us", "u.s.", "u.s", "american", "united", "incoming", "outgoing", "interim",
];

/** Words left out of an entity role before looking for its title head (`the new U.S. envoy`). */
export const ROLE_SKIP: readonly string[] = [
  "the", "a", "an", "new", "us", "u.s.",
];
