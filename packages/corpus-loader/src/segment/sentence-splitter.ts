import type { Span } from "../schema/index.js";
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from "../text/abbreviations.js";
import {
  isCloserCode,
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isOpenerCode,
  isSpaceCode,
  isTerminalCode,
  isUpperCode,
  trimRange,
} from "../text/character-classes.js";

/** Options of {@link createSentenceSplitter}. */
export interface SentenceSplitterOptions {
  /**
   * Where candidate boundaries come from: `"rules"` (default) is a linear
   * hand-written scanner; `"intl"` uses `Intl.Segmenter` (slower, ICU rules).
   * Both then go through the same news-text repair rules.
   */
  engine?: "rules" | "intl";
  /** Apply the repair rules (abbreviations, initials, lower-case continuations). Default `true`. */
  repair?: boolean;
  /** Locale for `Intl.Segmenter`; default `"en"`. */
  locale?: string;
  /** Extra title abbreviations (lower-case, no final period), added to {@link TITLE_ABBREVIATIONS}. */
  titleAbbreviations?: readonly string[];
  /** Extra number abbreviations, added to {@link NUMBER_ABBREVIATIONS}. */
  numberAbbreviations?: readonly string[];
  /** Extra ambiguous abbreviations, added to {@link AMBIGUOUS_ABBREVIATIONS}. */
  ambiguousAbbreviations?: readonly string[];
  /** Extra sentence openers, added to {@link SENTENCE_STARTERS}. */
  sentenceStarters?: readonly string[];
}

/** A configured sentence splitter. */
export interface SentenceSplitter {
  /**
   * Split `text.slice(start, end)` into sentences.
   *
   * @param text - Full document text (offsets count into it).
   * @param start - First code unit to consider (default 0).
   * @param end - End of the range (default `text.length`).
   * @returns Ordered, non-overlapping, whitespace-trimmed sentence spans.
   */
  split(text: string, start?: number, end?: number): Span[];
}

const MAX_RUN = 16;
const TERMINAL = /[.!?\u2026\u203c\u2047-\u2049\u061f\u3002\uff01\uff1f]/g;
const MAX_TOKEN = 40;

/**
 * Create a sentence splitter for news text: it keeps `U.S.`, `Lt. Gen.`,
 * `Col.-Maj.`, `Mr.`, initials (`Kurt M. Campbell`), decimals and times
 * inside sentences, splits after quoted sentences, and never looks at quote
 * balance, so an unterminated quotation cannot swallow the rest of a text.
 *
 * Runs in linear time: one pass over the text, bounded look-behind/ahead.
 *
 * @param options - Engine and abbreviation lists.
 * @returns A {@link SentenceSplitter}.
 * @example
 * ```ts
 * const splitter = createSentenceSplitter({ titleAbbreviations: ["insp"] });
 * splitter.split("Lt. Gen. Dagvin Anderson spoke. He left.");
 * // → [{start: 0, end: 32}, {start: 33, end: 41}]
 * ```
 */
