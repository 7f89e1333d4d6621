import * as lists from "../lexicon/measure-words.js";
import { verbBaseForms, verbEventNouns } from "../lexicon/wordnet-verb-events.js";

/** A word of a sentence with its offsets (lower-cased as `lower`). */
export interface HeadWord {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const STOP = new Set(lists.STOP);
const JOINERS = new Set(lists.MODIFIER_JOINERS);
const ENDERS = new Set(lists.PHRASE_ENDERS);
/** How many words after a figure its noun phrase may run. */
const MAX_PHRASE = 6;

function isPlural(w: string): boolean {
  return w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w);
}

/**
 * The words of the noun phrase after a figure (`five past and present Missouri Republican senators urged` → past,
 * present, Missouri, Republican, senators): the words run after the figure joined by spaces (and `and`/`or` between
 * modifiers), ending at a mark, a stop word, an adverb of time (`two weeks later`), a digit or a verb form in -ed/-ing
 * (at most six words).
 *
 * @param words - The sentence's words.
 * @param last - Index of the figure's last word.
 * @param text - The document text (for the marks between words).
 * @returns The phrase's words, joiners left out.
 */
export function phraseAfter(words: readonly HeadWord[], last: number, text: string): HeadWord[] {
  const run: HeadWord[] = [];
  for (let i = last + 1; i < Math.min(words.length, last + 1 + MAX_PHRASE); i++) {
    const w = words[i]!;
    if (text.slice(words[i - 1]!.end, w.start).trim() !== "") break;
    if (JOINERS.has(w.lower)) continue;
    if (STOP.has(w.lower) || ENDERS.has(w.lower) || /^\d/.test(w.text) || (i > last + 1 && /(?:ed|ing)$/.test(w.lower))) break;
    run.push(w);
  }
  return run;
}

/**
 * The plural head of the noun phrase after a count whose first word the parser took for its noun (`five senior
 * Missouri Republicans` → `republicans`, `five past and present Missouri Republican senators urged` → `senators`):
 * the last plural of {@link phraseAfter}, lower case, or undefined when it has none.
 *
 * @param words - The sentence's words.
 * @param last - Index of the figure's last word.
 * @param text - The document text (for the marks between words).
 * @returns The head noun, lower case.
 */
export function countedHeadAfter(words: readonly HeadWord[], last: number, text: string): string | undefined {
  let head: string | undefined;
  for (const w of phraseAfter(words, last, text)) if (isPlural(w.lower)) head = w.lower;
  return head;
}

/** How many words before `N times` its verb may be (`as has been done 27 times` after `amended`). */
const VERB_REACH = 12;

/**
 * What `N times` counts: the event nouns WordNet derives from the nearest verb before it that has any (`amended, as has
 * been done 27 times` → `amendment`; `voted 50 times` → `vote`, `voting`), looking back no further than the first
 * past form in -ed (`stabbed his wife 17 times` never reaches `stemmed`); or an empty list.
 *
 * @param words - The sentence's words.
 * @param first - Index of the figure's first word.
 * @returns Event nouns, lower case.
 */
export function timesEventNouns(words: readonly HeadWord[], first: number): readonly string[] {
  for (let i = first - 1; i >= Math.max(0, first - VERB_REACH); i--) {
    const w = words[i]!.lower;
    if (STOP.has(w) || !/^[a-z]{3,}$/.test(w)) continue;
    for (const base of verbBaseForms(w)) {
      const nouns = verbEventNouns(base);
      if (nouns.length) return nouns;
    }
    if (w.endsWith("ed")) break;
  }
  return [];
}
