import { isDigitCode as isDigit, isSpaceCode as isSpace, isWordCode as isWordChar } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/number-words.js";
import { ATTACHED_CASED, SCALES, TENS, UNITS, VULGAR_FRACTIONS } from "../lexicon/number-words.js";
import { readNumberWords } from "./number-grammar.js";

/** A number written in digits, words or both, with its offsets. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** How it is written. */
  form: "digits" | "words" | "mixed" | "fraction";
  /** True when the digits had a thousands separator or decimal part (`1,000`, `1.5`). */
  formatted: boolean;
  /** Number of digits for a plain digit string (to spot years), else 0. */
  plainDigits: number;
}

/** Abbreviated scales accepted only right after digits (`5bn`, `$3m`, `10k`). */
const ATTACHED_ONLY = new Set(lists.ATTACHED_ONLY);
const VULGAR: Readonly<Record<string, number>> = VULGAR_FRACTIONS;

function readWord(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isWordChar(text.charCodeAt(j))) j++;
  return j;
}

function skipSpaces(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Find every number in `text[from, to)`: digits (`1,000`, `1.5`, `-3`),
 * words (`four`, `twenty-five`, `a dozen`, `one hundred and five`), mixed
 * (`1.5 million`, `two billion`) and simple fractions (`3/4`, `one half`).
 * Ordinals (`4th`, `first`) are not numbers here. One linear pass.
 *
 * @param text - Any text.
 * @param from - First offset (default 0).
 * @param to - End offset (default `text.length`).
 * @returns Matches in text order, non-overlapping.
 * @example
 * ```ts
 * import { findNumbers } from "@newsparse/claims";
 *
 * console.log(findNumbers("about 1.5 million people").map((n) => n.value)); // [1500000]
 * ```
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  const out: NumberMatch[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    const atBoundary = prev < 0 || !isWordChar(prev);
    if (isDigit(c) || (c === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && (prev < 0 || !isDigit(prev)))) {
      if (!atBoundary) {
        // digits glued to letters on the left (MQ9, A320): skip the whole run
        i = Math.max(i + 1, readWord(text, i, to));
        continue;
      }
      const m = readDigits(text, i, to);
      if (m && m.end > i) {
        // digits that open a longer phrase: "3 hundred and 21", "3 million and a half", "1 over 3", "2 out of five"
        const g = (m.form === "digits" || m.form === "mixed") && mayExtend(text, m.end, to, m.form === "mixed") ? readNumberWords(text, i, to, true) : null;
        if (g && g.end > m.end) {
          const negative = m.start < i;
          out.push({ start: m.start, end: g.end, value: negative ? -g.value : g.value, form: g.fraction ? "fraction" : "mixed", formatted: true, plainDigits: 0 });
          i = g.end;
          continue;
        }
        out.push(m);
        i = m.end;
        continue;
      }
      i++;
      continue;
    }
    const vulgar = VULGAR[text[i]!];
    if (vulgar !== undefined) {
      out.push({ start: i, end: i + 1, value: vulgar, form: "fraction", formatted: false, plainDigits: 0 });
      i++;
      continue;
    }
    if (atBoundary && isWordChar(c)) {
      const m = readWords(text, i, to);
      if (m && m.end > i) {
        out.push(m);
        i = m.end;
        continue;
      }
      i = Math.max(i + 1, readWord(text, i, to));
      continue;
    }
    i++;
  }
  return out;
}

/** The exponent of scientific notation after digits (`e10`, `e+14`, `E-1`), and where it ends. */
function readExponent(text: string, i: number, to: number): { exponent: number; end: number } | null {
  if (!(i + 1 < to && (text[i] === "e" || text[i] === "E"))) return null;
  let j = i + 1;
  let sign = 1;
  if (text[j] === "+" || text[j] === "-") {
    sign = text[j] === "-" ? -1 : 1;
    j++;
  }
  let k = j;
  while (k < to && k < j + 3 && isDigit(text.charCodeAt(k))) k++;
  if (k > j && !(k < to && isWordChar(text.charCodeAt(k)))) return { exponent: sign * Number(text.slice(j, k)), end: k };
  return null;
}

