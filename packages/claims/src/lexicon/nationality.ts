/**
 * Word lists for the country a figure is about (`groupClaims`). Countries,
 * their demonyms and capitals come from entity-extract's gazetteer
 * (`getCountryLexicon`); these lists only add what a gazetteer of countries
 * does not hold.
 */

/**
 * Names the gazetteer does not list that stand for a country: institutions written for their country
 * (`the Pentagon said 1,000 …`) and spellings (`U.S` without its last period). Lower-cased → gazetteer country name.
 */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  pentagon: "United States",
  kremlin: "Russia",
  "u.s": "United States",
};

/** How a country is named before a counted noun when its first demonym is not the usual form (`U.S. troops`, not `American troops`). */
export const NATIONALITY_LABELS: Readonly<Record<string, string>> = {
  "United States": "U.S.",
};

/**
 * Prepositions after which a country name is where something is, not whose it is (`1,000 troops in Niger`
 * are not Nigerien troops): such a name does not give a figure its country.
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ["in", "inside", "into", "within", "throughout", "across", "from", "to", "at", "near", "around"];

/** Capitalised words that begin a longer place name ending in a country's name (`New Mexico`, `Northern Ireland`, `West Virginia`): the country is then not meant. */
export const PLACE_NAME_PREFIXES: readonly string[] = ["new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "greater", "little"];
