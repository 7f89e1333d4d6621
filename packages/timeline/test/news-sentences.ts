import fc from "fast-check";

/** Words of the generated sentences: event triggers, participants, places. */
export const WORDS = ["protesters", "rallied", "troops", "talks", "ended", "minister", "said", "junta", "signed", "accord", "niamey", "capital", "fled", "coup"];
/** Dating phrases of the generated sentences, absolute and relative. */
export const DAYS = ["on March 3, 2024", "last Tuesday", "in May 2023", "on Friday", "in 2022", "on April 30", "next week", "yesterday"];

/** A generated document: 1–5 sentences of the words above, each with a dating phrase or none. */
export const arbDocument = fc.array(fc.record({ words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }), day: fc.option(fc.constantFrom(...DAYS)) }), {
  minLength: 1,
  maxLength: 5,
});

/**
 * The text of a generated document.
 *
 * @param sentences - Its sentences.
 * @returns One capitalised sentence each, ending in a full stop, joined by spaces.
 */
export function textOf(sentences: { words: string[]; day: string | null }[]): string {
  return sentences.map((s) => `${s.words.join(" ")}${s.day ? ` ${s.day}` : ""}.`.replace(/^./, (c) => c.toUpperCase())).join(" ");
}