/** A scale word attached to or after digits (`5bn`, `1.5 million`, `1 hundred thousand`): its factors, applied in order, and where it ends. */
function scaleAfter(text: string, i: number, to: number): { factors: number[]; end: number } | null {
  const j = skipSpaces(text, i, to);
  const wEnd = readWord(text, j, to);
  if (wEnd <= j) return null;
  const w = text.slice(j, wEnd).toLowerCase();
  const scale = SCALES[w];
  if (scale === undefined || !(j === i || !ATTACHED_ONLY.has(w))) return null;
  // "5 hundred-year floods": a compound, not a scale
  if (scale === 100 && wEnd < to && text.charCodeAt(wEnd) === 45) return null;
  // "1 hundred thousand"
  const j2 = skipSpaces(text, wEnd, to);
  const w2End = readWord(text, j2, to);
  const s2 = SCALES[text.slice(j2, w2End).toLowerCase()];
  if (scale === 100 && s2 !== undefined && s2 > 100 && !ATTACHED_ONLY.has(text.slice(j2, w2End).toLowerCase())) return { factors: [scale, s2], end: w2End };
  return { factors: [scale], end: wEnd };
}

/** A space that may separate groups of three digits (`40 000`): a space, a no-break or a thin space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Exactly three digits at `i`, not followed by another digit; after a space, not followed by `/`, `-digit` or `.digit` either (`3 100-metre`). */
function threeDigitGroupAt(text: string, i: number, to: number, spaced: boolean): boolean {
  if (!(i + 2 < to && isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)))) return false;
  const a = i + 3 < to ? text.charCodeAt(i + 3) : -1;
  if (isDigit(a)) return false;
  if (!spaced) return true;
  if (a === 47 || a === 45 || isWordChar(a)) return false;
  return true;
}

/** The end of Indian digit grouping at `i` (`12,34,567.89`: one or two digits, groups of two, a last group of three), or -1. */
function indianGroupsEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
  if (j - i < 1 || j - i > 2) return -1;
  let pairs = 0;
  while (j + 2 < to && text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && text.charCodeAt(j + 3) === 44) {
    j += 3;
    pairs++;
  }
  if (pairs === 0 || !threeDigitGroupAt(text, j + 1, to, false) || text.charCodeAt(j) !== 44) return -1;
  return j + 4;
}

/** `x10^6`, `×10^-4` (`scientific`), or `^23`, `^-1` (a power): the exponent and where it ends. */
function readPower(text: string, i: number, to: number, scientific: boolean): { exponent: number; end: number } | null {
  let j = i;
  if (scientific) {
    const c = text[j];
    if (!(c === "x" || c === "×" || c === "*") || text.slice(j + 1, j + 4) !== "10^") return null;
    j += 4;
  } else if (text[j] === "^") j += 1;
  else return null;
  let sign = 1;
  if (text[j] === "+" || text[j] === "-") {
    sign = text[j] === "-" ? -1 : 1;
    j++;
  }
  const k = j;
  while (j < to && j - k < 3 && isDigit(text.charCodeAt(j))) j++;
  if (j === k || (j < to && isWordChar(text.charCodeAt(j)))) return null;
  return { exponent: sign * Number(text.slice(k, j)), end: j };
}

/** A case-sensitive multiplier glued to digits (`10M`, `1MM`, `1.2B`, `$1.2b`). */
function casedMultiplier(text: string, i: number, to: number): { factors: number[]; end: number } | null {
  let j = i;
  while (j < to && j - i < 3 && isWordChar(text.charCodeAt(j))) j++;
  if (j === i || (j < to && isWordChar(text.charCodeAt(j)))) return null;
  const f = Object.prototype.hasOwnProperty.call(ATTACHED_CASED, text.slice(i, j)) ? ATTACHED_CASED[text.slice(i, j)] : undefined;
  return f === undefined ? null : { factors: [f], end: j };
}

/** An ordinal suffix after digits (`4th`, `21st`), lower-cased. */
const ORDINAL_SUFFIX = /^(st|nd|rd|th)(?![a-z])/;
/** The proper fraction of a mixed number (`10 1/2`). */
const DIGIT_FRACTION = /^(\d{1,2})\/(\d{1,3})(?![\d/])/;

