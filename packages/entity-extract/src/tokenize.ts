import { scanTokens } from "@newsparse/corpus-loader";

const NAMES = { preset: "names" } as const;

/**
 * Tokens of a text range as parallel arrays of UTF-16 offsets.
 * `text.slice(starts[i], ends[i])` is token `i`.
 *
 * @deprecated Use `tokenize` from `@newsparse/corpus-loader` with
 * `{ preset: "names" }`, which gives `Token` objects. Removed in the next minor release.
 */
export interface Tokens {
  starts: number[];
  ends: number[];
}

/**
 * Split `text[from, to)` into the tokens the tagger reads: corpus-loader's
 * shared tokenizer with the `"names"` preset (possessive `'s` split off).
 *
 * @deprecated Use `tokenize(text, from, to, { preset: "names" })` from
 * `@newsparse/corpus-loader`. Removed in the next minor release.
 * @param text - The original text.
 * @param from - First code unit to scan (default 0).
 * @param to - End of the range, exclusive (default `text.length`).
 * @returns Token offsets.
 * @example
 * ```ts
 * tokenize("Lt. Gen. Dag Anderson's visit"); // Lt. | Gen. | Dag | Anderson | 's | visit
 * ```
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  // The scan without token objects: two numbers per token, nothing else kept.
  scanTokens(text, from, to, NAMES, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  return { starts, ends };
}
