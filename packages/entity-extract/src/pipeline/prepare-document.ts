import type { Document } from "@newsparse/corpus-loader";
import { tokenize } from "../tokenize.js";
import type { ExtractionContext, Token } from "./types.js";

const MAX_SENTENCE_TOKENS = 120;

function isUpperStart(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** An opening quote or parenthesis token: `"` `“` `‘` `(`. */
function isOpener(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

/** Kept ranges of the text: everything outside the excluded ranges. */
function keptRanges(len: number, bounds: readonly number[]): { start: number; end: number }[] {
  // From plain numbers (copied by `prepareDocument`) into fresh `{start, end}` objects: the loader's
  // range objects and arrays come in several hidden classes, and code specialised on one of them
  // deoptimises this whole (large) function each time another shows up.
  const excluded: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = Math.max(0, Math.min(len, bounds[i]!));
    const end = Math.max(0, Math.min(len, bounds[i + 1]!));
    if (end > start) excluded.push({ start, end });
  }
  excluded.sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  for (const r of excluded) {
    if (r.start > pos) out.push({ start: pos, end: r.start });
    pos = Math.max(pos, r.end);
  }
  if (pos < len) out.push({ start: pos, end: len });
  return out;
}

/**
 * Tokenise the kept text of a document and split it into sentences with a
 * simple, linear rule (terminal punctuation before a capital or a quote, or a
 * line break); the corpus-loader's sentences are not required.
 *
 * @param document - A loaded document.
 * @returns The extraction context.
 */
export function prepareDocument(document: Document): ExtractionContext {
  // Documents come in several hidden classes (optional loader fields): the fields are read here,
  // in a small function, so that a new class deoptimises only this reader and not the large body.
  // The kept ranges are computed here too: most documents have no excluded range, and the first one
  // that has some would otherwise deoptimise the large body (a first `push` of an object).
  const title = document.titleSpan;
  const bounds: number[] = [];
  for (const r of document.excluded) bounds.push(r.start, r.end);
  const text = document.text;
  const context = prepareFields(document, document.id, text, title ? { start: title.start, end: title.end } : null, keptRanges(text.length, bounds));
  // A title-case first line with no terminal punctuation reads as a headline (called here, not in the
  // large body: the first document without a title would otherwise deoptimise that body).
  const firstSentence = context.sentences[0];
  if (firstSentence && !title) markHeadline(text, context.tokens, firstSentence);
  return context;
}

function prepareFields(document: Document, docId: string, text: string, title: { start: number; end: number } | null, kept: readonly { start: number; end: number }[]): ExtractionContext {
  const tokens: Token[] = [];
  const sentences: { first: number; end: number }[] = [];
  for (const range of kept) {
    const { starts, ends } = tokenize(text, range.start, range.end);
    // `first` is a plain local (no closure closes the sentence): a variable captured by a closure
    // lives in a heap context, and this loop reads it for every token.
    let first = tokens.length;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const idx = tokens.length;
      const tokText = text.slice(start, end);
      if (idx > first) {
        const prev = tokens[idx - 1]!;
        let newline = false;
        for (let k = prev.end; k < start && !newline; k++) newline = text.charCodeAt(k) === 10;
        const t = prev.text;
        const terminal = t === "." || t === "!" || t === "?" || ((t === "”" || t === "\"" || t === "’") && idx - 2 >= first && /^[.!?]$/.test(tokens[idx - 2]!.text));
        if (newline || (terminal && (isUpperStart(tokText) || isOpener(tokText))) || idx - first >= MAX_SENTENCE_TOKENS) {
          if (idx > first) sentences.push({ first, end: idx });
          first = idx;
        }
      }
      tokens.push({
        start,
        end,
        text: tokText,
        lower: tokText.toLowerCase(),
        sentence: 0,
        sentenceStart: false,
        headline: title !== null && start >= title.start && end <= title.end,
      });
    }
    if (tokens.length > first) sentences.push({ first, end: tokens.length });
  }
  markSentences(tokens, sentences);
  const tokenAtStart = new Map<number, number>();
  const tokenAtEnd = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokenAtStart.set(t.start, i);
    tokenAtEnd.set(t.end, i);
  }
  return { document, docId, text, tokens, sentences, messages: [], tokenAtStart, tokenAtEnd };
}

/** Sentence index of every token, and the sentence-start flag on each sentence's first word (after opening quotes). */
function markSentences(tokens: Token[], sentences: readonly { first: number; end: number }[]): void {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    for (let i = s.first; i < s.end; i++) tokens[i]!.sentence = k;
    let j = s.first;
    while (j < s.end - 1 && /^["“‘'(\-–—•*]$/.test(tokens[j]!.text)) j++;
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
  const words = toks.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  const last = toks[toks.length - 1]!;
  const caps = words.filter((t) => isUpperStart(t.text)).length;
  const nextGapHasNewline = text.slice(last.end, last.end + 3).includes("\n");
  if (toks.length <= 25 && nextGapHasNewline && !/^[.!?]$/.test(last.text) && words.length >= 2 && 4 * caps >= 3 * words.length) {
    for (const t of toks) t.headline = true;
  }
}