function readDigits(text: string, start: number, to: number): NumberMatch | null {
  let i = start;
  let negative = false;
  if (start > 0) {
    const p = text.charCodeAt(start - 1);
    const pp = start > 1 ? text.charCodeAt(start - 2) : -1;
    // "-3", "(-3", "<-30", "=-4": a minus after a space, a bracket or a comparison sign
    if ((p === 45 || p === 0x2212) && (pp < 0 || isSpace(pp) || pp === 40 || pp === 60 || pp === 62 || pp === 61 || pp === 126)) negative = true;
  }
  let digits = "";
  let formatted = false;
  let groupLen = 0;
  /** The thousands separator seen: a comma, or a space (`1 234 567`, `40 000`); never both. */
  let separator = -1;
  const indian = indianGroupsEnd(text, i, to);
  if (indian > 0) {
    for (; i < indian; i++) if (text.charCodeAt(i) !== 44) digits += text[i];
    formatted = true;
    separator = 44;
  }
  while (i < to && indian < 0) {
    const d = text.charCodeAt(i);
    if (isDigit(d)) {
      digits += text[i];
      groupLen++;
      i++;
      continue;
    }
    if ((d === 44 || isGroupSpace(d)) && (separator < 0 || separator === d) && threeDigitGroupAt(text, i + 1, to, d !== 44) && (separator >= 0 ? groupLen === 3 : groupLen <= 3 && groupLen > 0)) {
      separator = d;
      formatted = true;
      groupLen = 0;
      i++;
      continue;
    }
    break;
  }
  let decimals = "";
  // "192.168.1.2": a number after "digit." is part of a dotted sequence, not a decimal
  const dotted = start > 1 && text.charCodeAt(start - 1) === 46 && isDigit(text.charCodeAt(start - 2));
  if (!dotted && i < to && text.charCodeAt(i) === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    // "192.168.1.2": a second period followed by a digit means this is not a decimal
    if (!(j + 1 < to && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)))) {
      decimals = text.slice(i + 1, j);
      formatted = true;
      i = j;
    }
  }
  if (digits === "" && decimals === "") return null;
  // scientific notation: 1e10, 12.32e+14, -12e-1, 1.3x10^6; a power: 1.1^23, 2.5^-1
  let exponent = 0;
  let power = 1;
  const scientific = readExponent(text, i, to) ?? readPower(text, i, to, true);
  if (scientific) {
    ({ exponent, end: i } = scientific);
    formatted = true;
  } else {
    const pw = readPower(text, i, to, false);
    if (pw) {
      power = pw.exponent;
      i = pw.end;
      formatted = true;
    }
  }
  // ordinals: 4th, 21st, 2nd, 3rd
  const after = text.slice(i, Math.min(to, i + 3)).toLowerCase();
  if (ORDINAL_SUFFIX.test(after) && decimals === "") return null;
  // fraction 3/4 (not inside a date or a code: 5/17/2018, 2222/2222 after a dash)
  const slashBefore = start > 1 && text.charCodeAt(start - 1) === 47 && isDigit(text.charCodeAt(start - 2));
  if (!slashBefore && i + 1 < to && text.charCodeAt(i) === 47 && isDigit(text.charCodeAt(i + 1)) && decimals === "" && !formatted) {
    let j = i + 1;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    if (!(j < to && text.charCodeAt(j) === 47)) {
      const den = Number(text.slice(i + 1, j));
      if (den > 0) return { start: start - (negative ? 1 : 0), end: j, value: (negative ? -1 : 1) * (Number(digits) / den), form: "fraction", formatted: false, plainDigits: 0 };
    }
  }
  let value = Number((digits || "0") + (decimals ? "." + decimals : "") + (exponent ? `e${exponent}` : ""));
  if (power !== 1) value = value ** power;
  let end = i;
  let form: NumberMatch["form"] = "digits";
  // a vulgar fraction glued to digits: "2½"
  const vulgar = VULGAR[text[i] ?? ""];
  if (vulgar !== undefined && decimals === "" && !formatted) {
    const v = Number(digits) + vulgar;
    return { start: start - (negative ? 1 : 0), end: i + 1, value: negative ? -v : v, form: "mixed", formatted: true, plainDigits: 0 };
  }
  // a mixed number: "10 1/2", "2  1/4" (a whole number, spaces, a proper digit fraction)
  if (decimals === "" && !exponent && !formatted) {
    const f = skipSpaces(text, i, to);
    const mixed = f > i && f - i <= 3 ? DIGIT_FRACTION.exec(text.slice(f, Math.min(to, f + 8))) : null;
    if (mixed && Number(mixed[1]) < Number(mixed[2]) && Number(mixed[2]) > 1) {
      const v = Number(digits) + Number(mixed[1]) / Number(mixed[2]);
      return { start: start - (negative ? 1 : 0), end: f + mixed[0].length, value: negative ? -v : v, form: "mixed", formatted: true, plainDigits: 0 };
    }
  }
  // attached or spaced scale word; a case-sensitive multiplier glued to the digits (10M, 1MM, 1.2B)
  const scaled = scaleAfter(text, i, to) ?? casedMultiplier(text, i, to);
  if (scaled) {
    for (const factor of scaled.factors) value *= factor;
    end = scaled.end;
    form = "mixed";
  }
  if (negative) value = -value;
  return {
    start: negative ? start - 1 : start,
    end,
    value,
    form,
    formatted,
    plainDigits: formatted || form !== "digits" ? 0 : digits.length,
  };
}

