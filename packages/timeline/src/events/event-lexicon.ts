/**
 * A small news event lexicon: trigger words (verb forms and event nouns)
 * grouped into classes, so that "scrapping", "terminated" and "canceled" name
 * the same kind of event. Users may pass their own to {@link buildTimeline}.
 */

import { eventClassWords, irregularPastForms, weakEventClasses } from "../lexicon/event-classes.js";

/** Trigger word (lower case) → event class. */
export type EventLexicon = Readonly<Record<string, string>>;

const CLASSES = eventClassWords;

/** Classes weighed as less specific when choosing a sentence's trigger. */
export const WEAK_CLASSES: ReadonlySet<string> = new Set(weakEventClasses);

/**
 * The class of `word` in `lexicon`, or `undefined`. Only the lexicon's own
 * entries count: a word such as "constructor" or "__proto__" in an article
 * must not find `Object.prototype`'s members in a lexicon written as a
 * plain object.
 *
 * @param lexicon - Trigger word → class.
 * @param word - A lower-cased word.
 * @returns The word's class, or `undefined` when the lexicon has no entry.
 */
export function eventClassOf(lexicon: EventLexicon, word: string): string | undefined {
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}

/**
 * The base form of an irregular past-tense word (see {@link IRREGULAR_PAST}), or `undefined`.
 *
 * @param word - A lower-cased word.
 * @returns Its base form, or `undefined` when it is not an irregular past form.
 */
export function irregularBaseOf(word: string): string | undefined {
  return Object.hasOwn(IRREGULAR_PAST, word) ? IRREGULAR_PAST[word] : undefined;
}

/** The default lexicon. */
export const DEFAULT_EVENT_LEXICON: EventLexicon = (() => {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [cls, words] of Object.entries(CLASSES)) for (const w of words) if (!Object.hasOwn(out, w)) out[w] = cls;
  return out;
})();

/**
 * Common irregular past forms → base form: past-tense triggers that do not
 * end in -ed ("fought", "sold", "won"), and the base the cross-document merge
 * compares ("fought" and "fighting" both → "fight").
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = irregularPastForms;
