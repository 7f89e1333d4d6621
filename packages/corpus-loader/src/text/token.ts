/**
 * A word or punctuation token with its half-open UTF-16 offsets in the
 * document text: `text.slice(start, end) === token.text`.
 */
export interface Token {
  /** First code unit of the token. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** The token's text, `text.slice(start, end)`. */
  text: string;
  /** `text` lower-cased. */
  lower: string;
  /** True when the token starts with a word character (letter, mark or digit of any script). */
  word: boolean;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
}
