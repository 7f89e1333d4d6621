import type { WordEntry } from "./word-entry.js";

const followersCache = new WeakMap<ReadonlyMap<string, number>, Map<string, Set<string>>>();

/**
 * The second words of the multi-word phrases of `values`, by first word ("new" → {"york", "zealand", …}),
 * built once per table. A token whose next word is not among its followers starts no phrase of two or
 * more words, which {@link longestPhrase} then answers without building the two-word string.
 *
 * @param values - Phrase (lower-cased words joined by single spaces) → value.
 * @returns First word → the words that follow it in some phrase.
 */
export function phraseFollowers(values: ReadonlyMap<string, number>): Map<string, Set<string>> {
  let followers = followersCache.get(values);
  if (followers) return followers;
  followers = new Map();
  for (const phrase of values.keys()) {
    const sp = phrase.indexOf(" ");
    if (sp < 0) continue;
    const sp2 = phrase.indexOf(" ", sp + 1);
    const first = phrase.slice(0, sp);
    const set = followers.get(first) ?? new Set<string>();
    set.add(phrase.slice(sp + 1, sp2 < 0 ? phrase.length : sp2));
    followers.set(first, set);
  }
  followersCache.set(values, followers);
  return followers;
}

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
 * @param followers - The {@link phraseFollowers} of `values` for token `i`'s word (null: not known, try every length).
 * @returns The packed match: length 0 for none (a one-word phrase is not looked up here).
 */
export function longestPhrase(entries: readonly WordEntry[], i: number, maxLen: number, values: ReadonlyMap<string, number>, prefixes: ReadonlySet<string>, followers: ReadonlySet<string> | null = null): number {
  let matched = 0;
  let value = 0;
  let phrase = entries[i]!.lower;
  if (followers !== null && maxLen >= 2) {
    // Most phrase-first words are not followed by a phrase's second word: no string to build. (A word
    // with a space in it could still line up with a longer phrase, so it takes the general path.)
    const second = entries[i + 1]!.lower;
    if (!followers.has(second) && !second.includes(" ") && !phrase.includes(" ")) return 0;
  }
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
