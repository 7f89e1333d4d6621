import { RECORD_NOUNS, TALLY_CUES } from "../lexicon/measure-words.js";

const CUES = new Set(TALLY_CUES);
const RECORDS = new Set(RECORD_NOUNS);
/** A dashed pair at the start of the text and the word after it (`162-139 record`). */
const DASHED_PAIR_AT_START = /^(\d{1,3}(?:,\d{3})?)\s?[-–—]\s?(\d{1,3}(?:,\d{3})?)(?![\d]|[,.]\d)\s*(?:\([^)]{0,12}\)\s*)?([a-z]*)/;
/** A dashed pair ending at the end of the text (the figure is its second count) and the word before it. */
const DASHED_PAIR_AT_END = /(?<![\d,])(\d{1,3}(?:,\d{3})?)\s?[-–—]\s?$/;
/** `record of` / `mark of` ending a text (a win-loss record follows). */
const RECORD_OF_BEFORE = /\b(?:record|mark) of\s$/;
/** A count at the start of the text and the word after it (`139 record`, `39 (home) season`). */
const COUNT_AND_WORD = /^(\d{1,3}(?:,\d{3})?)\s*(?:\([^)]{0,12}\)\s*)?([a-z]*)/;
/** Two figures joined by a dash or `to`, the first at the start of the text (`396-9`, `134-to-63`, `134 to 63`). */
const PAIR_AT_START = /^(\d{1,3}(?:,\d{3})?)(?:\s?[-–—]\s?|-to-| to )(\d{1,3}(?:,\d{3})?)(?![\d]|[,.]\d)/;
/** The same pair, ending at the end of the text (the claim is the second figure). */
const PAIR_AT_END = /(?<![\d,])(\d{1,3}(?:,\d{3})?)(?:\s?[-–—]\s?|-to-| to )$/;

const num = (s: string) => Number(s.replace(/,/g, ""));

/** A vote or decision tally read at a figure: the two counts, the larger first. */
export interface Tally {
  /** The larger count (`396` of `396-9`). */
  for: number;
  /** The smaller count. */
  against: number;
  /** The figure is the second count of the tally (`9` of `396-9`): not a figure of its own. */
  second: boolean;
}

/**
 * Whether a sentence has a tally cue (`vote`, `passed`, `confirmed`, `decision` …; `TALLY_CUES`): only then are its
 * figures read as tallies.
 *
 * @param sentenceWords - Lower-case words of the sentence.
 * @returns Whether one of them is a tally cue.
 */
export function isTallySentence(sentenceWords: readonly string[]): boolean {
  return sentenceWords.some((w) => CUES.has(w));
}

/**
 * Whether a figure is part of a vote or decision tally: a pair of counts joined by a dash or `to`, the first not
 * smaller than the second (an ascending pair is a range), in a sentence with a tally cue (`vote`, `passed`,
 * `confirmed`, `decision` …; `TALLY_CUES`).
 *
 * Call it only for a figure of a sentence with a tally cue ({@link isTallySentence}, asked once per sentence).
 *
 * @param text - The document text.
 * @param start - Start of the figure.
 * @returns The tally, or undefined.
 */
export function tallyAt(text: string, start: number): Tally | undefined {
  const ahead = PAIR_AT_START.exec(text.slice(start, start + 24));
  if (ahead) {
    const a = num(ahead[1]!);
    const b = num(ahead[2]!);
    if (a >= b) return { for: a, against: b, second: false };
  }
  const behind = PAIR_AT_END.exec(text.slice(Math.max(0, start - 16), start));
  const here = /^\d{1,3}(?:,\d{3})?/.exec(text.slice(start, start + 8));
  if (behind && here) {
    const a = num(behind[1]!);
    const b = num(here[0]);
    if (a >= b) return { for: a, against: b, second: true };
  }
  return undefined;
}

/**
 * A win-loss record read at a figure: a pair of counts joined by a dash, in either order, right before a record noun
 * (`a 162-139 record`, `an 18-30 start`, `284-286 lifetime`; `RECORD_NOUNS`) or after `record of` / `mark of` (`a
 * record of 43-39`). The counts keep their order (`9-14` is not `14-9`).
 *
 * @param text - The document text.
 * @param start - Start of the figure.
 * @returns The record (`for` the first count, `against` the second), or undefined.
 */
export function recordAt(text: string, start: number): Tally | undefined {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const afterRecordOf = RECORD_OF_BEFORE.test(before);
  const ahead = DASHED_PAIR_AT_START.exec(text.slice(start, start + 40));
  if (ahead && (afterRecordOf || RECORDS.has(ahead[3]!))) return { for: num(ahead[1]!), against: num(ahead[2]!), second: false };
  const behind = DASHED_PAIR_AT_END.exec(text.slice(Math.max(0, start - 16), start));
  if (behind) {
    const here = COUNT_AND_WORD.exec(text.slice(start, start + 32));
    const recordOf = RECORD_OF_BEFORE.test(text.slice(Math.max(0, start - 12 - behind[0].length), start - behind[0].length).toLowerCase());
    if (here && (recordOf || RECORDS.has(here[2]!))) return { for: num(behind[1]!), against: num(here[1]!), second: true };
  }
  return undefined;
}
