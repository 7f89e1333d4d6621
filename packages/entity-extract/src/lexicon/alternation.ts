/**
 * A regular-expression alternation of literal words, `a|b|c`, each escaped, in
 * the order given: how a pattern that embeds a word list is built from the list.
 *
 * @param words - Literal words.
 * @returns The alternation, to put inside a group.
 * @example
 * ```ts no-run
 * new RegExp(`^(?:${alternation(["inc", "corp."])})$`); // /^(?:inc|corp\.)$/
 * ```
 */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&")).join("|");
}
