import type { Relation } from "./schema.js";
import { CURRENCIES, QUALIFIERS, TOPIC_CLASSES, UNITS } from "./lexicon/quantity-lexicon.js";
import { ANONYMOUS_HEADS, CUE_VERBS, DOCUMENT_HEADS, INSTITUTION_HEADS, TITLE_HEADS } from "./lexicon/speech-lexicon.js";

/**
 * Word lists the parsers read. Every list is plain data, so users can extend
 * it: `createClaimExtractor({ lexicon: { cueVerbs: [...defaultLexicon.cueVerbs, "quipped"] } })`.
 * All words are matched case-insensitively.
 */
export interface Lexicon {
  /** Speech verbs (`said`, `added`, `warned`), any inflection listed separately. */
  cueVerbs: readonly string[];
  /** Qualifier phrases before a number, mapped to a relation (`more than` → `gt`). */
  qualifiers: Readonly<Record<string, Relation>>;
  /** Head nouns of anonymous role descriptions (`official`, `source`). */
  anonymousHeads: readonly string[];
  /** Head nouns of institutions (`government`, `ministry`, `broadcaster`). */
  institutionHeads: readonly string[];
  /** Head nouns of documents (`statement`, `report`, `post`). */
  documentHeads: readonly string[];
  /** Currency words and symbols mapped to ISO 4217 codes. */
  currencies: Readonly<Record<string, string>>;
  /** Physical and time units (any inflection listed) mapped to a canonical unit. */
  units: Readonly<Record<string, string>>;
  /** Counted nouns that mean the same thing, grouped for cross-source comparison: canonical → members. */
  topicClasses: Readonly<Record<string, readonly string[]>>;
  /** Title head words (`secretary`, `minister`) used to find people's titles. */
  titleHeads: readonly string[];
}

/** The built-in lexicon. */
export const defaultLexicon: Lexicon = {
  cueVerbs: CUE_VERBS,
  qualifiers: QUALIFIERS,
  anonymousHeads: ANONYMOUS_HEADS,
  institutionHeads: INSTITUTION_HEADS,
  documentHeads: DOCUMENT_HEADS,
  currencies: CURRENCIES,
  units: UNITS,
  topicClasses: TOPIC_CLASSES,
  titleHeads: TITLE_HEADS,
};

/**
 * Merge a partial lexicon over the defaults: given lists replace the default
 * lists, given records are merged key by key.
 *
 * @param partial - Lists or records to use instead of / on top of the defaults.
 * @param base - The lexicon to merge over (default {@link defaultLexicon}).
 * @returns A complete lexicon.
 * @example
 * ```ts
 * import { defaultLexicon, mergeLexicon } from "@newsparse/claims";
 *
 * const lexicon = mergeLexicon({ cueVerbs: [...defaultLexicon.cueVerbs, "quipped"] });
 * console.log(lexicon.cueVerbs.includes("quipped"), lexicon.units.km); // true "km"
 * ```
 */
export function mergeLexicon(partial: Partial<Lexicon> = {}, base: Lexicon = defaultLexicon): Lexicon {
  return {
    cueVerbs: partial.cueVerbs ?? base.cueVerbs,
    qualifiers: { ...base.qualifiers, ...partial.qualifiers },
    anonymousHeads: partial.anonymousHeads ?? base.anonymousHeads,
    institutionHeads: partial.institutionHeads ?? base.institutionHeads,
    documentHeads: partial.documentHeads ?? base.documentHeads,
    currencies: { ...base.currencies, ...partial.currencies },
    units: { ...base.units, ...partial.units },
    topicClasses: { ...base.topicClasses, ...partial.topicClasses },
    titleHeads: partial.titleHeads ?? base.titleHeads,
  };
}
