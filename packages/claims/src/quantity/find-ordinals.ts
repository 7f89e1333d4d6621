import { findNumbers } from "./find-numbers.js";
import * as lists from "../lexicon/number-words.js";
import { ORDINAL_WORDS, ORDINAL_SCALES } from "../lexicon/number-words.js";

/** An ordinal (`21st`, `twenty-first`, `two hundredth`) or a relative ordinal (`last`, `next`, `second to last`). */
export interface OrdinalMatch {
  start: number;
  end: number;
  /** The position (`21`), for a plain ordinal. */
  value?: number;
  /** For a relative ordinal: what it counts from (`end` for `last`, `current` for `next`) and the offset (`next` = +1). */
  relativeTo?: "end" | "current";
  offset?: number;
}

const CARDINAL_WORDS = new Set(lists.CARDINAL_WORDS);
const SCALE_CARDINALS = new Set(lists.ORDINAL_SCALE_CARDINALS);
/** Relative ordinals, longest first: phrase → [relativeTo, offset]. */
const RELATIVE: [RegExp, "end" | "current", number][] = [
  [/^the one before the last(?: one)?/i, "end", -1],
  [/^(?:the )?second to last/i, "end", -1],
  [/^(?:the )?last but one/i, "end", -1],
  [/^next to last/i, "end", -1],
  [/^antepenultimate/i, "end", -2],
  [/^penultimate/i, "end", -1],
  [/^previous one/i, "current", -1],
  [/^next one/i, "current", 1],
  [/^current one/i, "current", 0],
  [/^last/i, "end", 0],
  [/^next/i, "current", 1],
  [/^previous/i, "current", -1],
  [/^current/i, "current", 0],
];

interface Word {
  lower: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && /[A-Za-z]/.test(text[j]!)) j++;
    out.push({ lower: text.slice(i, j).toLowerCase(), start: i, end: j });
    i = j;
  }
  return out;
}

/**
 * Find ordinals: digits with a suffix (`21st`), words (`eleventh`, `twenty-fifth`, `one hundred twenty fifth`,
 * `a hundred trillionth`) and relative ordinals (`last`, `next`, `previous`, `penultimate`, `second to last`,
 * `the one before the last one`). Ordinals are positions, never quantities: the quantity parser does not use them.
 * One linear pass over the words.
 *
 * @param text - Any text.
 * @returns Matches in text order, non-overlapping.
 * @example
 * ```ts
 * import { findOrdinals } from "@newsparse/claims";
 *
 * console.log(findOrdinals("the twenty-first century").map((o) => o.value)); // [21]
 * ```
 */
export function findOrdinals(text: string): OrdinalMatch[] {
  const out: OrdinalMatch[] = [];
  // digits with a suffix
  for (let i = 0; i < text.length; i++) {
    if (!/[0-9]/.test(text[i]!) || (i > 0 && /[0-9A-Za-z]/.test(text[i - 1]!))) continue;
    let j = i;
    while (j < text.length && /[0-9,]/.test(text[j]!)) j++;
    const suffix = text.slice(j, j + 2).toLowerCase();
    if (/^(st|nd|rd|th)$/.test(suffix) && !/[A-Za-z]/.test(text[j + 2] ?? "")) out.push({ start: i, end: j + 2, value: Number(text.slice(i, j).replace(/,/g, "")) });
    i = j;
  }
  const words = wordsOf(text);
  let taken = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.start < taken) continue;
    // relative ordinals
    const rest = text.slice(w.start, w.start + 40);
    const rel = RELATIVE.find(([re]) => re.test(rest) && (w.lower !== "the" || re.source.startsWith("^the") || re.source.startsWith("^(?:the")));
    if (rel && (w.lower === "the" || w.lower === rel[0].source.replace(/^\^(?:\(\?:the \)\?)?/, "").split(/[ (]/)[0])) {
      const m = rel[0].exec(rest)!;
      out.push({ start: w.start, end: w.start + m[0].length, relativeTo: rel[1], offset: rel[2] });
      taken = w.start + m[0].length;
      continue;
    }
    const unit = ORDINAL_WORDS[w.lower];
    const scale = ORDINAL_SCALES[w.lower];
    if (unit === undefined && scale === undefined) continue;
    // cardinal words before it, joined by spaces or hyphens: "twenty-", "one hundred twenty", "a hundred"
    let s = k;
    while (s > 0 && CARDINAL_WORDS.has(words[s - 1]!.lower) && /^[\s-]+$/.test(text.slice(words[s - 1]!.end, words[s]!.start))) s--;
    while (s < k && (words[s]!.lower === "and" || (s < k && (words[s]!.lower === "a" || words[s]!.lower === "an") && !CARDINAL_WORDS.has(words[s + 1]?.lower ?? "")))) s++;
    // "a hundred trillionth": "a" only before a scale
    if (s < k && (words[s]!.lower === "a" || words[s]!.lower === "an") && !SCALE_CARDINALS.has(words[s + 1]?.lower ?? "")) s++;
    // "forty two and a third": "a <ordinal>" is a fraction word, the ordinal alone
    if (unit !== undefined && k > 0 && (words[k - 1]!.lower === "a" || words[k - 1]!.lower === "an")) s = k;
    let prefix = 0;
    if (s < k) {
      const numbers = findNumbers(text, words[s]!.start, words[k - 1]!.end);
      prefix = numbers.reduce((n, x) => n + x.value, 0);
      // "one hundred twenty": findNumbers reads it as one number already; "twenty-one trillion and three hundred twenty" as two
    }
    // "second" after a number is a time unit ("5 second delay"), not an ordinal
    if (w.lower === "second" && s === k && /[0-9]\s*-?$/.test(text.slice(Math.max(0, w.start - 3), w.start))) continue;
    const value = scale !== undefined ? (prefix || 1) * scale : prefix + unit!;
    out.push({ start: words[s]!.start, end: w.end, value });
    taken = w.end;
  }
  return out.sort((a, b) => a.start - b.start);
}
