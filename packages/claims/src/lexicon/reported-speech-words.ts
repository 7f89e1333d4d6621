/**
 * Word lists of the reported-speech parser.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Cue forms that are verbs whatever their context (noun look-alikes such as `report`, `state`, `post`, `calls` are left out). */
export const SAFE_BARE_FORMS: readonly string[] = [
  "wants", "shows", "finds", "expects", "criticizes", "rejects", "accuses", "pledges", "proposes", "praises", "blames",
  "demands", "defends", "cites", "offers", "endorses", "supports", "opposes", "recommends", "requests", "signals", "dismisses",
  "found", "say", "says", "said", "told", "tells", "wrote", "writes", "adds", "thinks", "thought", "believes", "knew", "argues",
  "insists", "warns", "explains", "confirms", "stresses", "notes", "predicts", "suggests", "acknowledges", "admits", "maintains",
  "contends", "asserts", "reckons", "felt",
];

/** Cue-verb forms that do not report speech when followed by a clause (`briefed`, `continued`, `posted`). */
export const NOT_REPORTING: readonly string[] = [
  "briefed", "informed", "continued", "posted", "pointed", "worried", "charged", "supported", "opposed", "offered", "expected",
  "wanted", "questioned", "requested",
];

/** Speech participles after a comma that introduce reported speech (`…, saying the talks failed`). */
export const PARTICIPLES: readonly string[] = [
  "saying", "adding", "noting", "telling", "arguing", "warning", "insisting", "explaining", "claiming", "stressing", "writing",
  "declaring", "suggesting", "asserting", "acknowledging", "calling",
];

/** Words that cannot end the subject of a reporting clause (auxiliaries, prepositions, relatives). */
export const NOT_SUBJECT: readonly string[] = [
  "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "said", "says", "on", "in", "at", "who", "which",
  "that", "did", "does", "could", "can",
];

/** Words after a cue that are adjuncts, not content (`said on Friday that`, `said in a statement that`). */
export const TIME_SKIP: readonly string[] = [
  "on", "last", "this", "next", "earlier", "later", "week", "month", "year", "weekend", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "recently", "also", "previously", "publicly",
  "privately", "morning", "afternoon", "evening", "night", "again", "repeatedly", "then", "now", "once",
];

/** Words (besides the adjuncts of `TIME_SKIP`) allowed between a cue and the `that` of its report (`said in a statement to reporters that`). */
export const THAT_BRIDGE: readonly string[] = [
  "in", "a", "an", "the", "at", "time", "statement", "interview", "email", "e-mail", "post", "social", "media", "letter",
  "tweet", "speech", "briefing", "conference", "news", "press", "release", "reporters", "journalists", "him", "her", "them",
  "us", "me", "during", "via", "by", "phone", "telephone", "written", ",", "to", "of", "his", "their", "its", "our", "on",
  "twitter", "facebook",
];

/** Negations that make a speech verb not a report (`did not say`), straight and curly apostrophes. */
export const NEGATORS: readonly string[] = [
  "not", "n't", "never", "won't", "wouldn't", "didn't", "don't", "doesn't", "can't", "couldn't", "cannot", "wont", "shouldn't",
  "hasn't", "haven't", "hadn't", "isn't", "wasn't", "won’t", "wouldn’t", "didn’t", "don’t", "doesn’t", "can’t", "couldn’t",
  "hasn’t", "haven’t", "hadn’t",
];

/** Words before `to` + cue that mean the speech did not happen (`declined to say`). */
export const DECLINERS: readonly string[] = [
  "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing", "unwilling", "reluctant",
  "hesitant", "wouldn't", "won't", "would", "could", "might", "may", "will", "should", "expected", "likely", "unlikely", "if",
  "whether",
];

/** Prepositions that, right after a cue, open an adjunct rather than reported content (`said of the deal`, `spoke to reporters`). */
export const PREPOSITIONAL_OPENERS: readonly string[] = [
  "of", "about", "to", "in", "on", "at", "for", "with", "by", "as", "from",
];
