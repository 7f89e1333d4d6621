import { ownString } from "@newsparse/corpus-loader";
import { contentWords } from "../events/extract-events.js";

/**
 * The content words of a run's sentences, each distinct word held once and as a string of its own.
 * The timeline keeps the words of every clustered sentence of a corpus until the entries are built;
 * a word cut from a document of 13 or more characters is, in V8, a view into the whole document text
 * and would keep that text in memory (a streaming run keeps the texts themselves on disk).
 */
export class WordPool {
  readonly #words = new Map<string, string>();

  /**
   * The pool's copy of a word, added when new.
   *
   * @param word - A word.
   * @returns An equal string that holds no document text, the same one for every equal word.
   */
  own(word: string): string {
    // (a tagger of the caller's may hand back anything)
    if (typeof word !== "string") return word;
    let owned = this.#words.get(word);
    if (owned === undefined) {
      // a shorter word is never a view into its text (V8 copies slices of under 13 characters)
      owned = word.length >= 13 ? ownString(word) : word;
      this.#words.set(owned, owned);
    }
    return owned;
  }

  /**
   * The content words of a sentence ({@link contentWords}), as the pool's copies.
   *
   * @param text - The document text.
   * @param start - The sentence's start.
   * @param end - Its end.
   * @returns The distinct words, in text order.
   */
  sentenceWords(text: string, start: number, end: number): Set<string> {
    const out = new Set<string>();
    for (const w of contentWords(text, start, end)) out.add(this.own(w));
    return out;
  }
}
