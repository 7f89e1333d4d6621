import type { Document } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/measure-words.js";
import type { HeadWord } from "./counted-head.js";

/**
 * One sentence read once per grouping: its words, lower-cased text and clause boundaries, shared by every figure of
 * the sentence. Reading the whole sentence again for each of its figures made grouping quadratic in a long sentence
 * with many figures (a table or a list without full stops: 7,000 figures in 20,000 characters took 77 s).
 */
export interface SentenceReading {
  /** Start of the sentence in the document text. */
  start: number;
  /** End of the sentence (exclusive). */
  end: number;
  /** The sentence's words, in order. */
  words: readonly HeadWord[];
  /** The words lower-cased (`’` as `'`). */
  lowers: readonly string[];
  /** The sentence lower-cased. */
  lowerText: string;
  /** Per word: its form in a sentence's content words (singular, no `'s`), or undefined for a stop word, a number or a short word. */
  contentWords: readonly (string | undefined)[];
  /** Per word: the index of the first word of its clause (a break before it or the sentence start). */
  clauseStart: readonly number[];
  /** Per word: the index of the last word of its clause. */
  clauseEnd: readonly number[];
  /** Per word: the nearest word index at or before it with a comma before it, or -1. */
  lastComma: readonly number[];
  /** Answers about the whole sentence, computed once per question (`revision:<cues>`, `limit-of:<cue>`, …). */
  memo: Map<unknown, boolean>;
}

/** Reads sentences of documents, each once while its document is the one being read (see `createMeasureReader`). */
export type SentenceReader = (document: Document, start: number, end: number) => SentenceReading;

const CLAUSE_OPENERS = new Set(lists.CLAUSE_OPENERS);
const STOP = new Set(lists.STOP);
/** How many sentences a reader keeps: figures are read document by document and sentence by sentence, so a few suffice, and memory stays bounded. */
const KEPT_SENTENCES = 64;

/** The words of `text` in `[from, to)`: runs of letters (with inner `'`, `’`, `.`, `-`) and runs of digits (with inner `,` and `.`). */
export function wordsIn(text: string, from: number, to: number): HeadWord[] {
  const out: HeadWord[] = [];
  const re = /[\p{L}][\p{L}'’.-]*[\p{L}]|[\p{L}]|\d[\d,.]*\d|\d/gu;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * Read a sentence: its words, and for each word its clause (a clause boundary before word `i` is a mark other than a
 * comma, or a word that opens a clause: `who`, `while`, `compared`) and the nearest comma before it.
 *
 * @param text - The document text.
 * @param start - Start of the sentence.
 * @param end - End of the sentence (exclusive).
 * @param singular - The singular of a lower-case word (for content words).
 * @returns The reading.
 */
export function readSentence(text: string, start: number, end: number, singular: (word: string) => string): SentenceReading {
  const words = wordsIn(text, start, end);
  const n = words.length;
  const lowers = words.map((w) => w.lower);
  const breakBefore = (i: number) => /[;:()\u2014\u2013]|\s-\s/.test(text.slice(words[i - 1]!.end, words[i]!.start)) || CLAUSE_OPENERS.has(lowers[i]!);
  const clauseStart = new Array<number>(n);
  const lastComma = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    clauseStart[i] = i === 0 || breakBefore(i) ? i : clauseStart[i - 1]!;
    lastComma[i] = i > 0 && text.slice(words[i - 1]!.end, words[i]!.start).includes(",") ? i : i > 0 ? lastComma[i - 1]! : -1;
  }
  const clauseEnd = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) clauseEnd[i] = i + 1 >= n || clauseStart[i + 1] === i + 1 ? i : clauseEnd[i + 1]!;
  const contentWords = lowers.map((w) => (!STOP.has(w) && !/^\d/.test(w) && w.length > 2 ? singular(w.replace(/'s$/, "")) : undefined));
  return { start, end, words, lowers, lowerText: text.slice(start, end).toLowerCase(), contentWords, clauseStart, clauseEnd, lastComma, memo: new Map() };
}

/**
 * A reader that keeps the sentences read in the current document (at most 64, the most recently read): figures are
 * read document by document, so a sentence with many figures is read once, and the readings of a document are let go
 * when the next document is read (memory stays bounded however many documents are grouped). The 64 most recent
 * readings of any documents were kept before: each reading outlived many documents' reading, so V8 moved most of them
 * to its old generation before they died.
 *
 * @param singular - The singular of a lower-case word (for content words).
 * @returns The reader.
 */
export function createSentenceReader(singular: (word: string) => string): SentenceReader {
  // the current document's readings, by start (then end: a sentence starts once, the end tells a figure read alone)
  const kept = new Map<number, SentenceReading[]>();
  let current: Document | undefined;
  let size = 0;
  return (document, start, end) => {
    if (document !== current) {
      kept.clear();
      size = 0;
      current = document;
    }
    const list = kept.get(start);
    const found = list?.find((r) => r.end === end);
    if (found) return found;
    const reading = readSentence(document.text, start, end, singular);
    if (size >= KEPT_SENTENCES) {
      kept.clear();
      size = 0;
    }
    if (list && kept.has(start)) list.push(reading);
    else kept.set(start, [reading]);
    size++;
    return reading;
  };
}
