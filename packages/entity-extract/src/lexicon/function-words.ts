/**
 * Function words: connectors, determiners, prepositions and conjunctions the refiners read around names. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Words that join the parts of an event name ("Battle of …", "War on Terror"). */
export const EVENT_NAME_CONNECTORS: readonly string[] = [
  "of", "for", "and", "on", "to", "&",
];

/** Determiners before a name. */
export const DETERMINER_WORDS: readonly string[] = [
  "the", "a", "an", "this", "that",
];

/** Lower-case words allowed inside a multi-word name with a head word ("Bank of the West", "Universidad de …"). */
export const NAME_HEAD_JOINERS: readonly string[] = [
  "of", "the", "&", "for", "de", "du", "la", "des", "del", "di", "von", "van", "on",
];

/** Short words a title-case phrase keeps in lower case. */
export const TITLE_CASE_MARKER_WORDS: readonly string[] = [
  "of", "in", "for", "on", "the", "and", "to", "at", "by", "with", "from", "a", "an",
];

/** Words that join the parts of a role ("secretary of defense for …"). */
export const ROLE_SPLITS: readonly string[] = [
  "of", "for", "to", "and", "&", "on", "under",
];

/** Conjunctions and adverbs that open a clause, so what follows is no appositive role. */
export const ROLE_LEAD_WORDS: readonly string[] = [
  "when", "but", "if", "whether", "unlike", "since", "despite", "yet", "neither", "nor", "as", "and", "so", "then",
  "though", "although", "while", "after", "before", "because", "for", "with", "without", "like", "even", "only",
  "now", "once", "until", "unless", "where", "why", "how", "also", "saying", "said", "says", "calling", "called",
];

/** Short words a title keeps in lower case ("Gone with the Wind"). */
export const TITLE_SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "my",
  "your", "me", "you", "it", "into",
];

/** Words before a capital that make it a place, not its government ("in Washington"). */
export const LOCATIVE_WORDS: readonly string[] = [
  "in", "at", "from", "to", "near", "into", "outside", "inside", "across", "around", "via", "through", "toward",
  "towards", "visited", "visit", "arrived", "based", "reported",
];

/** Words that join parts of a title or name ("Secretary of State", "Sheikh bin Zayed"). */
export const NAME_CONNECTORS: readonly string[] = [
  "of", "for", "to", "and", "the", "&", "on", "de", "du", "la", "des", "del", "al", "bin", "von", "van",
];

/** Lower-case words allowed between the words of a company's name ("Bellamy & Cross"). */
export const COMPANY_JOINERS: readonly string[] = [
  "&", "of",
];

/** Lower-case words and marks allowed inside a repeated multi-word name ("Bank of the West", "Côte d’Ivoire's"). */
export const NAME_FORM_CONNECTORS: readonly string[] = ["of", "the", "and", "de", "'s", "’s", "-", "&"];

/** Lower-case words and marks allowed inside a name that is propagated across documents (also "for"). */
export const PROPAGATED_NAME_CONNECTORS: readonly string[] = ["of", "the", "and", "de", "for", "'s", "’s", "-", "&"];

/** Relative words that open a clause after a name ("…, who …"). */
export const RELATIVE_WORDS: readonly string[] = ["whose", "who", "whom", "which", "where", "when", "while"];

/** Words that end an appositive role after a name: a relative pronoun, a speech verb or an auxiliary. */
export const ROLE_END_WORDS: readonly string[] = ["who", "whose", "which", "that", "said", "says", "told", "is", "was", "has", "had", "will"];

/**
 * Words before a plural role shared by coordinated names that are no part of one person's role: numbers and
 * possessive determiners ("Two Ohio senators, Jane Roe and John Doe,", "His lawyers, Jane Roe and John Doe,").
 */
export const SHARED_ROLE_LEAD_WORDS: readonly string[] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "his", "her", "their", "our", "its", "my", "your"];

/** Words that join the last item of a list of names to the others ("Kreator, Sodom, and Destruction"; "Golkar or PPP"). */
export const LIST_CONJUNCTIONS: readonly string[] = [
  "and", "or", "&",
];
