import { WORDNET_BEING_NOUNS } from "./wordnet-measures-data.js";

let beings: Set<string> | undefined;

/**
 * Whether a noun's first WordNet sense names a being: a person, an animal, or a group of them (`juror`, `troops`,
 * `civilian`, `family`; not `helicopter`). Only such nouns take a casualty frame from the words around them. Loaded on
 * first use from the table built by `scripts/build-wordnet-measures.ts` (SemCor-tagged nouns only).
 *
 * @param noun - A lower-case noun, singular or as WordNet lists it.
 * @returns True when WordNet lists it as a being.
 */
export function isBeingNoun(noun: string): boolean {
  beings ??= new Set(WORDNET_BEING_NOUNS.split("\n"));
  return beings.has(noun);
}
