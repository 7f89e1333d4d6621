/**
 * Word lists of the timeline package (events): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `NEGATIONS` in `src/events/extract-events.ts`. */
export const negationsWords: readonly string[] = [
  "not", "never", "no", "n't", "didn't", "did't", "don't", "doesn't", "won't", "cannot", "can't", "wasn't",
  "weren't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "failed", "refused",
];

/** Words of `HYPOTHETICAL` in `src/events/extract-events.ts`. */
export const hypotheticalWords: readonly string[] = [
  "if", "could", "might", "may", "would", "should", "unless", "whether", "possible", "possibly", "potential",
];

/** Words of `STOP` in `src/events/extract-events.ts`. */
export const stopWords: readonly string[] = [
  "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "that", "this", "by", "at", "as", "from",
  "its", "it", "is", "was", "were", "be", "been", "has", "had", "have", "which", "who", "their", "they", "he", "she",
  "his", "her", "said", "us", "u", "s", "will", "would",
];
