import type { Lexicon } from "../lexicon.js";
import type { LexiconSets } from "../pipeline.js";

/**
 * Build lookup sets from a lexicon.
 *
 * @param lexicon - A complete lexicon.
 * @returns The sets.
 */
export function buildLexiconSets(lexicon: Lexicon): LexiconSets {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const qualifiers = Object.entries(lexicon.qualifiers)
    .map(([phrase, relation]) => ({ words: phrase.toLowerCase().split(/\s+/).filter(Boolean), relation }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    cueVerbs: lower(lexicon.cueVerbs),
    anonymousHeads: lower(lexicon.anonymousHeads),
    institutionHeads: lower(lexicon.institutionHeads),
    documentHeads: lower(lexicon.documentHeads),
    qualifiers,
  };
}
