import {
  groupSentences,
  isCapitalised,
  isOpeningToken,
  isUpperCode,
  keptSpans,
  scanTokens,
  type Document,
  type Token as TextToken,
  type TokenizeOptions,
} from "@newsparse/corpus-loader";
import { TokenOffsets } from "./token-offsets.js";
import type { ExtractionContext, Token } from "./types.js";

const MAX_SENTENCE_TOKENS = 120;

/** The grouping the tagger was trained with: one closer, line breaks and a length cap end sentences too. */
const CLOSERS: ReadonlySet<string> = new Set(["”", "\"", "’"]);
const NO_ABBREVIATION_ENDERS: ReadonlySet<string> = new Set();
const startsSentence = (t: TextToken): boolean => isCapitalised(t.text) || isOpeningToken(t.text);
const NAMES: TokenizeOptions = { preset: "names" };
/** A quotation mark, bracket, dash or bullet before a sentence's first word (module constants: a literal in a loop is a new object each time). */
const OPENING_MARK = /^["“‘'(\-–—•*]$/;
const LETTER_FIRST = /^\p{L}/u;
const TERMINAL = /^[.!?]$/;

/**
 * Tokenise the kept text of a document (corpus-loader's `keptSpans` and
 * `tokenize` with the `"names"` preset) and group the tokens into sentences
 * with corpus-loader's `groupSentences`: terminal punctuation (and at most one
 * closing quote) before a capital or an opening quote, a line break, or 120
 * tokens. The tagger was trained on this grouping, so `Document.sentences`
 * (which differs from it at line breaks and long sentences) is not used.
 *
 * @param document - A loaded document.
 * @returns The extraction context.
 */
export function prepareDocument(document: Document): ExtractionContext {
  // Documents come in several hidden classes (optional loader fields): the fields are read here,
  // in a small function, so that a new class deoptimises only this reader and not the large body.
  const title = document.titleSpan;
  const text = document.text;
  const context = prepareFields(document, document.id, text, title ? { start: title.start, end: title.end } : null, keptSpans(document, { within: "text" }));
  // A title-case first line with no terminal punctuation reads as a headline (called here, not in the
  // large body: the first document without a title would otherwise deoptimise that body).
  const firstSentence = context.sentences[0];
  if (firstSentence && !title) markHeadline(text, context.tokens, firstSentence);
  return context;
}

function prepareFields(document: Document, docId: string, text: string, title: { start: number; end: number } | null, kept: readonly { start: number; end: number }[]): ExtractionContext {
  let tokens: Token[] = [];
  const sentences: { first: number; end: number }[] = [];
  for (const range of kept) {
    // The tokenizer's offsets straight into this package's token records (corpus-loader's `tokenize` with the
    // `"names"` preset gives the same tokens as objects of its own, which would be copied here).
    const rangeTokens: Token[] = [];
    scanTokens(text, range.start, range.end, NAMES, (start, end, word, t, lower) => {
      rangeTokens.push({
        start,
        end,
        text: t,
        lower,
        word,
        cap: word && isUpperCode(text.charCodeAt(start)),
        sentence: 0,
        sentenceStart: false,
        headline: title !== null && start >= title.start && end <= title.end,
      });
    });
    const offset = tokens.length;
    const groups = groupSentences(rangeTokens, {
      text,
      closers: CLOSERS,
      maxClosers: 1,
      closerMayOpen: true,
      startsSentence,
      abbreviationEnders: NO_ABBREVIATION_ENDERS,
      maxTokens: MAX_SENTENCE_TOKENS,
    });
    for (const [first, end] of groups) sentences.push({ first: offset + first, end: offset + end });
    if (offset === 0) tokens = rangeTokens;
    else for (const t of rangeTokens) tokens.push(t);
  }
  markSentences(tokens, sentences);
  // Kept ranges are in text order and tokens do not overlap: starts and ends rise, and are found by search.
  return { document, docId, text, tokens, sentences, messages: [], tokenAtStart: new TokenOffsets(tokens, "start"), tokenAtEnd: new TokenOffsets(tokens, "end") };
}

/** Sentence index of every token, and the sentence-start flag on each sentence's first word (after opening quotes). */
function markSentences(tokens: Token[], sentences: readonly { first: number; end: number }[]): void {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    for (let i = s.first; i < s.end; i++) tokens[i]!.sentence = k;
    let j = s.first;
    while (j < s.end - 1 && OPENING_MARK.test(tokens[j]!.text)) j++;
    if (j < s.end) tokens[j]!.sentenceStart = true;
  }
}

/**
 * Marks the first sentence as a headline when it is a short title-case line with no terminal punctuation
 * (at least three quarters of its words of four or more letters capitalised; compared in integers, as a
 * fractional ratio deoptimised the caller each time one first appeared).
 */
function markHeadline(text: string, tokens: readonly Token[], firstSentence: { first: number; end: number }): void {
  const toks = tokens.slice(firstSentence.first, firstSentence.end);
  const words = toks.filter((t) => LETTER_FIRST.test(t.text) && t.text.length > 3);
  const last = toks[toks.length - 1]!;
  const caps = words.filter((t) => isCapitalised(t.text)).length;
  const nextGapHasNewline = text.slice(last.end, last.end + 3).includes("\n");
  if (toks.length <= 25 && nextGapHasNewline && !TERMINAL.test(last.text) && words.length >= 2 && 4 * caps >= 3 * words.length) {
    for (const t of toks) t.headline = true;
  }
}
