/** Escape the characters that are special in a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A regular-expression alternation of literal words and phrases, longest
 * first (so `"new york city"` wins over `"new york"`), escaped, for building
 * regular expressions from word lists kept as data. The alternation has no
 * quantifiers, so a pattern built around it stays linear.
 *
 * @param words - Words or phrases (duplicates are ignored).
 * @returns The source of a non-capturing group, e.g. `(?:new york|paris)`.
 * @example
 * ```ts
 * import { wordAlternation } from "@newsparse/corpus-loader";
 *
 * const weekday = new RegExp(`^${wordAlternation(["monday", "tuesday"])}$`, "i");
 * weekday.test("Monday"); // true
 * ```
 */
export function wordAlternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRegExp).join("|")})`;
}

/**
 * The entries of a word list that appear more than once (after lower-casing),
 * for tests that keep the lists free of duplicates.
 *
 * @param words - A word list.
 * @returns The repeated entries, each once, in first-seen order.
 * @example
 * ```ts
 * import { duplicateEntries } from "@newsparse/corpus-loader";
 *
 * duplicateEntries(["Monday", "friday", "monday"]); // ["monday"]
 * ```
 */
export function duplicateEntries(words: Iterable<string>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const w of words) {
    const key = w.toLowerCase();
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}
