import { TALLY_CUES } from "../lexicon/measure-words.js";

const CUES = new Set(TALLY_CUES);
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
