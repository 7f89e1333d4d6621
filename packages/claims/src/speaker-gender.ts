import { wordAlternation } from "@newsparse/corpus-loader";
import { FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names-data.js";
import * as lists from "./lexicon/gender-words.js";

/** Grammatical gender a person speaker can be referred to with. */
export type Gender = "male" | "female";

let names: { male: Set<string>; female: Set<string> } | undefined;

const MALE_WORDS = new Set(lists.MALE_WORDS);
const FEMALE_WORDS = new Set(lists.FEMALE_WORDS);

/**
 * The gender a speaker phrase shows: a courtesy title or gendered role noun (`Mr.`, `spokeswoman`), else the given
 * name (compromise's MaleName / FemaleName lists). Undefined when nothing tells.
 *
 * @param phrase - A speaker as written (`Sen. Elizabeth Warren`, `a spokesman for the ministry`).
 * @returns `male`, `female` or undefined.
 */
export function genderOf(phrase: string): Gender | undefined {
  const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean);
  for (const w of words) {
    if (MALE_WORDS.has(w)) return "male";
    if (FEMALE_WORDS.has(w)) return "female";
  }
  if (!names) names = { male: new Set(MALE_NAMES.split(",")), female: new Set(FEMALE_NAMES.split(",")) };
  for (const raw of phrase.split(/\s+/)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(raw)) continue;
    const w = raw.toLowerCase();
    if (names.male.has(w)) return "male";
    if (names.female.has(w)) return "female";
    // the first capitalised word that is not a title decides
    if (!NAME_TITLE.test(w)) break;
  }
  return undefined;
}

/** Words that make a speaker an organisation, a place or a thing rather than a person (`Inc.`, `Party`, `Ministry`). */
const NON_PERSON = new RegExp(`\\b${wordAlternation(lists.NON_PERSON_WORDS)}\\b\\.?$`, "i");
/** A title before a given name (`sen`, `president`), lower-cased, with or without its period. */
const NAME_TITLE = new RegExp(`^${wordAlternation(lists.NAME_TITLE_WORDS)}\\.?$`);
/** A lower-case phrase ending in a person role noun. */
const PERSON_ROLE = new RegExp(`${wordAlternation(lists.PERSON_ROLE_NOUNS)}s?$`, "i");

/**
 * Whether a speaker that the extractor could not classify looks like a person `he` or `she` may refer to:
 * not an organisation or place word at its end, not an all-capitals abbreviation, not a lower-case phrase.
 *
 * @param text - The speaker as written.
 * @returns False for `Apple Inc.`, `the Pentagon`, `NATO`, `the city embodied the`.
 */
export function couldBePerson(text: string): boolean {
  const t = text.trim();
  if (NON_PERSON.test(t)) return false;
  if (/^[A-Z]{2,}$/.test(t.replace(/[.’']s?$/, ""))) return false;
  const words = t.split(/\s+/);
  const content = words.filter((w) => !/^(?:the|a|an)$/i.test(w));
  if (content.length > 0 && content.every((w) => /^\p{Ll}/u.test(w))) return PERSON_ROLE.test(t);
  return true;
}
