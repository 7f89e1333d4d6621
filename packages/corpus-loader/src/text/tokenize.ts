import { tokenAbbreviations, type TokenPreset } from "./abbreviations.js";
import { isApostropheCode, isSeparatorCode, isUpperCode, isWordCode } from "./character-classes.js";
import type { Token } from "./token.js";

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Which tokenization to reproduce: `"quotes"` (default; what `@newsparse/claims`
   * reads) or `"names"` (what the `@newsparse/entity-extract` tagger was
   * trained on). The preset gives the defaults of the options below.
   */
  preset?: TokenPreset;
  /**
   * Split a possessive `'s` / `’s` off as its own token (`Niger` `’s`), and
   * read a detached `'s` after a space (`Iraq 's`) as one token. Default:
   * `true` for `"names"`, `false` for `"quotes"` (`Niger’s` one token).
   */
  splitPossessive?: boolean;
  /**
   * Which one-letter words keep a following period as initials (`J.`):
   * `"upper"` any upper-case letter (`É.`), `"ascii"` only `A`–`Z`.
   * Default: `"ascii"` for `"names"`, `"upper"` for `"quotes"`.
   */
  initials?: "upper" | "ascii";
  /**
   * Lower-case words (without the period) that keep a trailing period
   * (`Lt.`, `Inc.`). Default: {@link tokenAbbreviations} of the preset.
   */
  abbreviations?: ReadonlySet<string>;
  /**
   * Which code units separate tokens. Default {@link isSeparatorCode} (white
   * space and control characters); for `"names"` NEL (U+0085) is a token
   * instead, as in the data the tagger was trained and is evaluated on (GMB
   * has it as a token of its own).
   */
  isSeparator?: (code: number) => boolean;
}

/** The `"names"` separators: {@link isSeparatorCode} except NEL (U+0085), a token in the tagger's data. */
function isNamesSeparator(c: number): boolean {
  return c !== 0x85 && isSeparatorCode(c);
}

const presetAbbreviations = new Map<TokenPreset, ReadonlySet<string>>();

function isPossessiveS(text: string, i: number, to: number): boolean {
  // `'s` / `’s` at `i` ending the word: an `s` or `S` not followed by a word character.
  const s = text.charCodeAt(i + 1);
  return (s === 115 || s === 83) && (i + 2 >= to || !isWordCode(text.charCodeAt(i + 2)));
}

// Token texts are shared through a small direct-mapped cache keyed by their code units: a word seen before
// (most words of running text) costs a hash and a comparison instead of a new string and its lower-cased copy,
// and the same string object comes back each time, so look-ups keyed by it (word lists, the tagger's word cache)
// find its hash already computed and match by identity. The cache never grows; a colliding word replaces the
// slot's entry. Tokens longer than MAX_CACHED code units are sliced afresh: V8 copies a slice of up to 12 code
// units, but a longer one points into the whole text, which the cache would then keep alive.
const CACHE_BITS = 14;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const MAX_CACHED = 12;
const cachedText: string[] = new Array<string>(1 << CACHE_BITS).fill("");
const cachedLower: string[] = new Array<string>(1 << CACHE_BITS).fill("");

/** Slot of `text[start, end)` in the cache, filled (with the text and its lower-cased form) when it held another string. */
function cacheSlot(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  const slot = h & CACHE_MASK;
  const held = cachedText[slot]!;
  if (held.length === end - start) {
    let k = 0;
    while (k < held.length && held.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === held.length) return slot;
  }
  const t = text.slice(start, end);
  cachedText[slot] = t;
  cachedLower[slot] = t.toLowerCase();
  return slot;
}

/**
 * Called by {@link scanTokens} once per token, in text order.
 *
 * @param start - First code unit of the token.
 * @param end - One past its last code unit.
 * @param word - True when the token starts with a word character (a word, not punctuation).
 * @param text - The token's text, `text.slice(start, end)` (a string shared with earlier tokens of the same text).
 * @param lower - `text` lower-cased.
 */
export type TokenSink = (start: number, end: number, word: boolean, text: string, lower: string) => void;

/**
 * The scan of {@link tokenize} without the token objects: `sink(start, end, word, text, lower)` is
 * called for each token, in text order, with exactly what `tokenize` would give (the same options).
 * For callers that keep their own token records (one object per token instead of two).
 *
 * @param text - The document text (offsets count into it).
 * @param from - First code unit to scan.
 * @param to - End of the range, exclusive.
 * @param options - Preset and its overrides, as for {@link tokenize}.
 * @param sink - Called with each token's offsets and whether it is a word.
 * @example
 * ```ts
 * const starts: number[] = [];
 * scanTokens("Lt. Gen. Anderson’s visit", 0, 25, { preset: "names" }, (start) => starts.push(start));
 * starts; // → [0, 4, 9, 17, 20]
 * ```
 */
