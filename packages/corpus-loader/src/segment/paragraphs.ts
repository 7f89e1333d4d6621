import type { Span } from "../schema/index.js";
import { isDigitCode, isSpaceCode, trimRange } from "../text/character-classes.js";

/**
 * How paragraphs are delimited: `"blank-lines"` (a line holding only white
 * space separates paragraphs), `"lines"` (every non-empty line is a
 * paragraph) or `"auto"` (blank lines when the text has any, else lines).
 */
export type ParagraphMode = "auto" | "blank-lines" | "lines";

/**
 * Split a text into paragraphs. In blank-line mode a line that starts with a
 * list marker (`-`, `*`, `•`, `1.`, `2)`) also starts a paragraph, so lists
 * come out one item per paragraph. Form feeds count as blank lines.
 *
 * @param text - The document text.
 * @param mode - Delimiting mode, default `"auto"`.
 * @returns Ordered, non-overlapping, whitespace-trimmed paragraph spans.
 * @example
 * ```ts
 * splitParagraphs("Title\n\nFirst.\nStill first.\n\nSecond.");
 * // → [{start:0,end:5},{start:7,end:26},{start:28,end:35}]
 * ```
 */
export function splitParagraphs(text: string, mode: ParagraphMode = "auto"): Span[] {
  const next = lineBreakFinder(text);
  const resolved = mode === "auto" ? (hasBlankLine(text, next) ? "blank-lines" : "lines") : mode;
  const out: Span[] = [];
  const push = (s: number, e: number): void => {
    const [a, b] = trimRange(text, s, e);
    if (b > a) out.push({ start: a, end: b });
  };
  let paraStart = 0;
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    // Jump to the next line break (native scan), or to the end.
    i = next(i);
    const c = i < n ? text.charCodeAt(i) : 10;
    // [lineStart, i) is one line.
    if (resolved === "lines") {
      push(lineStart, i);
      paraStart = i + 1;
    } else if (c === 12 || isBlank(text, lineStart, i)) {
      push(paraStart, i);
      paraStart = i + 1;
    } else if (lineStart > paraStart && startsWithListMarker(text, lineStart, i)) {
      push(paraStart, lineStart);
      paraStart = lineStart;
    }
    // CRLF counts as one break.
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  if (paraStart < n) push(paraStart, n);
  return out;
}

function isBlank(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Line breaks other than LF; most texts hold none, and then `indexOf("\n")` finds every break. */
const RARE_BREAKS = ["\r", "\v", "\f", "\u0085", "\u2028", "\u2029"];

/**
 * A function giving the position of the next line break at or after `from`
 * (or `text.length`): native `indexOf` when LF is the only kind of break in
 * the text, else a one-character-class regex scan.
 */
function lineBreakFinder(text: string): (from: number) => number {
  if (!RARE_BREAKS.some((b) => text.includes(b))) {
    return (from) => {
      const k = text.indexOf("\n", from);
      return k < 0 ? text.length : k;
    };
  }
  const breaks = /[\n\r\v\f\u0085\u2028\u2029]/g;
  return (from) => {
    breaks.lastIndex = from;
    // `test` advances lastIndex past the one-code-unit match without allocating a match array.
    return breaks.test(text) ? breaks.lastIndex - 1 : text.length;
  };
}

function hasBlankLine(text: string, next: (from: number) => number = lineBreakFinder(text)): boolean {
  let lineStart = 0;
  let seenContent = false;
  let blankAfterContent = false;
  for (let i = 0; i <= text.length; i++) {
    i = next(i);
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 12) return true;
    const blank = isBlank(text, lineStart, i);
    if (blank && seenContent) blankAfterContent = true;
    if (!blank) {
      if (blankAfterContent) return true;
      seenContent = true;
    }
    if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return false;
}

function startsWithListMarker(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= e) return false;
  const c = text.charCodeAt(k);
  if (c === 45 || c === 42 || c === 0x2022 || c === 0x2013 || c === 0x2014) {
    return k + 1 < e && text.charCodeAt(k + 1) === 32;
  }
  let d = k;
  while (d < e && d - k < 2 && isDigitCode(text.charCodeAt(d))) d++;
  if (d === k || d + 1 >= e) return false;
  const m = text.charCodeAt(d);
  return (m === 46 || m === 41) && text.charCodeAt(d + 1) === 32;
}
