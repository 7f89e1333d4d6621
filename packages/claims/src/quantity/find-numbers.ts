import { isDigitCode as isDigit, isSpaceCode as isSpace, isWordCode as isWordChar } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/number-words.js";
import { FRACTION_WORDS, SCALES, TENS, UNITS } from "../lexicon/number-words.js";

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

/** Fraction words that may follow "a" / "and a" (`a half`, `one and a quarter`). */
const SINGULAR_FRACTIONS = new Set(lists.SINGULAR_FRACTIONS);
/** Abbreviated scales accepted only right after digits (`5bn`, `$3m`, `10k`). */
const ATTACHED_ONLY = new Set(lists.ATTACHED_ONLY);

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
        out.push(m);
        i = m.end;
        continue;
      }
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

function readDigits(text: string, start: number, to: number): NumberMatch | null {
  let i = start;
  let negative = false;
  if (start > 0) {
    const p = text.charCodeAt(start - 1);
    const pp = start > 1 ? text.charCodeAt(start - 2) : -1;
    if ((p === 45 || p === 0x2212) && (pp < 0 || isSpace(pp) || pp === 40)) negative = true;
  }
  let digits = "";
  let formatted = false;
  let groupLen = 0;
  let sawComma = false;
  while (i < to) {
    const d = text.charCodeAt(i);
    if (isDigit(d)) {
      digits += text[i];
      groupLen++;
      i++;
      continue;
    }
    if (d === 44 && i + 3 < to && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(i + 4 < to ? text.charCodeAt(i + 4) : -1) && (sawComma ? groupLen === 3 : groupLen <= 3 && groupLen > 0)) {
      sawComma = true;
      formatted = true;
      groupLen = 0;
      i++;
      continue;
    }
    break;
  }
  let decimals = "";
  if (i < to && text.charCodeAt(i) === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
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
  // scientific notation: 1e10, 12.32e+14, -12e-1
  let exponent = 0;
  const scientific = readExponent(text, i, to);
  if (scientific) {
    ({ exponent, end: i } = scientific);
    formatted = true;
  }
  // ordinals: 4th, 21st, 2nd, 3rd
  const after = text.slice(i, Math.min(to, i + 3)).toLowerCase();
  if (/^(st|nd|rd|th)(?![a-z])/.test(after) && decimals === "") return null;
  // fraction 3/4
  if (i + 1 < to && text.charCodeAt(i) === 47 && isDigit(text.charCodeAt(i + 1)) && decimals === "" && !formatted) {
    let j = i + 1;
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    if (!(j < to && text.charCodeAt(j) === 47)) {
      const den = Number(text.slice(i + 1, j));
      if (den > 0) return { start: start - (negative ? 1 : 0), end: j, value: (negative ? -1 : 1) * (Number(digits) / den), form: "fraction", formatted: false, plainDigits: 0 };
    }
  }
  let value = Number((digits || "0") + (decimals ? "." + decimals : "") + (exponent ? `e${exponent}` : ""));
  let end = i;
  let form: NumberMatch["form"] = "digits";
  // a mixed number: "10 1/2", "2  1/4" (a whole number, spaces, a proper digit fraction)
  if (decimals === "" && !exponent && !formatted) {
    const f = skipSpaces(text, i, to);
    const mixed = f > i && f - i <= 3 ? /^(\d{1,2})\/(\d{1,3})(?![\d/])/.exec(text.slice(f, Math.min(to, f + 8))) : null;
    if (mixed && Number(mixed[1]) < Number(mixed[2]) && Number(mixed[2]) > 1) {
      const v = Number(digits) + Number(mixed[1]) / Number(mixed[2]);
      return { start: start - (negative ? 1 : 0), end: f + mixed[0].length, value: negative ? -v : v, form: "mixed", formatted: true, plainDigits: 0 };
    }
  }
  // attached or spaced scale word
  const scaled = scaleAfter(text, i, to);
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

/** Words before `one` that make it a pronoun (`the one`, `which one`). */
const ONE_PRONOUN_BEFORE = new Set(lists.ONE_PRONOUN_BEFORE);

function previousWord(text: string, start: number): string {
  let e = start;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && s > e - 20 && isWordChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

const NUMBER_STARTS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), "a", "an", "dozen", "hundred", "thousand", "million", "billion"]);

/** First letters of number words (a, b, d, e, f, h, m, n, o, s, t, z), as a lookup by lower-case char code. */
const INITIALS = new Uint8Array(128);
for (const ch of "abdefhmnostz") INITIALS[ch.charCodeAt(0)] = 1;

