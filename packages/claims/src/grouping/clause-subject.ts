import * as lists from "../lexicon/measure-words.js";
import type { HeadWord } from "./counted-head.js";

const SKIP = new Set(lists.SUBJECT_SKIP);
const STATEMENT_VERBS = new Set(lists.STATEMENT_VERBS);
const NOT_NAMES = new Set(lists.NOT_SUBJECT_NAMES);
const STOP = new Set(lists.STOP);
const AUXILIARIES = new Set(lists.AUXILIARIES);
const PHRASAL_VERBS = new Set(lists.PHRASAL_VERBS);
const PREPOSITIONS = new Set(lists.SUBJECT_PREPOSITIONS);
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * The named subject of the clause a figure is the object of (`Manning completed his first 17 passes` → Manning,
 * `Garrard, who completed 28 passes` → Garrard, `Gerald Henderson contributed 11 points` → Henderson): a capitalised
 * name right before the verb right before the figure (past a possessive, `first`, `just` …, past a phrasal verb's particle (`chipped in 16 points`), and between name and verb
 * past auxiliaries and adverbs: `Mourad was sued three times`). Figures of different
 * participants are different things (`Manning … 17 passes` / `Garrard … 28 passes`). Undefined when the subject is a
 * pronoun, a common noun or not there, and after a verb of saying (`Police said 12 people were injured`: the figure
 * is not the police's).
 *
 * @param words - The sentence's words.
 * @param first - Index of the figure's first word.
 * @returns The name's word (its last word) for the person lookup, or undefined.
 */
export function clauseSubject(words: readonly HeadWord[], first: number): HeadWord | undefined {
  let i = first - 1;
  while (i >= 0 && first - i <= 3 && SKIP.has(words[i]!.lower)) i--;
  // "Ty Lawson chipped in 16 points", "Smith racked up 20": past a verb's particle
  if (i >= 1 && PHRASAL_VERBS.has(`${words[i - 1]!.lower} ${words[i]!.lower}`)) i--;
  const verb = words[i];
  if (!verb || !/^\p{Ll}[\p{Ll}-]+$/u.test(verb.text) || STOP.has(verb.lower) && !lists.SUBJECT_VERBS.includes(verb.lower) || STATEMENT_VERBS.has(verb.lower)) return undefined;
  let j = i - 1;
  // "Mourad was sued three times", "Gray had previously been arrested four times": past the auxiliaries and adverbs
  while (j >= 0 && i - j <= 3 && (AUXILIARIES.has(words[j]!.lower) || /^\p{Ll}+ly$/u.test(words[j]!.text))) j--;
  // "Garrard, who completed": the name before the relative pronoun
  if (words[j]?.lower === "who" && j >= 1) j--;
  const name = words[j];
  // a capitalised name, also with capitals inside (`McNally`, `DeShawn`, `O'Brien`), not an acronym
  if (!name || !/^\p{Lu}[\p{L}'’-]+$/u.test(name.text) || !/\p{Ll}$/u.test(name.text) || NOT_NAMES.has(name.lower)) return undefined;
  // "an attack on the Athens branch of the Marfin Investment Bank killed two women": a name inside a prepositional
  // phrase is not the subject
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && /^\p{Lu}/u.test(words[k]!.text)) k--;
  if (k >= 0 && ARTICLES.has(words[k]!.lower)) k--;
  if (k >= 0 && PREPOSITIONS.has(words[k]!.lower)) return undefined;
  return name;
}
