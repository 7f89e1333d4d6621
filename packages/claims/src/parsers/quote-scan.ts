import { isSpaceCode as isSpace, isWordCode as isWordChar } from "@newsparse/corpus-loader";

/** A quotation found by {@link scanQuotes}: offsets include the quotation marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** True when no closing mark was found before the end of the stretch. */
  unterminated: boolean;
}

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const STRAIGHT = 0x22;
const OPEN_GUILLEMET = 0xab;
const CLOSE_GUILLEMET = 0xbb;
const LOW_OPEN = 0x201e; // „

/**
 * Find double-quoted stretches in `text[from, to)` with one linear scan.
 * Curly (“ ”), straight (") and guillemet (« ») marks; quotes of another
 * kind inside a quote, and single quotes, are nested content. A quote still
 * open at `to` is returned as unterminated and ends at the last non-space
 * character.
 *
 * @param text - The document text.
 * @param from - Start of the stretch (a paragraph).
 * @param to - End of the stretch.
 * @returns Quotes in text order.
 * @example
 * ```ts
 * import { scanQuotes } from "@newsparse/claims";
 *
 * console.log(scanQuotes("He said “yes.” Then “no", 0, 22)); // [{ start: 8, end: 14, unterminated: false }, { start: 20, end: 22, unterminated: true }]
 * ```
 */
export function scanQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  let kind: "curly" | "straight" | "guillemet" | "double-apostrophe" | null = null;
  let depth = 0;
  // other-kind marks seen inside the open quote: mixed pairs (“…" and "…”) close only when no nested quote of that kind is open
  let straightInside = 0;
  let curlyInside = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ''…'' and ``…'' (newswire / Penn Treebank style double quotes)
    if ((c === 39 || c === 96) && i + 1 < to && text.charCodeAt(i + 1) === c) {
      if (kind === null) {
        kind = "double-apostrophe";
        openAt = i;
        i++;
        continue;
      }
      if (kind === "double-apostrophe" && c === 39) {
        // ''' closes a nested single quote, then the double one (‘…’”)
        const triple = i + 2 < to && text.charCodeAt(i + 2) === 39 ? 1 : 0;
        out.push({ start: openAt, end: i + 2 + triple, unterminated: false });
        kind = null;
        i += 1 + triple;
        continue;
      }
      i++;
      continue;
    }
    if (c === OPEN_CURLY || c === LOW_OPEN) {
      if (kind === null) {
        kind = "curly";
        openAt = i;
        depth = 1;
        straightInside = 0;
      } else if (kind === "curly") {
        // “…,“ said X: an opening mark typed for the closing one, after the quote's last punctuation and before a space
        const prev = text.charCodeAt(i - 1);
        const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
        if (depth === 1 && (prev === 44 || prev === 46 || prev === 63 || prev === 33) && isSpace(next)) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        } else depth++;
      } else if (kind === "straight") curlyInside++;
    } else if (c === CLOSE_CURLY) {
      if (kind === "straight") {
        if (curlyInside > 0) curlyInside--;
        else {
          // "…” (straight opening, curly closing)
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      } else if (kind === "curly") {
        depth--;
        if (depth === 0) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    } else if (c === OPEN_GUILLEMET) {
      if (kind === null) {
        kind = "guillemet";
        openAt = i;
        depth = 1;
      } else if (kind === "guillemet") depth++;
    } else if (c === CLOSE_GUILLEMET) {
      if (kind === "guillemet") {
        depth--;
        if (depth === 0) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    } else if (c === STRAIGHT) {
      const prev = i > from ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      if (kind === null) {
        // not an inch mark (5'11") and not followed by a space
        if (!(prev >= 48 && prev <= 57) && !isSpace(next) && i + 1 < to) {
          kind = "straight";
          openAt = i;
          curlyInside = 0;
        }
      } else if (kind === "curly") {
        // “…," (curly opening, straight closing after punctuation), unless it closes a nested "…"
        if (depth === 1 && straightInside === 0 && (prev === 44 || prev === 46 || prev === 63 || prev === 33) && (i + 1 >= to || isSpace(next))) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        } else straightInside++;
      } else if (kind === "straight") {
        if (!isWordChar(next) || i + 1 >= to) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    }
  }
  if (kind !== null && openAt >= 0) {
    let end = to;
    while (end > openAt + 1 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > openAt + 1) out.push({ start: openAt, end, unterminated: true });
  }
  return out;
}