/** Words after `a`/`an` that make it a number: scales, `dozen`, fraction words (`a hundred`, `a dozen`, `a third`, `a twenty-first`). */
const AFTER_A = new Set([...Object.keys(SCALES), ...Object.keys(TENS), ...lists.FRACTION_WORDS_AFTER_A]);
/** Words after digits that may carry a number on (`3 hundred and 21`, `3 million and a half`, `1 over 3`, `2 out of 5`). */
const EXTENDERS = new Set([...Object.keys(SCALES), "and", "over", "out"]);

/** Whether the word after a digit number (past spaces) may carry it on, so the grammar is worth running. */
function mayExtend(text: string, end: number, to: number, afterScale: boolean): boolean {
  const j = skipSpaces(text, end, to);
  // "4 thousand 3 hundred": digits after a scale word
  if (afterScale && j > end && j < to && isDigit(text.charCodeAt(j))) return true;
  const e = readWord(text, j, to);
  return e > j && e - j <= 9 && EXTENDERS.has(text.slice(j, e).toLowerCase());
}

/** Words before `one` that make it a pronoun (`the one`, `which one`). */
const ONE_PRONOUN_BEFORE = new Set(lists.ONE_PRONOUN_BEFORE);

function previousWord(text: string, start: number): string {
  let e = start;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && s > e - 20 && isWordChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

const NUMBER_STARTS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...lists.SIGN_WORDS, "a", "an", "hundred", "half", "quarter"]);

/** First letters of number words, as a lookup by lower-case char code. */
const INITIALS = new Uint8Array(128);
for (const w of NUMBER_STARTS) INITIALS[w.charCodeAt(0)] = 1;

/** An ASCII code unit lower-cased (`A`–`Z` only), as `toLowerCase` does. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The shape of a lower-case ASCII word: its length, first and last code units. */
function shapeKey(length: number, first: number, last: number): number {
  return length * 65536 + first * 256 + last;
}

/** Shapes of the words of {@link NUMBER_STARTS}, to rule most words out before slicing them. */
const NUMBER_START_SHAPES = new Set<number>();
for (const w of NUMBER_STARTS) NUMBER_START_SHAPES.add(shapeKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)));

/**
 * False when the word `text[start, end)` lower-cased cannot be in a set whose shapes are `shapes`, without
 * making a string. Only an all-ASCII word is ruled out (lower-casing other characters may change the length).
 */
function mayBeIn(text: string, start: number, end: number, shapes: ReadonlySet<number>): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 128) return true;
  return end > start && shapes.has(shapeKey(end - start, asciiLower(text.charCodeAt(start)), asciiLower(text.charCodeAt(end - 1))));
}