export function createSentenceSplitter(options: SentenceSplitterOptions = {}): SentenceSplitter {
  const titles = new Set([...TITLE_ABBREVIATIONS, ...(options.titleAbbreviations ?? [])]);
  const numbers = new Set([...NUMBER_ABBREVIATIONS, ...(options.numberAbbreviations ?? [])]);
  const ambiguous = new Set([...AMBIGUOUS_ABBREVIATIONS, ...(options.ambiguousAbbreviations ?? [])]);
  const starters = new Set([...SENTENCE_STARTERS, ...(options.sentenceStarters ?? [])]);
  const repair = options.repair ?? true;
  let maxListed = 0;
  for (const set of [titles, numbers, ambiguous]) for (const w of set) maxListed = Math.max(maxListed, w.length);
  const engine = options.engine ?? "rules";

  /** Read the word starting at `r` (after opening quotes), lower-cased, bounded. */
  const nextWord = (text: string, r: number, end: number): { word: string; first: number } => {
    let k = r;
    let guard = 0;
    while (k < end && guard < 4 && isOpenerCode(text.charCodeAt(k))) {
      k++;
      guard++;
    }
    const first = k < end ? text.charCodeAt(k) : -1;
    let e = k;
    while (e < end && e - k < 30 && isLetterCode(text.charCodeAt(e))) e++;
    return { word: text.slice(k, e).toLowerCase(), first };
  };

  /**
   * Decide whether a candidate boundary is real. `p` is where the terminal
   * punctuation run starts, `q` just after it (and its closers), `r` the first
   * non-space after it.
   */
  const isBoundary = (text: string, p: number, q: number, r: number, end: number): boolean => {
    if (!repair) return true;
    if (r >= end) return true;
    const next = text.charCodeAt(r);
    if (isLowerCode(next)) return false;
    // `region. .`, `said. ,`: stray punctuation continues the sentence.
    if (next === 44 || next === 59 || next === 58 || isTerminalCode(next)) return false;
    let onlyPeriods = true;
    for (let k = p; k < q; k++) {
      const c = text.charCodeAt(k);
      if (isTerminalCode(c) && c !== 46) {
        onlyPeriods = false;
        break;
      }
    }
    // `!`, `?` or `…` followed by anything but a lower-case word ends the sentence.
    if (!onlyPeriods) return true;
    let periods = 0;
    for (let k = p; k < q && text.charCodeAt(k) === 46; k++) periods++;
    if (periods >= 3) return true; // ellipsis "..." then a capital
    // Token before the period, without leading openers.
    let t = p;
    while (t > 0 && p - t < MAX_TOKEN && !isSpaceCode(text.charCodeAt(t - 1))) t--;
    while (t < p && isOpenerCode(text.charCodeAt(t))) t++;
    if (t >= p) return true;
    // Last component of compounds: `Col.-Maj` → `maj`, `Smith/U.S` → `u.s` (scanned back from the period, no copies).
    for (let k = p - 1; k >= t; k--) {
      const c = text.charCodeAt(k);
      if (c === 45 || c === 47 || c === 0x2013) {
        t = k + 1;
        break;
      }
    }
    if (t >= p) return true;
    // Longer tokens are in none of the lists and are not initials: a boundary, decided without allocating.
    if (p - t > maxListed && p - t > 9) return true;
    const token = text.slice(t, p);
    const lower = token.toLowerCase();
    if (titles.has(lower)) return false;
    // The following word is read only when a rule below needs it.
    const { word: following, first } = nextWord(text, r, end);
    const nextIsStarter = starters.has(following);
    const firstIsDigit = isDigitCode(first);
    if (numbers.has(lower)) return firstIsDigit ? false : nextIsStarter;
    if (ambiguous.has(lower) || isDottedAbbreviation(lower)) return nextIsStarter;
    // Initials: `Kurt M. Campbell`, `J. Peter Baum`.
    if (token.length === 1 && isUpperCode(token.charCodeAt(0))) return nextIsStarter || firstIsDigit;
    return true;
  };

  const pushTrimmed = (out: Span[], text: string, s: number, e: number): void => {
    const [a, b] = trimRange(text, s, e);
    if (b > a) out.push({ start: a, end: b });
  };

  const splitRules = (text: string, start: number, end: number): Span[] => {
    const out: Span[] = [];
    let s = start;
    let i = start;
    // Jump between terminal punctuation with a one-character-class regex (fast native scan) over the
    // range only, so a range without punctuation never costs a scan of the rest of the text.
    const range = start === 0 && end === text.length ? text : text.slice(start, end);
    TERMINAL.lastIndex = 0;
    // Without the rare non-ASCII terminals in the text, `.`, `!` and `?` are found with three native
    // `indexOf` scans (each position remembered until passed, so every scan stays linear).
    const asciiOnly = !hasRareTerminal(text);
    let dot = -2;
    let bang = -2;
    let question = -2;
    while (i < end) {
      const from = i - start;
      let found: number;
      if (asciiOnly) {
        if (dot !== -1 && dot < from) dot = range.indexOf(".", from);
        if (bang !== -1 && bang < from) bang = range.indexOf("!", from);
        if (question !== -1 && question < from) question = range.indexOf("?", from);
        found = dot;
        if (bang >= 0 && (found < 0 || bang < found)) found = bang;
        if (question >= 0 && (found < 0 || question < found)) found = question;
        if (found < 0) break;
      } else {
        TERMINAL.lastIndex = from;
        // `test` moves lastIndex past the one-code-unit match without allocating a match array.
        if (!TERMINAL.test(range)) break;
        found = TERMINAL.lastIndex - 1;
      }
      i = found + start;
      const p = i;
      let q = i + 1;
      while (q < end && q - p < MAX_RUN) {
        const c = text.charCodeAt(q);
        if (isTerminalCode(c) || isCloserCode(c)) q++;
        else break;
      }
      if (q < end && !isSpaceCode(text.charCodeAt(q))) {
        i = q;
        continue;
      }
      let r = q;
      while (r < end && isSpaceCode(text.charCodeAt(r))) r++;
      if (r < end && !(repair && isListMarker(text, s, q)) && isBoundary(text, p, q, r, end)) {
        pushTrimmed(out, text, s, q);
        s = r;
      }
      i = r;
    }
    pushTrimmed(out, text, s, end);
    return out;
  };

  let segmenter: Intl.Segmenter | undefined;
  const splitIntl = (text: string, start: number, end: number): Span[] => {
    segmenter ??= new Intl.Segmenter(options.locale ?? "en", { granularity: "sentence" });
    const out: Span[] = [];
    let s = start;
    const slice = text.slice(start, end);
    for (const seg of segmenter.segment(slice)) {
      const b = start + seg.index + seg.segment.length;
      if (b >= end) break;
      // b is the first code unit of the next ICU segment; find the punctuation run before it.
      let q = b;
      while (q > s && isSpaceCode(text.charCodeAt(q - 1))) q--;
      let p = q;
      while (p > s && q - p < MAX_RUN && (isCloserCode(text.charCodeAt(p - 1)) || isTerminalCode(text.charCodeAt(p - 1)))) p--;
      while (p < q && !isTerminalCode(text.charCodeAt(p))) p++;
      const hasTerminal = p < q;
      if (!hasTerminal || (!(repair && isListMarker(text, s, q)) && isBoundary(text, p, q, b, end))) {
        pushTrimmed(out, text, s, q);
        s = b;
      }
    }
    pushTrimmed(out, text, s, end);
    return out;
  };

  return {
    split(text: string, start = 0, end = text.length): Span[] {
      const a = Math.max(0, Math.min(start, text.length));
      const b = Math.max(a, Math.min(end, text.length));
      return engine === "intl" ? splitIntl(text, a, b) : splitRules(text, a, b);
    },
  };
}

