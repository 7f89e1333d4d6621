import { COMMON_SENTENCE_STARTERS } from "./abbreviations.js";
import { isDigitCode } from "./character-classes.js";
import type { Token } from "./token.js";

/** Options of {@link groupSentences}. */
export interface GroupSentencesOptions {
  /**
   * Closing quotes and brackets that stay with the sentence they follow
   * (`… he said.” The …`). Default `” " ’ ' ) ] »`.
   */
  closers?: ReadonlySet<string>;
  /** How many closers after the terminal punctuation still belong to its sentence. Default unlimited. */
  maxClosers?: number;
  /**
   * Whether a token that is both a closer and a sentence start (`"`) right
   * after terminal punctuation opens the next sentence (`true`) or closes
   * this one (`false`, the default).
   */
  closerMayOpen?: boolean;
  /**
   * Whether a token may open a sentence after terminal punctuation. Default:
   * a word starting with an upper-case letter or a digit, or an opening
   * quote or parenthesis (`“ " ‘ (`).
   */
  startsSentence?: (token: Token) => boolean;
  /**
   * Words after which a dotted abbreviation (`U.S.`) ends a sentence when
   * they follow it capitalised (`… the U.S. The talks …`). Default
   * {@link COMMON_SENTENCE_STARTERS}; an empty set turns the rule off.
   */
  abbreviationEnders?: ReadonlySet<string>;
  /** With the document text: a line break between two tokens ends a sentence. Default: no text, no such rule. */
  text?: string;
  /** Longest sentence in tokens: a longer run is cut after this many. Default unlimited. */
  maxTokens?: number;
}

const DEFAULT_CLOSERS: ReadonlySet<string> = new Set(["”", "\"", "’", "'", ")", "]", "»"]);
const OPENERS: ReadonlySet<string> = new Set(["“", "\"", "‘", "("]);
const DEFAULT_ENDERS: ReadonlySet<string> = new Set(COMMON_SENTENCE_STARTERS);

/**
 * Whether a token opens a sentence after terminal punctuation by the default
 * rule: a word starting with an upper-case letter or a digit, or an opening
 * quote or parenthesis (`“ " ‘ (`).
 *
 * @param token - A token.
 * @returns True when it may start a sentence.
 * @example
 * ```ts
 * tokenize("“He 2024 he").map(startsSentenceByDefault); // [true, true, true, false]
 * ```
 */
export function startsSentenceByDefault(token: Token): boolean {
  return (token.word && (token.cap || isDigitCode(token.text.charCodeAt(0)))) || OPENERS.has(token.text);
}

/**
 * Whether a token is an opening quote or parenthesis: `“`, `"`, `‘` or `(`.
 *
 * @param text - A token's text.
 * @returns True for an opener.
 * @example
 * ```ts
 * isOpeningToken("“"); // true
 * ```
 */
export function isOpeningToken(text: string): boolean {
  return OPENERS.has(text);
}

function isTerminalToken(t: Token): boolean {
  return !t.word && (t.text === "." || t.text === "!" || t.text === "?");
}

/** `U.S.`, `a.m.`: a word token ending in `.x.` */
function isDottedAbbreviation(t: Token): boolean {
  const s = t.text;
  const n = s.length;
  if (!t.word || n < 3 || s.charCodeAt(n - 1) !== 46 || s.charCodeAt(n - 3) !== 46) return false;
  const c = s.charCodeAt(n - 2);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Group tokens into sentences, as half-open token index ranges. A sentence
 * ends at `.`, `!` or `?` (plus closing quotes or brackets) before a token
 * that starts a sentence, at a dotted abbreviation (`U.S.`) before a
 * capitalised common opener (`The`), and, with the options, at a line break
 * or after `maxTokens` tokens. Linear in the number of tokens.
 *
 * Use `Document.sentences` (corpus-loader's sentence splitter) when character
 * spans are wanted; this grouping works on tokens already made, for
 * packages whose rules are defined over tokens.
 *
 * @param tokens - Tokens of one stretch of text, in order.
 * @param options - Closers, sentence-start test, line breaks, length cap.
 * @returns `[firstToken, endToken)` pairs covering every token, in order.
 * @example
 * ```ts
 * const tokens = tokenize("He left Niamey. “We will return,” he said.");
 * groupSentences(tokens); // → [[0, 4], [4, 13]]
 * ```
 */
export function groupSentences(tokens: readonly Token[], options: GroupSentencesOptions = {}): Array<[number, number]> {
  const closers = options.closers ?? DEFAULT_CLOSERS;
  const maxClosers = options.maxClosers ?? Number.POSITIVE_INFINITY;
  const closerMayOpen = options.closerMayOpen ?? false;
  const startsSentence = options.startsSentence ?? startsSentenceByDefault;
  const enders = options.abbreviationEnders ?? DEFAULT_ENDERS;
  const text = options.text;
  const maxTokens = options.maxTokens ?? Number.POSITIVE_INFINITY;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let b = start + 1; b < tokens.length; b++) {
    if (endsBefore(b)) {
      out.push([start, b]);
      start = b;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;

  /** Whether a sentence ends before token `b` (the current sentence starts at `start < b`). */
  function endsBefore(b: number): boolean {
    const cur = tokens[b]!;
    if (text !== undefined && hasLineBreak(text, tokens[b - 1]!.end, cur.start)) return true;
    if (b - start >= maxTokens) return true;
    if (!startsSentence(cur)) return false;
    if (!closerMayOpen && closers.has(cur.text)) return false;
    const prev = tokens[b - 1]!;
    // `U.S. The`: the abbreviation directly before a capitalised common opener.
    if (isDottedAbbreviation(prev) && cur.word && cur.cap && enders.has(cur.lower)) return true;
    // Terminal punctuation, then at most `maxClosers` closers, inside this sentence.
    let k = b - 1;
    let skipped = 0;
    while (k > start && skipped < maxClosers && !tokens[k]!.word && closers.has(tokens[k]!.text)) {
      k--;
      skipped++;
    }
    return isTerminalToken(tokens[k]!);
  }
}
