import { FIRST_NAMES, LAST_NAMES, ORGANIZATIONS } from "./name-lists-data.js";

/** Lower-cased name lists used as tagger features. */
export interface NameLists {
  /** Given names. */
  firstNames: Set<string>;
  /** Surnames. */
  lastNames: Set<string>;
  /** Organisations and sports teams (one or more words). */
  organizations: Set<string>;
}

let lists: NameLists | undefined;

/**
 * Given names, surnames and organisation names from compromise's lexicon (MIT), parsed on
 * first use. They feed the tagger's gazetteer features only; no mention is made from them.
 *
 * @returns The lists.
 */
export function getNameLists(): NameLists {
  if (lists) return lists;
  const split = (s: string): Set<string> => new Set(s ? s.split(",") : []);
  lists = { firstNames: split(FIRST_NAMES), lastNames: split(LAST_NAMES), organizations: split(ORGANIZATIONS) };
  return lists;
}
