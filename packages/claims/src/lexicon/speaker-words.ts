/**
 * Word lists of the speaker finder (`speaker.ts`): what ends, opens and classifies a speaker phrase.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Title words and abbreviations before a name that make a described speaker a person (`Secretary`, `Gen.`, `Mrs.`). */
export const TITLE_WORDS: readonly string[] = [
  "secretary", "minister", "president", "director", "senator", "governor", "chairman", "chair", "general", "gen.", "colonel",
  "col.", "lt.", "maj.", "ambassador", "envoy", "mayor", "judge", "rep.", "sen.", "gov.", "dr.", "mr.", "mrs.", "ms.", "prof.",
  "chief", "commander", "adviser", "advisor", "candidate", "nominee", "leader", "premier", "king", "queen", "prince", "pope",
];

/** Institution heads that are also common words (`state`, `post`, `house`): inside a longer phrase they do not make it an institution. */
export const WEAK_INSTITUTION_WORDS: readonly string[] = [
  "state", "post", "house", "group", "party", "service", "news", "times", "force", "forces", "military", "press", "daily",
  "union",
];

/** Words that end a speaker phrase walking backwards or forwards. */
export const NP_STOP: readonly string[] = [
  "that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before", "because", "since", "if", "as", "but",
  "so", "although", "though", "than", "then", "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would",
  "could", "should", "may", "might", "did", "does", "do", "to", "in", "on", "at", "by", "with", "from", "into", "about", "over",
  "not", "also", "said", "says", "told", "what", "how", "why", "until", "unless", "once", "whether", "or", "nor", "yet", "there",
  "this", "these", "those", "it's", "can", "must", "shall", "just", "only", "even", "still", "already", "all", "its", "their",
  "his", "her", "our", "your", "my", "we're", "i'm", "being", "during", "without", "against", "under", "between", "through",
  "among", "instead", "like", "up", "out", "off", "down", "here", "now", "today", "yesterday", "very", "too", "more", "most",
  "any", "each", "every", "no", "such", "own", "same", "well", "however", "meanwhile", "later", "earlier", "recently",
  "previously", "again", "never", "always", "often", "reportedly", "apparently", "publicly", "privately", "separately",
  "repeatedly",
];

/** Adverbs and auxiliaries allowed between a speaker and its cue (`officials also said`, `has said`). */
export const PRE_CUE_SKIP: readonly string[] = [
  "also", "has", "have", "had", "later", "earlier", "previously", "recently", "then", "further", "repeatedly", "publicly",
  "once", "reportedly", "separately", "privately", "again", "would", "will", "did", "does", "do", "could", "should", "may",
  "might", "first", "last", "already", "often", "never", "frequently", "subsequently", "initially", "simply", "flatly",
  "bluntly", "quickly", "told", "not", "now", "still",
];

/** Determiners and numerals that may open a described speaker (`a`, `the`, `two`, `U.S.`). */
export const DETERMINERS: readonly string[] = [
  "a", "an", "the", "one", "another", "two", "three", "four", "several", "some", "many", "most", "both", "other", "few", "u.s.",
  "us",
];

/** Prepositions that start a postmodifier of a described source (`a longtime adviser to Trump`). */
export const POSTMODIFIER_PREPS: readonly string[] = [
  "to", "with", "for", "of", "at", "in", "from", "on", "close",
];

/** Pronouns that can be speakers. */
export const PRONOUNS: readonly string[] = [
  "he", "she", "they", "it", "we", "i", "you",
];

/** Time words that end a speaker phrase and are never its head (`Monday`, `today`, `week`). */
export const TIME_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "month",
  "year", "morning", "afternoon", "evening", "night", "weekend", "time", "earlier", "later", "recently", "day", "days", "weeks",
  "months", "years",
];

/** Nouns that are plural by form but denote a singular speaker (or vice versa). */
export const PLURAL_EXCEPTIONS: readonly string[] = [
  "news", "times", "press", "us", "u.s.", "chess", "series", "campus", "congress", "status", "analysis", "ministry", "agency",
  "bus",
];

