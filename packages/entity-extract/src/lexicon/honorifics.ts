/**
 * Honorifics and abbreviated ranks. Three lists, since each refiner reads a different set (kept as the rules were tuned). Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Honorifics that keep a capitalised phrase from being an organisation's name ("Mr. Power"). */
export const NAME_HEAD_HONORIFICS: readonly string[] = [
  "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "prof.",
];

/** Honorifics and abbreviated ranks before a name ("Mr.", "Lt.", "Sen."). */
export const TITLE_ROLE_HONORIFICS: readonly string[] = [
  "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "sir", "dame", "lt.", "gen.", "col.", "maj.", "capt.", "sgt.",
  "adm.", "sen.", "rep.", "gov.", "prof.",
];

/** Honorifics that open a quoted nickname, not a title ("Miss Piggy"). */
export const NICKNAME_HONORIFICS: readonly string[] = [
  "miss", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lady", "lord", "king", "queen", "prince", "princess",
  "uncle", "aunt", "dr", "dr.", "saint", "st.", "mister", "madam",
];
