import { getWordnetGazetteer } from "../lexicon/wordnet-gazetteer.js";
import { longestPhrase, phraseLength, phraseValue } from "./longest-phrase.js";
import { wordEntry, type WordEntry } from "./word-entry.js";

let wordnetEnabled = true;
/**
 * Switch the WordNet gazetteer features on or off (on by default; the training script's
 * `--no-wordnet` trains a model without them, for comparison).
 *
 * @param on - Whether to emit them.
 */
export function setWordnetFeatures(on: boolean): void {
  wordnetEnabled = on;
}

let wnBuffer = new Uint16Array(128);

/**
 * WordNet gazetteer codes of a sentence's tokens: `mask << 2 | position` of the longest WordNet name
 * starting at each unmatched token (position 0 first, 1 inside, 2 last word of a multi-word name,
 * 3 a one-word name), 0 outside any name.
 *
 * @param entries - Word entries of the sentence.
 * @param n - Number of tokens.
 * @returns One code per token: a view of a work buffer that the next call overwrites.
 */
export function wordnetCodes(entries: readonly WordEntry[], n: number): Uint16Array {
  if (wnBuffer.length < n) wnBuffer = new Uint16Array(n * 2);
  const out = wnBuffer;
  out.fill(0, 0, n);
  let i = wordnetEnabled ? 0 : n;
  while (i < n) {
    const e = entries[i]!;
    let matched = 0;
    let mask = 0;
    if (e.wnFirst) {
      const { masks, prefixes, maxWords } = getWordnetGazetteer();
      const match = longestPhrase(entries, i, Math.min(maxWords, n - i), masks, prefixes, e.wnNext);
      matched = phraseLength(match);
      mask = phraseValue(match);
    }
    if (matched) {
      out[i] = mask << 2;
      for (let k = 1; k < matched - 1; k++) out[i + k] = (mask << 2) | 1;
      out[i + matched - 1] = (mask << 2) | 2;
      i += matched;
    } else {
      if (e.wn1) out[i] = (e.wn1 << 2) | 3;
      i++;
    }
  }
  return out;
}

/**
 * The WordNet gazetteer codes {@link extractFeatures} gives the tokens of one sentence
 * (`mask << 2 | position`: 0 first, 1 inside, 2 last word of a multi-word name, 3 a one-word name;
 * 0 outside any name).
 *
 * @param words - Token texts of the sentence.
 * @returns One code per token.
 */
export function wordnetCodesOf(words: readonly string[]): number[] {
  const entries = words.map((w) => wordEntry(w, undefined));
  return Array.from(wordnetCodes(entries, words.length).subarray(0, words.length));
}
