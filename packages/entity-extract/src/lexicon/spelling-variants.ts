/**
 * British spellings in organisation and place names and their American forms
 * ("Defence Ministry" and "Defense Ministry" are one name).
 */
export const BRITISH_TO_AMERICAN: Readonly<Record<string, string>> = {
  centre: "center",
  theatre: "theater",
  defence: "defense",
  organisation: "organization",
  labour: "labor",
  programme: "program",
  harbour: "harbor",
};
