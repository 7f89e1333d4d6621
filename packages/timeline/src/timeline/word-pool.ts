import { ownString } from "@newsparse/corpus-loader";
import { contentWords } from "../events/extract-events.js";

/**
 * The content words of a run's sentences, each distinct word held once and as a string of its own, with a code
 * (its number in the pool) that lets a run keep a sentence's words as a few bytes each.
 * The timeline keeps the words of every clustered sentence of a corpus until the entries are built;
 * a word cut from a document of 13 or more characters is, in V8, a view into the whole document text
 * and would keep that text in memory (a streaming run keeps the texts themselves on disk).
 */
export class WordPool {
  readonly #codes = new Map<unknown, number>();
  readonly #words: unknown[] = [];

  /**
   * The pool's copy of a word, added when new.
   *
   * @param word - A word.
   * @returns An equal string that holds no document text, the same one for every equal word.
   */
  own(word: string): string {
    // (a tagger of the caller's may hand back anything)
    if (typeof word !== "string") return word;
    return this.#words[this.code(word)] as string;
  }

  /**
   * The code of a word (of any value a caller's tagger handed back), added when new.
   *
   * @param word - A word.
   * @returns Its code: the same for every equal word, below the number of words in the pool.
   */
  code(word: unknown): number {
    let code = this.#codes.get(word);
    if (code === undefined) {
      code = this.#words.length;
      // a shorter word is never a view into its text (V8 copies slices of under 13 characters)
      const owned = typeof word === "string" && word.length >= 13 ? ownString(word) : word;
      this.#words.push(owned);
      this.#codes.set(owned, code);
    }
    return code;
  }

  /**
   * The word of a code.
   *
   * @param code - A code of {@link WordPool.code}.
   * @returns The pool's copy of the word.
   */
  word(code: number): string {
    return this.#words[code] as string;
  }

  /**
   * The content words of a sentence ({@link contentWords}), as codes.
   *
   * @param text - The document text.
   * @param start - The sentence's start.
   * @param end - Its end.
   * @returns The distinct words' codes, in text order.
   */
  sentenceCodes(text: string, start: number, end: number): number[] {
    const seen = new Set<number>();
    for (const w of contentWords(text, start, end)) seen.add(this.code(w));
    return [...seen];
  }
}