export function scanTokens(text: string, from: number, to: number, options: TokenizeOptions, sink: TokenSink): void {
  const preset = options.preset ?? "quotes";
  const names = preset === "names";
  const splitPossessive = options.splitPossessive ?? names;
  const isSeparator = options.isSeparator ?? (names ? isNamesSeparator : isSeparatorCode);
  const asciiInitials = (options.initials ?? (names ? "ascii" : "upper")) === "ascii";
  let abbreviations = options.abbreviations ?? presetAbbreviations.get(preset);
  if (!abbreviations) {
    abbreviations = tokenAbbreviations(preset);
    presetAbbreviations.set(preset, abbreviations);
  }
  const emit = (start: number, end: number, word: boolean): void => {
    if (end - start > MAX_CACHED) {
      const t = text.slice(start, end);
      sink(start, end, word, t, t.toLowerCase());
    } else {
      const slot = cacheSlot(text, start, end);
      sink(start, end, word, cachedText[slot]!, cachedLower[slot]!);
    }
  };
  to = Math.max(0, Math.min(to, text.length));
  let i = Math.max(0, from);
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      // A possessive written apart, as in pre-tokenised text ("Iraq 's"): one token, as when it is attached.
      if (splitPossessive && isApostropheCode(c) && i + 1 < to && i > from && isSeparator(text.charCodeAt(i - 1)) && isPossessiveS(text, i, to)) {
        emit(i, i + 2, false);
        i += 2;
        continue;
      }
      // A surrogate pair stays one token; a lone high surrogate is a token alone (never takes the next code unit).
      const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      const n = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      emit(i, i + n, false);
      i += n;
      continue;
    }
    const start = i;
    let innerPeriod = false;
    i++;
    // Word characters joined by single inner joiners (a lookahead of one).
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 >= to || !isWordCode(text.charCodeAt(i + 1))) break;
      const j = text.charCodeAt(i);
      if (j === 45 /* - */ || j === 0x2010 || j === 0x2011) {
        i++;
        continue;
      }
      if (j === 46 /* . */) {
        innerPeriod = true;
        i++;
        continue;
      }
      if (j === 44 /* , */) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (prev >= 48 && prev <= 57 && next >= 48 && next <= 57) {
          i++;
          continue;
        }
        break;
      }
      if (isApostropheCode(j)) {
        // O'Brien, al-Qa'ida stay whole; a possessive 's is split off when asked.
        if (splitPossessive && isPossessiveS(text, i, to)) break;
        i++;
        continue;
      }
      break;
    }
    // Trailing period on abbreviations, initials and dotted acronyms (U.S.).
    if (i < to && text.charCodeAt(i) === 46) {
      const initial = i - start === 1 && (asciiInitials ? c >= 65 && c <= 90 : isUpperCode(c));
      if (innerPeriod || initial || abbreviations.has(i - start > MAX_CACHED ? text.slice(start, i).toLowerCase() : cachedLower[cacheSlot(text, start, i)]!)) i++;
    }
    emit(start, i, true);
    // Possessive 's as its own token.
    if (splitPossessive && i + 1 < to && isApostropheCode(text.charCodeAt(i)) && isPossessiveS(text, i, to)) {
      emit(i, i + 2, false);
      i += 2;
    }
  }
}

/**
 * Split `text[from, to)` into word and punctuation tokens in one linear pass.
 * White space and control characters separate tokens. A word is a run of
 * word characters joined by single inner hyphens, apostrophes and periods
 * and by commas between digits (`low-intensity`, `O'Brien`, `U.S`, `1,000.5`);
 * a trailing period stays on listed abbreviations, on initials and on
 * words with an inner period (`Lt.`, `J.`, `U.S.`). Every other character is
 * a one-character token (a surrogate pair stays whole).
 *
 * @param text - The document text (offsets count into it).
 * @param from - First code unit to scan (default 0).
 * @param to - End of the range, exclusive (default `text.length`).
 * @param options - Preset and its overrides.
 * @returns Tokens in text order; `text.slice(t.start, t.end) === t.text`.
 * @example
 * ```ts
 * tokenize("Lt. Gen. Anderson’s visit").map((t) => t.text);
 * // → ["Lt.", "Gen.", "Anderson’s", "visit"]
 * tokenize("Lt. Gen. Anderson’s visit", 0, undefined, { preset: "names" }).map((t) => t.text);
 * // → ["Lt.", "Gen.", "Anderson", "’s", "visit"]
 * ```
 */
export function tokenize(text: string, from = 0, to = text.length, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, from, to, options, (start, end, word, t, lower) => {
    tokens.push({ start, end, text: t, lower, word, cap: word && isUpperCode(text.charCodeAt(start)) });
  });
  return tokens;
}

/**
 * Index of the first token whose start is at or after `offset` (binary search).
 *
 * @param tokens - Tokens in text order.
 * @param offset - A text offset.
 * @returns A token index (`tokens.length` when none starts at or after `offset`).
 * @example
 * ```ts
 * const tokens = tokenize("He left Niamey.");
 * tokenAt(tokens, 3); // 1 ("left")
 * ```
 */
export function tokenAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
