import * as lists from "../lexicon/measure-words.js";
import { MONTHS } from "../lexicon/quantity-words.js";
import type { HeadWord } from "./counted-head.js";

const COUNT_OPENERS = new Set(lists.COUNT_OPENERS);
const MONTH_WORDS = new Set(MONTHS);
const LABEL_NOUNS = new Set(lists.LABEL_NOUNS);
const LABEL_JOINERS = new Set(lists.LABEL_JOINERS);
const CALL_VERBS = new Set(lists.CALL_VERBS);
const STREET_WORDS = new Set(lists.STREET_WORDS);
/** How many capitalised words (and a compass point) may stand between a house number and its street word. */
const STREET_NAME_WORDS = 4;

/**
 * Whether the number at word `i` is a house number: one to four capitalised words (a compass point such as `W.`
 * among them) and then a street word follow it (`200 W. American Blvd.`, `1600 Pennsylvania Avenue`).
 *
 * @param words - The sentence's words.
 * @param i - Index of the number's first word.
 */
export function isHouseNumber(words: readonly HeadWord[], i: number): boolean {
  if (!/^\d{1,5}$/.test(words[i]?.text ?? "")) return false;
  for (let j = i + 1; j <= i + STREET_NAME_WORDS + 1 && j < words.length; j++) {
    const w = words[j]!;
    if (j > i + 1 && STREET_WORDS.has(w.lower)) return true;
    if (!/^\p{Lu}/u.test(w.text)) return false;
  }
  return false;
}

/** How many list items back a label is looked for (`versions 6, 7, 8, and 9`). */
const MAX_LIST = 6;

/**
 * Whether the number at word `i` names one item rather than counting: digits right after a capitalised word inside
 * a sentence that is not a month or a word that opens a count (`Week 15`, `Flight 370`), after a label noun (`page
 * 20`, `route 9`), glued to letters (`IE6`), or joined by `and`/`or`/`to`/a comma to such a number (`Internet
 * Explorer 8 and 9`, `versions 6, 7, 8, and 9`, `IE6 to 10`).
 *
 * @param words - The sentence's words.
 * @param i - Index of the number's first word.
 * @param text - The document text.
 * @returns Whether the number is a label.
 */
export function isLabelNumber(words: readonly HeadWord[], i: number, text: string): boolean {
  for (let k = 0, at = i; k < MAX_LIST && at >= 1; k++) {
    const w = words[at]!;
    if (!/^\d/.test(w.text)) return false;
    if (labelsDirectly(words, at, text)) return k === 0 || bareAfter(words, i);
    // step back over a list joiner (`and`, `or`, `to`, `,`) to the number before
    let prev = at - 1;
    if (LABEL_JOINERS.has(words[prev]!.lower)) prev--;
    if (prev < 0 || !/^\d/.test(words[prev]!.text)) return false;
    if (prev === at - 1 && !/^\s*,\s*$/.test(text.slice(words[prev]!.end, w.start))) return false;
    if (prev === at - 2 && !/^[\s,]*$/.test(text.slice(words[prev]!.end, words[at - 1]!.start))) return false;
    at = prev;
  }
  return false;
}

/** Nothing is counted after the number at word `i` (`8 and 9, it appears`, `IE6 to 10.`; not `Flight 370 and 239 passengers`). */
function bareAfter(words: readonly HeadWord[], i: number): boolean {
  const next = words[i + 1];
  return !next || LABEL_JOINERS.has(next.lower) || !/^\p{Ll}/u.test(next.text);
}

/** The number at word `i` is a label by what stands right before it (not through a list). */
function labelsDirectly(words: readonly HeadWord[], i: number, text: string): boolean {
  if (i < 1) return false;
  const prev = words[i - 1]!;
  const gap = text.slice(prev.end, words[i]!.start);
  // "IE6", "B52": digits glued to letters
  if (gap === "" && /\p{L}$/u.test(prev.text)) return true;
  if (gap !== " ") return false;
  if (LABEL_NOUNS.has(prev.lower)) return true;
  // "Week 15", "Flight 370", inside a sentence
  return i >= 2 && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !MONTH_WORDS.has(prev.lower) && !COUNT_OPENERS.has(prev.lower);
}

/**
 * Whether a figure is a telephone number: part of a run of three or more digit groups with eight or more digits
 * (`0845 125 2222`, `555.123.4567`), or the bare number object of a verb of calling (`called 911`).
 *
 * @param text - The document text.
 * @param start - Start of the figure.
 * @param end - End of the figure.
 * @param before - The lower-cased word right before the figure, if any.
 * @returns Whether the figure is a telephone number.
 */
export function isPhoneNumber(text: string, start: number, end: number, before: string | undefined): boolean {
  if (before !== undefined && CALL_VERBS.has(before) && /^\d+$/.test(text.slice(start, end))) return true;
  // widen to the run of digit groups joined by one space, dot or dash
  let a = start;
  let b = start;
  while (b < text.length && /\d/.test(text[b]!)) b++;
  if (b === start) return false;
  let groups = 1;
  let digits = b - start;
  for (;;) {
    if (!/[ .-]/.test(text[b] ?? "") || !/\d/.test(text[b + 1] ?? "")) break;
    let c = b + 1;
    while (c < text.length && /\d/.test(text[c]!)) c++;
    groups++;
    digits += c - b - 1;
    b = c;
    // enough already: stopping here keeps a long run of digit groups linear (each figure in it would scan it all)
    if (groups >= 3 && digits >= 8) return true;
  }
  while (a > 0 && /\d/.test(text[a - 1]!)) a--;
  digits += start - a;
  for (;;) {
    if (a < 2 || !/[ .-]/.test(text[a - 1]!) || !/\d/.test(text[a - 2]!)) break;
    let c = a - 1;
    while (c > 0 && /\d/.test(text[c - 1]!)) c--;
    groups++;
    digits += a - 1 - c;
    a = c;
    if (groups >= 3 && digits >= 8) return true;
  }
  return groups >= 3 && digits >= 8;
}
