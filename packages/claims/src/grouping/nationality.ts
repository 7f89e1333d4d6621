import type { Document } from "@newsparse/corpus-loader";
import { getCountryLexicon, type CountryLexicon } from "@newsparse/entity-extract";
import { EXTRA_COUNTRY_NAMES, LOCATIVE_PREPOSITIONS, NATIONALITY_LABELS, PLACE_NAME_PREFIXES } from "../lexicon/nationality.js";
import type { Claim } from "../schema.js";

/** The country a figure is about. */
export interface Nationality {
  /** The gazetteer's country name (`United States`): what figures are grouped by. */
  code: string;
  /** How the country reads before a counted noun (`U.S.`, `Russian`). */
  label: string;
}

interface CountryIndex {
  lexicon: CountryLexicon;
  byName: Map<string, Nationality>;
}

let index: CountryIndex | undefined;

function countryIndex(): CountryIndex {
  if (index) return index;
  const lexicon = getCountryLexicon();
  const byName = new Map<string, Nationality>();
  for (const c of lexicon.countries) byName.set(c.name, { code: c.name, label: NATIONALITY_LABELS[c.name] ?? c.demonyms[0] ?? c.name });
  index = { lexicon, byName };
  return index;
}

const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
const PREFIXES = new Set(PLACE_NAME_PREFIXES);
const own = (record: Readonly<Record<string, string>>, key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/** A country a capitalised phrase names (`U.S.`, `Russian`, `Niger's`, `Moscow`, `United States`), and whether it is a place name rather than a demonym. */
function countryOfPhrase(phrase: string): { nationality: Nationality; place: boolean } | undefined {
  if (!/^\p{Lu}/u.test(phrase)) return undefined;
  const { lexicon, byName } = countryIndex();
  const k = phrase.toLowerCase().replace(/[’']s$/, "");
  const demonym = lexicon.countryByDemonym.get(k);
  const name = demonym ?? lexicon.countryByName.get(k) ?? lexicon.countryByCapital.get(k) ?? own(EXTRA_COUNTRY_NAMES, k);
  const nationality = name === undefined ? undefined : byName.get(name);
  return nationality && { nationality, place: demonym === undefined && !/[’']s$/.test(phrase) };
}

/** Whether the words up to `last` end with a locative preposition, perhaps followed by up to two lower-case modifiers (`in`, `in northern`, `across the`). */
function afterLocative(words: readonly string[], last: number): boolean {
  for (let i = last; i >= 0 && i > last - 3; i--) {
    const w = words[i]!;
    if (LOCATIVE.has(w.toLowerCase())) return true;
    if (!/^\p{Ll}/u.test(w)) return false;
  }
  return false;
}

/** The country of the phrase of up to the gazetteer's longest name ending at word `end` (longest first), unless it is a place after a locative preposition or inside a longer place name (`New Mexico`). */
function countryEndingAt(words: readonly string[], capitals: readonly boolean[], end: number): Nationality | undefined {
  const longest = countryIndex().lexicon.maxWords;
  for (let n = Math.min(longest, end + 1); n >= 1; n--) {
    // a phrase that does not start with a capital names no country (checked before the phrase is joined)
    if (!capitals[end - n + 1]) continue;
    const found = countryOfPhrase(words.slice(end - n + 1, end + 1).join(" "));
    if (!found) continue;
    if (found.place && afterLocative(words, end - n)) return undefined;
    // `New Mexico`, `Northern Ireland`: a longer place name, not the country
    const before = words[end - n];
    if (found.place && before !== undefined && /^\p{Lu}/u.test(before) && PREFIXES.has(before.toLowerCase())) return undefined;
    return found.nationality;
  }
  return undefined;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function words(s: string): string[] {
  return s.split(/[\s,;:()“”"]+/).filter(Boolean);
}

/**
 * The country a quantity is about: the first country its subject (or text) names, else the nearest one before it in
 * its sentence. Countries, demonyms and capitals come from entity-extract's gazetteer; a country name right after a
 * locative preposition (`in Niger`, `in northern Niger`) is where the thing is, not whose, and is passed over.
 *
 * @param claim - A quantity claim.
 * @param document - Its document, for the sentence before the figure.
 * @returns The country, or undefined.
 */
export function nationalityOf(claim: Claim, document: Document | undefined): Nationality | undefined {
  const own = words(claim.quantity?.subject ?? claim.text);
  const ownCapitals = own.map(isCapitalised);
  for (let i = 0; i < own.length; i++) {
    const n = countryEndingAt(own, ownCapitals, i);
    if (n) return n;
  }
  if (!document) return undefined;
  const text = document.text;
  let s = claim.start;
  const limit = Math.max(0, claim.start - 300);
  while (s > limit && !/[.!?\n]/.test(text[s - 1]!)) s--;
  const before = words(text.slice(s, claim.start));
  const capitals = before.map(isCapitalised);
  for (let i = before.length - 1; i >= 0; i--) {
    const n = countryEndingAt(before, capitals, i);
    if (n) return n;
  }
  return undefined;
}