/** Phase 1 of {@link readWords}: whether a number word starts here (`one`, `twenty`, `a dozen`), not the pronoun `one` (`the one you mentioned`). */
function opensNumberWords(text: string, start: number, to: number): boolean {
  const c0 = text.charCodeAt(start) | 32;
  if (c0 >= 128 || INITIALS[c0] !== 1) return false;
  const first = readWord(text, start, to);
  if (first - start > 9) return false;
  if (!mayBeIn(text, start, first, NUMBER_START_SHAPES)) return false;
  const w0 = text.slice(start, first).toLowerCase();
  if (!NUMBER_STARTS.has(w0)) return false;
  // "a" / "an" opens a number only before a scale, `dozen` or a fraction word ("a hundred", "a dozen", "a third")
  if (w0 === "a" || w0 === "an") {
    const j = skipSpaces(text, first, to);
    if (j === first) return false;
    const e = readWord(text, j, to);
    if (e - j > 12 || !AFTER_A.has(text.slice(j, e).toLowerCase())) return false;
  }
  // "the one you mentioned", "which one": a pronoun, not a number
  if (w0 === "one" && ONE_PRONOUN_BEFORE.has(previousWord(text, start))) {
    const j = skipSpaces(text, first, to);
    const n = text.slice(j, readWord(text, j, to)).toLowerCase();
    if (!(n in SCALES) && n !== "and") return false;
  }
  return true;
}

/** Phase 3 of {@link readWords}: digit words after `point` (`one point five million`), as a decimal. */
function pointDecimal(text: string, start: number, end: number, to: number, value: number): NumberMatch | null {
  const p = skipSpaces(text, end, to);
  const pEnd = readWord(text, p, to);
  if (p > end && text.slice(p, pEnd).toLowerCase() === "point") {
    let digits = "";
    let k = skipSpaces(text, pEnd, to);
    let last = pEnd;
    for (let n = 0; n < 12 && k < to; n++) {
      const wEnd = readWord(text, k, to);
      const w = text.slice(k, wEnd).toLowerCase();
      if (w in UNITS && UNITS[w]! < 10) digits += String(UNITS[w]);
      else if (w in UNITS && digits === "") {
        // "nought point eleven"
        digits += String(UNITS[w]);
        last = wEnd;
        break;
      }
      else if (w in TENS && digits === "") {
        let v = TENS[w]!;
        let e2 = wEnd;
        if (text.charCodeAt(wEnd) === 45) {
          const uEnd = readWord(text, wEnd + 1, to);
          const u = text.slice(wEnd + 1, uEnd).toLowerCase();
          if (u in UNITS && UNITS[u]! > 0 && UNITS[u]! < 10) {
            v += UNITS[u]!;
            e2 = uEnd;
          }
        }
        digits += String(v);
        last = e2;
        break;
      } else break;
      last = wEnd;
      const nk = skipSpaces(text, wEnd, to);
      if (nk === wEnd) break;
      k = nk;
    }
    if (digits) {
      let v = Number(`${value}.${digits}`);
      // "one point five million"
      const sc = skipSpaces(text, last, to);
      const scEnd = readWord(text, sc, to);
      const scale = SCALES[text.slice(sc, scEnd).toLowerCase()];
      if (sc > last && scale !== undefined && scale >= 1000 && !ATTACHED_ONLY.has(text.slice(sc, scEnd).toLowerCase())) {
        v *= scale;
        last = scEnd;
      }
      return { start, end: last, value: v, form: "words", formatted: true, plainDigits: 0 };
    }
  }
  return null;
}

function readWords(text: string, start: number, to: number): NumberMatch | null {
  if (!opensNumberWords(text, start, to)) return null;
  const r = readNumberWords(text, start, to, true);
  if (!r) return null;
  if (!r.fraction) {
    // "two hundred point zero three", "one point five": digit words after "point"
    const decimal = pointDecimal(text, start, r.end, to, r.value);
    if (decimal) return decimal;
  }
  return { start, end: r.end, value: r.value, form: r.fraction ? "fraction" : r.hasDigits ? "mixed" : "words", formatted: false, plainDigits: 0 };
}
