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
