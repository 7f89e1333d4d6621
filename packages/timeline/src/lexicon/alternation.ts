/**
 * A regular-expression alternation (`a|b|c`) of literal words, in the order
 * given (the first alternative that matches wins, so list longer forms
 * first), with regex syntax escaped. Words are fixed strings, so the
 * alternation adds no backtracking.
 *
 * @param words - Literal words.
 * @returns The alternation, without a group around it.
 */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