/** Terminal punctuation other than `.`, `!` and `?`. */
const RARE_TERMINALS = ["\u2026", "\u203c", "\u2047", "\u2048", "\u2049", "\u061f", "\u3002", "\uff01", "\uff1f"];
// One-entry cache: a document's paragraphs are split one after another with the same text.
let lastText: string | undefined;
let lastRare = false;

/** Whether `text` holds any of {@link RARE_TERMINALS} (native scans, remembered for the last text). */
function hasRareTerminal(text: string): boolean {
  if (text !== lastText) {
    lastRare = RARE_TERMINALS.some((t) => text.includes(t));
    lastText = text;
  }
  return lastRare;
}

/** `1.`, `12)`, `a.`, `iv.` alone at the start of a sentence: a list marker, not a sentence. */
function isListMarker(text: string, s: number, q: number): boolean {
  if (q - s > 5 || q - s < 2) return false;
  return /^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$/.test(text.slice(s, q));
}

/** `u.s`, `a.m`, `u.s.a`: single letters joined by periods. */
function isDottedAbbreviation(lower: string): boolean {
  if (lower.length < 3 || lower.length > 9) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (k % 2 === 0 ? !isLetterCode(c) : c !== 46) return false;
  }
  return lower.length % 2 === 1;
}

const defaultSplitter = createSentenceSplitter();

/**
 * Split a range of text into sentences with the default news-text splitter.
 *
 * @param text - Full text (offsets count into it).
 * @param start - Start of the range, default 0.
 * @param end - End of the range, default `text.length`.
 * @returns Ordered, non-overlapping, trimmed sentence spans.
 * @example
 * ```ts
 * splitSentences("Mr. Basoom is still under arrest. He was removed in July.");
 * ```
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  return defaultSplitter.split(text, start, end);
}
