/**
 * Abbreviated words that open place and body names, and the word they stand for ("Ft. Myers" /
 * "Fort Myers", "Mt. Everest" / "Mount Everest", "St. Louis" / "Saint Louis"). Lower case, without
 * the dot. Resolution reads the first word of a name through this table, so both spellings are one
 * key. Data only.
 *
 * @packageDocumentation
 */
export const NAME_OPENING_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ft: "fort",
  mt: "mount",
  st: "saint",
  ste: "sainte",
};
