// Character classes for the hand-written scanners (sentence splitter, paragraphs, tokenizer). Working
// on UTF-16 code units keeps every scanner a single linear pass with no regular-expression backtracking.

/**
 * True for Unicode white space, including NO-BREAK SPACE and line separators.
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isSpaceCode("\u00a0".charCodeAt(0)); // true
 * ```
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True for a line break (LF, CR, NEL, LS, PS, form feed, vertical tab).
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isLineBreakCode("\u2028".charCodeAt(0)); // true
 * ```
 */
export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Sentence-final punctuation: `.`, `!`, `?`, `…` and a few script variants.
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isTerminalCode("?".charCodeAt(0)); // true
 * ```
 */
export function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 ||
    c === 0x2049 || c === 0x061f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * Closing quotes and brackets that may follow sentence-final punctuation.
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isCloserCode("”".charCodeAt(0)); // true
 * ```
 */
export function isCloserCode(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb ||
    c === 0x203a || c === 0x300d || c === 0x300f;
}

/**
 * Opening quotes and brackets that may precede the first word of a sentence.
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isOpenerCode("“".charCodeAt(0)); // true
 * ```
 */
export function isOpenerCode(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 || c === 0xab ||
    c === 0x2039 || c === 0x300c || c === 0x300e || c === 0x201e;
}

// Non-ASCII answers are computed once per code unit and cached (bit 0: known, 1: letter, 2: lower, 3: upper,
// 4: changes when lower-cased), so curly quotes, dashes and accented letters cost a table lookup, not two
// case-mapped strings.
let classCache: Uint8Array | undefined;
function nonAsciiClass(code: number): number {
  classCache ??= new Uint8Array(0x10000);
  const c = code & 0xffff; // as String.fromCharCode does
  let v = classCache[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    v = 1 | (lower !== upper ? 2 : 0) | (ch !== upper && ch === lower ? 4 : 0) | (ch !== lower && ch === upper ? 8 : 0) | (ch !== lower ? 16 : 0);
    classCache[c] = v;
  }
  return v;
}

/**
 * True when the code unit is a lower-case letter (ASCII fast path, Unicode otherwise).
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isLowerCode("é".charCodeAt(0)); // true
 * ```
 */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (nonAsciiClass(c) & 4) !== 0;
}

/**
 * True when the code unit is an upper-case letter (ASCII fast path, Unicode otherwise).
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isUpperCode("É".charCodeAt(0)); // true
 * ```
 */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (nonAsciiClass(c) & 8) !== 0;
}

/**
 * True for an ASCII digit.
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isDigitCode("7".charCodeAt(0)); // true
 * ```
 */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True for a letter of any case (ASCII fast path, Unicode otherwise).
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isLetterCode("ß".charCodeAt(0)); // true
 * ```
 */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (nonAsciiClass(c) & 2) !== 0;
}

/** Letters, marks and numbers of any script, BMP only; lazily filled (0 unknown, 1 word, 2 other). */
let wordCache: Uint8Array | undefined;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * True for a word character: a letter, combining mark or number of any script
 * (`\p{L}`, `\p{M}`, `\p{N}`). Surrogates are never word characters, so emoji
 * and astral symbols stay punctuation.
 *
 * @param c - A UTF-16 code unit.
 * @returns Whether it belongs inside a word token.
 * @example
 * ```ts
 * isWordCode("é".charCodeAt(0)); // true
 * isWordCode("’".charCodeAt(0)); // false
 * ```
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  wordCache ??= new Uint8Array(0x10000);
  let v = wordCache[c & 0xffff]!;
  if (v === 0) {
    v = WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c & 0xffff] = v;
  }
  return v === 1;
}

/**
 * True for a code unit that separates tokens: white space ({@link isSpaceCode})
 * and the C0 control characters and DEL, which no token holds.
 *
 * @param c - A UTF-16 code unit.
 * @returns Whether the tokenizer skips it.
 * @example
 * ```ts
 * isSeparatorCode("\u0001".charCodeAt(0)); // true
 * ```
 */
export function isSeparatorCode(c: number): boolean {
  return c < 32 || c === 127 || isSpaceCode(c);
}

/**
 * True for an apostrophe that may join or split a word: `'` or `’` (U+2019).
 *
 * @param c - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns Whether it is in the class.
 * @example
 * ```ts
 * isApostropheCode("’".charCodeAt(0)); // true
 * ```
 */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Whether a string starts with a capital: an ASCII `A`–`Z`, or any other
 * character whose lower-case form differs from it (upper-case and title-case
 * letters of any script).
 *
 * @param s - A word or token text.
 * @returns True when capitalised; false for the empty string.
 * @example
 * ```ts
 * isCapitalised("Niamey"); // true
 * isCapitalised("Élysée"); // true
 * isCapitalised("iPhone"); // false
 * ```
 */
export function isCapitalised(s: string): boolean {
  if (s.length === 0) return false;
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  // The first code unit changes when lower-cased (cached per code unit: no one-character strings made).
  return (nonAsciiClass(code) & 16) !== 0;
}

/**
 * Shrink `[start, end)` so that it neither starts nor ends with white space.
 *
 * @param text - The text.
 * @param start - Start of the range.
 * @param end - End of the range (exclusive).
 * @returns The trimmed bounds; `start === end` when the range held only space.
 * @example
 * ```ts
 * trimRange("  Niamey \n", 0, 10); // [2, 8]
 * ```
 */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
