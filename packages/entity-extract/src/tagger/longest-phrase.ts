import type { WordEntry } from "./word-entry.js";

/**
 * Longest multi-word phrase of `values` starting at token `i` (at most `maxLen` words), growing the
 * phrase only while it is the start of some phrase (`prefixes`).
 *
 * The answer is two small integers packed into one (no object to allocate per token on the tagger's
 * hot path): read it with {@link phraseLength} and {@link phraseValue}. Values must lie in
 * `[0, 2^22)` and `maxLen` below 256.
 *
 * @param entries - Word entries of the sentence.
 * @param i - Index of the first token.
 * @param maxLen - Most words to try (at most the tokens left in the sentence).
 * @param values - Phrase (lower-cased words joined by single spaces) → value.
 * @param prefixes - Every proper prefix of two or more words of a phrase of `values`.
 * @returns The packed match: length 0 for none (a one-word phrase is not looked up here).
 */
export function longestPhrase(entries: readonly WordEntry[], i: number, maxLen: number, values: ReadonlyMap<string, number>, prefixes: ReadonlySet<string>): number {
  let matched = 0;
  let value = 0;
  let phrase = entries[i]!.lower;
  for (let len = 2; len <= maxLen; len++) {
    phrase += " " + entries[i + len - 1]!.lower;
    const v = values.get(phrase);
    if (v !== undefined) {
      value = v;
      matched = len;
    }
    if (!prefixes.has(phrase)) break;
  }
  return (value << 8) | matched;
}

/**
 * Number of words of a {@link longestPhrase} match, 0 for none.
 *
 * @param match - A packed match.
 * @returns The length in words.
 */
export function phraseLength(match: number): number {
  return match & 255;
}

/**
 * Value of the phrase a {@link longestPhrase} match found (0 for none).
 *
 * @param match - A packed match.
 * @returns The phrase's value.
 */
export function phraseValue(match: number): number {
  return match >>> 8;
}
