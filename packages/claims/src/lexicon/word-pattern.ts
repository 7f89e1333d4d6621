/**
 * A regular-expression alternation of words, each escaped (`u.s.` matches only `u.s.`), in list order: the source
 * of every word alternation the package's regexes embed, so the words stay data.
 *
 * @param words - Words or phrases.
 * @returns `a|b|c`, to wrap in `(?:…)`.
 */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