/** Phase 1 of {@link readWords}: whether a number word starts here (`one`, `twenty`, `a dozen`), not the pronoun `one` (`the one you mentioned`). */
function opensNumberWords(text: string, start: number, to: number): boolean {
  const c0 = text.charCodeAt(start) | 32;
  if (c0 >= 128 || INITIALS[c0] !== 1) return false;
  const first = readWord(text, start, to);
  if (first - start > 9) return false;
  if (!NUMBER_STARTS.has(text.slice(start, first).toLowerCase())) return false;
  const w0 = text.slice(start, first).toLowerCase();
  const isA = w0 === "a" || w0 === "an";
  if (!(w0 in UNITS) && !(w0 in TENS) && !isA && w0 !== "dozen" && w0 !== "hundred" && w0 !== "thousand" && w0 !== "million" && w0 !== "billion") {
    return false;
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

/** Phase 4 of {@link readWords}: a fraction after the number (`three quarters`, `one and a half`). */
function fractionAfter(text: string, start: number, end: number, to: number, value: number, total: number): NumberMatch | null {
  // fractions: "one half", "three quarters", "two thirds"
  const j = skipSpaces(text, end, to);
  const fEnd = readWord(text, j, to);
  const f = text.slice(j, fEnd).toLowerCase();
  if (j > end && f in FRACTION_WORDS && value > 0 && value < 20 && total === 0) {
    const base = FRACTION_WORDS[f]!;
    return { start, end: fEnd, value: f === "half" || f === "halves" ? value * 0.5 : value * base, form: "fraction", formatted: false, plainDigits: 0 };
  }
  // "one and a half", "five and a quarter", "one hundred and three quarters"
  if (j > end && f === "and") {
    const a = skipSpaces(text, fEnd, to);
    const aEnd = readWord(text, a, to);
    const w1 = text.slice(a, aEnd).toLowerCase();
    const b = skipSpaces(text, aEnd, to);
    const bEnd = readWord(text, b, to);
    const w2 = text.slice(b, bEnd).toLowerCase();
    if ((w1 === "a" || w1 === "an") && SINGULAR_FRACTIONS.has(w2)) return { start, end: bEnd, value: value + FRACTION_WORDS[w2]!, form: "words", formatted: false, plainDigits: 0 };
    if (w1 in UNITS && UNITS[w1]! > 0 && UNITS[w1]! < 10 && w2 in FRACTION_WORDS && /s$/.test(w2) && b > aEnd) return { start, end: bEnd, value: value + UNITS[w1]! * FRACTION_WORDS[w2]!, form: "words", formatted: false, plainDigits: 0 };
  }
  return null;
}

function readWords(text: string, start: number, to: number): NumberMatch | null {
  if (!opensNumberWords(text, start, to)) return null;
  let total = 0;
  let current = 0;
  let any = false;
  let end = start;
  let i = start;
  let lastKind: "none" | "unit" | "tens" | "scale" | "a" = "none";
  let steps = 0;
  while (i < to && steps < 40) {
    steps++;
    const wEnd = readWord(text, i, to);
    if (wEnd === i) break;
    const w = text.slice(i, wEnd).toLowerCase();
    let consumedEnd = wEnd;
    if (w === "a" || w === "an") {
      if (any) break;
      // "a dozen", "a hundred", "a million", "a half"
      const j = skipSpaces(text, wEnd, to);
      const nEnd = readWord(text, j, to);
      const n = text.slice(j, nEnd).toLowerCase();
      if (SINGULAR_FRACTIONS.has(n) && n !== "hundredth" && n !== "thousandth") {
        // "a half", "a quarter", "a fifth": a fraction (never a quantity by itself)
        return { start, end: nEnd, value: FRACTION_WORDS[n]!, form: "fraction", formatted: false, plainDigits: 0 };
      }
      if (n === "dozen" || (n in SCALES && !ATTACHED_ONLY.has(n) && n !== "dozens")) {
        current = 1;
        lastKind = "a";
        i = j;
        continue;
      }
      break;
    }
    if (w in UNITS && lastKind !== "unit" && lastKind !== "a") {
      if (lastKind === "tens" && UNITS[w]! >= 10) break;
      current += UNITS[w]!;
      lastKind = "unit";
    } else if (w in TENS && lastKind !== "unit" && lastKind !== "tens" && lastKind !== "a") {
      current += TENS[w]!;
      lastKind = "tens";
      // twenty-five
      if (wEnd + 1 < to && (text.charCodeAt(wEnd) === 45)) {
        const uEnd = readWord(text, wEnd + 1, to);
        const u = text.slice(wEnd + 1, uEnd).toLowerCase();
        if (u in UNITS && UNITS[u]! > 0 && UNITS[u]! < 10) {
          current += UNITS[u]!;
          consumedEnd = uEnd;
          lastKind = "unit";
        }
      }
    } else if ((w === "dozen" || w === "dozens") && (lastKind === "unit" || lastKind === "a" || lastKind === "tens")) {
      current *= 12;
      lastKind = "scale";
    } else if (w === "hundred" && (lastKind === "unit" || lastKind === "a" || lastKind === "tens" || lastKind === "none")) {
      current = (lastKind === "none" ? 1 : current) * 100;
      lastKind = "scale";
    } else if ((w === "thousand" || w === "million" || w === "billion" || w === "trillion") && (lastKind !== "none")) {
      const s = SCALES[w]!;
      if (current === 0 && total === 0) current = 1;
      total += current * s;
      current = 0;
      lastKind = "scale";
    } else if (w === "and" && any && (lastKind === "scale")) {
      // "one hundred and five": only when a number word follows
      const j = skipSpaces(text, wEnd, to);
      const nEnd = readWord(text, j, to);
      const n = text.slice(j, nEnd).toLowerCase();
      if (!(n in UNITS) && !(n in TENS)) break;
      i = j;
      continue;
    } else {
      break;
    }
    any = true;
    end = consumedEnd;
    // next word must be separated by spaces (or a hyphen for "forty-two" handled above)
    const j = skipSpaces(text, end, to);
    if (j === end) break;
    i = j;
  }
  if (!any) return null;
  const value = total + current;
  // "two hundred point zero three", "one point five": digit words after "point"
  const decimal = pointDecimal(text, start, end, to, value);
  if (decimal) return decimal;
  return fractionAfter(text, start, end, to, value, total) ?? { start, end, value, form: "words", formatted: false, plainDigits: 0 };
}
