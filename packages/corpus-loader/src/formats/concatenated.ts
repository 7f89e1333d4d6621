import type { Span } from "../schema/index.js";
import { isLineBreakCode } from "../text/character-classes.js";

/** Test for a delimiter line (already trimmed). Must be linear. */
export type DelimiterTest = (line: string) => boolean;

/**
 * Strong separators used by default (`concatenated: "auto"`): a form feed,
 * or a line of five or more `=`, or `<<<END>>>`-style markers.
 */
export const AUTO_DELIMITERS: readonly DelimiterTest[] = [
  (l) => l === "\f",
  (l) => l.length >= 5 && /^=+$/.test(l),
  (l) => /^<{3}[^<>]{0,40}>{3}$/.test(l),
];

/**
 * All common separators (`concatenated: true`): the auto ones plus lines of
 * three or more `-`, `=`, `_`, `~` or `#`, and `* * *` / `***`.
 */
export const COMMON_DELIMITERS: readonly DelimiterTest[] = [
  ...AUTO_DELIMITERS,
  (l) => l.length >= 3 && l.length <= 200 && /^(?:-+|=+|_+|~+|#+|\*+)$/.test(l),
  (l) => l.length <= 40 && /^\*(?: {1,3}\*){2,8}$/.test(l),
];

/**
 * Split a concatenated corpus into pieces at delimiter lines. The delimiter
 * lines themselves belong to no piece; empty pieces are dropped. A leading
 * YAML front-matter fence is never a delimiter (callers strip it first).
 *
 * @param text - The whole file.
 * @param delimiters - Delimiter tests, default {@link AUTO_DELIMITERS}.
 * @returns Spans of the pieces (not trimmed), in order; one span covering everything when no delimiter occurs.
 * @example
 * ```ts
 * splitConcatenated("A.\n=====\nB.").length; // 2
 * ```
 */
export function splitConcatenated(text: string, delimiters: readonly DelimiterTest[] = AUTO_DELIMITERS): Span[] {
  // Fast path for the default set: no candidate marker anywhere means one piece.
  if (delimiters === AUTO_DELIMITERS && !text.includes("\f") && !text.includes("=====") && !text.includes("<<<")) {
    return /\S/.test(text) ? [{ start: 0, end: text.length }] : [];
  }
  const out: Span[] = [];
  let pieceStart = 0;
  let lineStart = 0;
  const n = text.length;
  const isDelimiter = (s: number, e: number): boolean => {
    if (e - s > 400) return false;
    const line = text.slice(s, e).trim() || (text.slice(s, e).includes("\f") ? "\f" : "");
    if (!line) return false;
    return delimiters.some((d) => d(line));
  };
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 12 && delimiters.some((d) => d("\f"))) {
      pushPiece(text, out, pieceStart, i);
      pieceStart = i + 1;
      lineStart = i + 1;
      continue;
    }
    if (!isLineBreakCode(c) && i < n) continue;
    if (isDelimiter(lineStart, i)) {
      pushPiece(text, out, pieceStart, lineStart);
      pieceStart = Math.min(n, i + 1);
    }
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  pushPiece(text, out, pieceStart, n);
  return out;
}

function pushPiece(text: string, out: Span[], s: number, e: number): void {
  if (e > s && text.slice(s, e).trim().length > 0) out.push({ start: s, end: e });
}
