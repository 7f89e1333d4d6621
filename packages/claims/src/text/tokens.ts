/** A word or punctuation token with its offsets in the document text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** True for a word token (letters or digits). */
  word: boolean;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "inc", "corp", "co",
  "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "prof", "rev", "adm",
  "cmdr", "cpl", "pvt", "ave", "approx", "dept", "est", "fig", "gov", "hon", "messrs", "mme", "pres", "supt", "u.s", "u.k", "u.n",
  "e.g", "i.e", "a.m", "p.m", "d.c", "brig", "lieut", "cmdt", "sgt", "atty", "assn", "bros", "univ",
]);

/** True for a letter or digit (any script). */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: ’ “ ” – — …
  let v = WORD_CACHE[code]!;
  if (v === 0) {
    v = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CACHE[code] = v;
  }
  return v === 1;
}

/** Lazily filled: 0 = unknown, 1 = letter/digit/mark, 2 = other (BMP only). */
const WORD_CACHE = new Uint8Array(0x10000);

/** True for an upper-case letter. */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for whitespace. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 12 || code === 11 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Split `text[from, to)` into word and punctuation tokens, in one linear pass.
 * Words keep inner apostrophes, hyphens, periods and digit commas
 * (`Niger’s`, `low-intensity`, `U.S.`, `1,000`); a trailing period stays on
 * abbreviations and initials (`Lt.`, `J.`).
 *
 * @param text - The document text.
 * @param from - First offset.
 * @param to - End offset (exclusive).
 * @returns Tokens in text order.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // Surrogate pairs stay one token.
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      const t = text.slice(i, i + len);
      tokens.push({ start: i, end: i + len, text: t, lower: t, word: false, cap: false });
      i += len;
      continue;
    }
    let j = i + 1;
    let hasInnerPeriod = false;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        j++;
        continue;
      }
      const next = j + 1 < to ? text.charCodeAt(j + 1) : -1;
      // inner joiners: ' ’ - . , (digits only for the comma)
      if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011) && next >= 0 && isWordChar(next)) {
        j += 2;
        continue;
      }
      if (d === 46 && next >= 0 && isWordChar(next)) {
        hasInnerPeriod = true;
        j += 2;
        continue;
      }
      if (d === 44 && next >= 48 && next <= 57 && text.charCodeAt(j - 1) >= 48 && text.charCodeAt(j - 1) <= 57) {
        j += 2;
        continue;
      }
      break;
    }
    // trailing period on abbreviations and initials
    if (j < to && text.charCodeAt(j) === 46) {
      const core = text.slice(i, j).toLowerCase();
      const single = j - i === 1 && isUpper(c);
      if (single || hasInnerPeriod || ABBREVIATIONS.has(core)) {
        // keep "U.S." whole; the period still ends the sentence when followed by a clear sentence start (see splitSentences)
        j++;
      }
    }
    const t = text.slice(i, j);
    tokens.push({ start: i, end: j, text: t, lower: t.toLowerCase(), word: true, cap: isUpper(c) });
    i = j;
  }
  return tokens;
}

const CLOSERS = new Set(["”", "\"", "’", "'", ")", "]", "»"]);
const SENTENCE_STARTERS = new Set(["the", "he", "she", "it", "they", "we", "but", "and", "in", "a", "this", "that", "i", "there", "some", "while"]);

/**
 * Group tokens into sentences (half-open token index ranges). Sentences end at
 * `.`, `!` or `?` (plus closing quotes or brackets) followed by a capital
 * letter, a digit or an opening quote. Abbreviation tokens (`Lt.`) do not end
 * sentences unless followed by a common sentence opener (`U.S. The`).
 *
 * @param tokens - Tokens of one paragraph.
 * @returns `[startIndex, endIndex)` pairs.
 */
export function splitSentences(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let boundary = false;
    if (!t.word && (t.text === "." || t.text === "!" || t.text === "?")) boundary = true;
    else if (t.word && t.text.endsWith(".") && t.text.length > 2 && t.text.includes(".", 0) && /\.[A-Za-z]\.$/.test(t.text.slice(-3))) {
      // "U.S." at a sentence end: only when the next word is a clear sentence opener
      const n = tokens[i + 1];
      if (n && n.word && n.cap && SENTENCE_STARTERS.has(n.lower)) boundary = true;
    }
    if (!boundary) continue;
    let k = i + 1;
    while (k < tokens.length && !tokens[k]!.word && CLOSERS.has(tokens[k]!.text)) k++;
    const next = tokens[k];
    if (!next) {
      out.push([start, k]);
      start = k;
      i = k - 1;
      continue;
    }
    const code = next.text.charCodeAt(0);
    const opener = !next.word && (next.text === "“" || next.text === "\"" || next.text === "‘" || next.text === "(");
    if ((next.word && (isUpper(code) || (code >= 48 && code <= 57))) || opener) {
      out.push([start, k]);
      start = k;
      i = k - 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

/**
 * Index of the first token whose start is at or after `offset` (binary search).
 *
 * @param tokens - Tokens in text order.
 * @param offset - A text offset.
 * @returns A token index (may equal `tokens.length`).
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