/** Bare forms that are more often nouns than speech verbs (`state`, `report`, `post`). */
export const NOUN_LIKE_CUES: readonly string[] = [
  "state", "states", "report", "reports", "post", "posts", "call", "calls", "claim", "claims", "note", "notes", "point",
  "points", "charge", "charges", "estimate", "estimates", "remark", "remarks", "promise", "promises", "hope", "hopes", "tweet",
  "tweets", "continue", "know", "feel", "think", "believe", "agree", "mention", "vow", "vows", "worry", "boast", "tout",
  "describe", "add", "say", "tell", "write", "confirm", "warn", "stress", "ask", "reply", "deny", "admit", "concede",
];

/** Relative pronouns that open a clause describing a speaker (`Mike Lux, a progressive activist who …`). */
export const RELATIVE_WORDS: readonly string[] = ["who", "whose", "whom"];

/** Words that end an appositive chunk after a speaker: clause words and finite auxiliaries (`…, a donor, said …`). */
export const APPOSITIVE_BREAK: readonly string[] = [
  "that", "which", "when", "where", "while", "because", "since", "if", "although", "though", "but", "so", "has", "have",
  "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "may", "might", "did", "does", "do",
  "said", "says", "told", "not", "can", "must", "shall", "after", "before", "according",
];

/** Lower-case particles inside a personal name (`Michery el Soheil`, `Ursula von der Leyen`, `Osama bin Laden`). */
export const NAME_PARTICLES: readonly string[] = ["el", "al", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "la", "le", "dos", "das", "ter"];

/** Possessive pronouns that may open a described speaker before a cue (`her senior policy adviser, Jake Sullivan, said`). */
export const POSSESSIVE_PRONOUNS: readonly string[] = ["his", "her", "their", "its", "our", "my"];

/** Prepositions that open an adjunct of the attribution after a speaker's relative clause (`…, who left the campaign in October, in a recent interview`). */
export const CLAUSE_END_ADJUNCTS: readonly string[] = ["in", "at", "on", "during", "after", "before", "while", "when", "according"];

/** Words that open an adverbial adjunct before a sentence's subject, so the stretch before the comma is no title of the name after it (`In contrast, Clinton`, `Later on Sunday, Carson`, `But for now, Cruz`). */
export const ADJUNCT_OPENERS: readonly string[] = [
  "in", "on", "at", "after", "before", "during", "since", "when", "while", "with", "without", "from", "for", "by", "as",
  "but", "and", "so", "yet", "also", "still", "however", "meanwhile", "instead", "then", "now", "later", "earlier", "of",
  "like", "unlike", "despite", "following", "among", "under", "over", "through", "throughout", "within", "across", "about",
  "to", "according", "asked", "speaking", "here", "there", "back", "once", "if", "though", "although", "because", "even",
  "last", "this", "next", "upon", "amid", "inside", "outside", "elsewhere", "afterward", "afterwards",
];

/** Abbreviations (lower-case, without their period) whose period the tokenizer splits off at a sentence end, kept in a speaker phrase (`of Jacksonville, Fla.`, `Bob Smith Jr.`): AP state abbreviations, name suffixes, company endings. */
export const PERIOD_ABBREVIATIONS: readonly string[] = [
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
  "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j",
  "n.m", "n.y", "n.c", "n.d", "r.i", "s.c", "s.d", "w.va", "d.c", "jr", "sr", "inc", "co", "corp", "ltd", "bros",
];

/** Adjectives and participles that take a complement inside a described source (`a person close to the campaign`, `an official familiar with the talks`, `the chief known as Bob`). */
export const RELATION_ADJECTIVES: readonly string[] = [
  "close", "closer", "familiar", "involved", "known", "briefed", "loyal", "allied", "aligned", "connected", "tied",
  "opposed", "sympathetic", "friendly", "affiliated", "assigned", "knowledgeable", "aware", "privy", "responsible",
];

/** Prepositions that open such a complement (`close to`, `familiar with`, `known as`, `involved in`, `briefed on`). */
export const RELATION_PREPOSITIONS: readonly string[] = ["to", "with", "as", "in", "on", "of", "about"];
