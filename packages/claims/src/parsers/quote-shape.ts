import type { ClaimContext } from "../pipeline.js";
import type { Claim } from "../schema.js";
import { isCueToken } from "../speaker.js";
import { isSpaceCode as isSpace, tokenAt, type Token } from "@newsparse/corpus-loader";
import type { QuoteSpan } from "./quote-scan.js";
import { ADDING_CUES } from "./quote-attribution.js";
import * as lists from "../lexicon/quote-words.js";

const SMALL_WORDS = new Set(lists.SMALL_WORDS);

const WHITESPACE = /\s+/;
const LEADING_NON_ALNUM = /^[^\p{L}\p{N}]+/u;
const UPPER_START = /^\p{Lu}/u;

/** True for a quoted title (`“The Nightly Show with Larry Wilmore.”`): most words capitalised, short. */
export function isTitleLike(quoted: string): boolean {
  const words = quoted.split(WHITESPACE).map((w) => w.replace(LEADING_NON_ALNUM, "")).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return false;
  const caps = content.filter((w) => UPPER_START.test(w)).length;
  return caps / content.length >= 0.8 && words.length >= 2;
}

/** True when a quote starts with a lower-case letter (a phrase quoted inside a sentence). */
export function isPartial(text: string, q: { start: number; end: number }): boolean {
  for (let i = q.start + 1; i < q.end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x2026 || c === 46 || c === 0x2018 || c === 39 || c === 96) continue;
    const ch = text[i]!;
    return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  }
  return false;
}

/**
 * True when a quote after an attributed quote in the same paragraph sits inside a sentence: the token before it is a
 * word that is not a cue (`he said on “Meet the Press.”`, `Cruz said after a brief "I'm sorry"`), so it names or
 * mentions something rather than continuing the speech. A quote after `,` `:` `.` or a cue continues as before.
 */
export function embedded(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, prev: Claim): boolean {
  const b = tokenAt(tokens, q.start) - 1;
  const t = tokens[b];
  if (!t || t.start < prev.end) return false;
  if (!t.word && t.text !== "’" && t.text !== "'") return false;
  if (t.word && (isCueToken(t, context.sets) || ADDING_CUES.has(t.lower) || t.lower === "that")) return false;
  return true;
}

const OPENING_MARKS = new Set(["“", '"', "'", "‘", "`", "«", "„"]);
const CLOSING_MARKS = new Set(["”", '"', "'", "’", "»"]);
const CLOSING_PUNCTUATION = new Set([",", ".", "!", "?"]);

/** `s` without a run of `chars` at its end; a loop, not `/[…]+$/`, which is quadratic on a long run of them. */
function trimEnd(s: string, chars: ReadonlySet<string>): string {
  let end = s.length;
  while (end > 0 && chars.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without opening quote marks at its start and closing ones at its end. */
function trimQuoteMarks(s: string): string {
  let start = 0;
  while (start < s.length && OPENING_MARKS.has(s[start]!)) start++;
  return trimEnd(s.slice(start), CLOSING_MARKS);
}

/**
 * True for a quoted title inside a sentence: words in title case right after a possessive or a non-cue word
 * (`on ABC’s “This Week,”`, `the podcast “Here’s the Thing.”`, `Fox News channel’s “Hannity,”`).
 */
export function namedWork(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan): boolean {
  const b = tokenAt(tokens, q.start) - 1;
  const t = tokens[b];
  if (!t) return false;
  const possessive = t.lower === "’s" || t.lower === "'s" || t.lower === "s" || /[’']s$/.test(t.lower);
  if (!possessive && !(t.word && !t.cap && !isCueToken(t, context.sets) && !ADDING_CUES.has(t.lower) && t.lower !== "that")) return false;
  const inner = trimEnd(trimQuoteMarks(context.text.slice(q.start, q.end)), CLOSING_PUNCTUATION);
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (possessive && words.length === 1) return /^\p{Lu}/u.test(words[0]!);
  return isTitleLike(inner);
}
