import { getCountryLexicon } from "../lexicon/countries.js";
import { getNameLists } from "../lexicon/name-lists.js";

// The tagger's gazetteer classes of words and phrases. Class codes: 0 none; 1 country, 2 demonym,
// 3 capital, 4 city, 5 location, 6 group norp, 7 title, 16 given name, 17 surname, 18 organisation.

let phraseFirstWords: Set<string> | undefined;

/**
 * First words of multi-word gazetteer phrases, so single words skip the phrase loop.
 *
 * @returns Lower-cased first words.
 */
export function getPhraseFirstWords(): Set<string> {
  if (phraseFirstWords) return phraseFirstWords;
  const lex = getCountryLexicon();
  const out = new Set<string>();
  const add = (p: string): void => {
    const sp = p.indexOf(" ");
    if (sp > 0) out.add(p.slice(0, sp));
  };
  for (const m of [lex.countryByName, lex.countryByDemonym, lex.countryByCapital]) for (const k of m.keys()) add(k);
  for (const s of [lex.cities, lex.locations, lex.groupNorp]) for (const k of s) add(k);
  phraseFirstWords = out;
  return out;
}

let phraseClasses: Map<string, number> | undefined;

/** Every gazetteer phrase with its class (1 country … 6 group); the first table listing a phrase wins. */
export function getPhraseClasses(): Map<string, number> {
  if (phraseClasses) return phraseClasses;
  const lex = getCountryLexicon();
  const out = new Map<string, number>();
  const tables: Iterable<string>[] = [lex.countryByName.keys(), lex.countryByDemonym.keys(), lex.countryByCapital.keys(), lex.cities, lex.locations, lex.groupNorp];
  tables.forEach((table, k) => {
    for (const phrase of table) if (!out.has(phrase)) out.set(phrase, k + 1);
  });
  // Multi-word organisation names (class 18) after the geographic tables.
  for (const phrase of getNameLists().organizations) if (phrase.includes(" ") && !out.has(phrase)) out.set(phrase, CLASS_ORG);
  phraseClasses = out;
  return out;
}

/** Gazetteer classes of the name lists (see `gazetteerClasses`): given name, surname, organisation. */
const CLASS_FIRST = 16;
const CLASS_LAST = 17;
const CLASS_ORG = 18;

let phrasePrefixes: Set<string> | undefined;
/** Every proper prefix of two or more words of a multi-word gazetteer phrase ("new york" of "new york times"). */
export function getPhrasePrefixes(): Set<string> {
  if (phrasePrefixes) return phrasePrefixes;
  const out = new Set<string>();
  for (const phrase of getPhraseClasses().keys()) {
    let sp = phrase.indexOf(" ");
    if (sp < 0) continue;
    for (sp = phrase.indexOf(" ", sp + 1); sp > 0; sp = phrase.indexOf(" ", sp + 1)) out.add(phrase.slice(0, sp));
  }
  phrasePrefixes = out;
  return out;
}

let featurePhraseFirst: Set<string> | undefined;
/** First words of every multi-word phrase the feature gazetteer knows (geographic and organisations). */
export function getFeaturePhraseFirstWords(): Set<string> {
  if (featurePhraseFirst) return featurePhraseFirst;
  const out = new Set(getPhraseFirstWords());
  for (const phrase of getNameLists().organizations) {
    const sp = phrase.indexOf(" ");
    if (sp > 0) out.add(phrase.slice(0, sp));
  }
  featurePhraseFirst = out;
  return out;
}

/** Class of a single word from the name lists (after the geographic tables and titles), or 0. */
export function nameClass(lw: string): number {
  const lists = getNameLists();
  if (lists.organizations.has(lw)) return CLASS_ORG;
  if (lists.firstNames.has(lw)) return CLASS_FIRST;
  if (lists.lastNames.has(lw)) return CLASS_LAST;
  return 0;
}
