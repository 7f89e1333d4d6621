import { getCountryLexicon } from "../lexicon/countries.js";
import { getPhraseClasses, getPhrasePrefixes } from "./gazetteer-classes.js";
import { longestPhrase, phraseLength, phraseValue } from "./longest-phrase.js";
import type { WordEntry } from "./word-entry.js";

let gazBuffer = new Uint8Array(128);
const MAX_ORG_WORDS = 5;

/**
 * Gazetteer classes of a token, as B/I positions of the longest phrase match.
 * Single-word classes and phrase-start flags come cached on the word entries.
 *
 * @param entries - Word entries of the sentence.
 * @param n - Number of tokens.
 * @returns One code per token: a view of a work buffer that the next call overwrites.
 */
export function gazetteerClasses(entries: readonly WordEntry[], n: number): Uint8Array {
  const lex = getCountryLexicon();
  // class codes: 0 none; 1 country, 2 demonym, 3 capital, 4 city, 5 location, 6 group norp, 7 title,
  // 16 given name, 17 surname, 18 organisation; +8 for inside (not first) token of a phrase
  if (gazBuffer.length < n) gazBuffer = new Uint8Array(n * 2);
  const out = gazBuffer;
  out.fill(0, 0, n);
  const classes = getPhraseClasses();
  let i = 0;
  while (i < n) {
    const e = entries[i]!;
    let matched = 0;
    let cls = 0;
    if (e.phraseFirst) {
      const match = longestPhrase(entries, i, Math.min(Math.max(lex.maxWords, MAX_ORG_WORDS), n - i), classes, getPhrasePrefixes(), e.phraseNext);
      matched = phraseLength(match);
      cls = phraseValue(match);
    }
    if (matched) {
      out[i] = cls;
      for (let k = 1; k < matched; k++) out[i + k] = cls + 8;
      i += matched;
    } else {
      out[i] = e.gaz1;
      i++;
    }
  }
  return out;
}
