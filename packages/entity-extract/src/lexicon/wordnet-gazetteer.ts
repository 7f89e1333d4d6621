import { WORDNET_CAPS_ONLY, WORDNET_NAMES } from "./wordnet-gazetteer-data.js";

/**
 * Typed names from WordNet 3.1 (instance nouns such as `Paris`, `Battle of Hastings`, `Abraham Lincoln`
 * and proper-noun classes such as `Republican Party`, `Welshman`, `Buddhism`), lower-cased.
 */
export interface WordnetGazetteer {
  /** Name → bit mask of its types (bit order of `WORDNET_TYPES`: PER, GPE, LOC, ORG, NORP, EVENT, WORK, FAC, PRODUCT, OTHER). */
  masks: Map<string, number>;
  /** Every proper prefix of a multi-word name (`new`, `new york` of `new york city`). */
  prefixes: Set<string>;
  /** Most words in a name. */
  maxWords: number;
  /** One-word names WordNet writes only in capitals (`us`, `in`, `it`): they match only in capitals. */
  capsOnly: Set<string>;
}

let gazetteer: WordnetGazetteer | undefined;

/**
 * The WordNet name gazetteer, parsed on first use. It feeds the tagger's features only; no mention
 * is made from it.
 *
 * @returns The gazetteer.
 */
export function getWordnetGazetteer(): WordnetGazetteer {
  if (gazetteer) return gazetteer;
  const masks = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const group of WORDNET_NAMES.split("|")) {
    const colon = group.indexOf(":");
    const mask = Number(group.slice(0, colon));
    for (const name of group.slice(colon + 1).split(",")) {
      masks.set(name, mask);
      let words = 1;
      for (let sp = name.indexOf(" "); sp > 0; sp = name.indexOf(" ", sp + 1)) {
        prefixes.add(name.slice(0, sp));
        words++;
      }
      if (words > maxWords) maxWords = words;
    }
  }
  gazetteer = { masks, prefixes, maxWords, capsOnly: new Set(WORDNET_CAPS_ONLY.split(",")) };
  return gazetteer;
}
