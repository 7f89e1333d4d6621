/** Escape the characters that are special in a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Options of {@link wordAlternation}. */
export interface WordAlternationOptions {
  /**
   * The order of the alternatives. `"longest-first"` (the default) sorts them
   * by length, longest first, so the longest listed form wins wherever it
   * matches. `"given"` keeps the list's order: the first alternative that
   * matches wins, which `exec()`, captures and `lastIndex` scans can depend
   * on when the list is ordered by hand (e.g. `"Sept."` before `"Sept"`
   * before `"Sep"`).
   */
  order?: "longest-first" | "given";
}

/**
 * A regular-expression alternation of literal words and phrases, longest
 * first (so `"new york city"` wins over `"new york"`) unless `order: "given"`
 * keeps the list's order, escaped, for building regular expressions from
 * word lists kept as data. The alternation has no quantifiers, so a pattern
 * built around it stays linear.
 *
 * @param words - Words or phrases (duplicates are ignored: the first one
 *   stays; empty strings are dropped).
 * @param options - `order`: `"longest-first"` (default) or `"given"`.
 * @returns The source of a non-capturing group, e.g. `(?:new york|paris)`.
 * @example
 * ```ts
 * import { wordAlternation } from "@newsparse/corpus-loader";
 *
 * const weekday = new RegExp(`^${wordAlternation(["monday", "tuesday"])}$`, "i");
 * console.log(weekday.test("Monday")); // true
 *
 * // Keep a hand-made order: "Sept." is tried before "Sep".
 * console.log(wordAlternation(["Sept.", "Sep"], { order: "given" })); // (?:Sept\.|Sep)
 * ```
 */
export function wordAlternation(words: Iterable<string>, options: WordAlternationOptions = {}): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  if ((options.order ?? "longest-first") === "longest-first") {
    unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  }
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
