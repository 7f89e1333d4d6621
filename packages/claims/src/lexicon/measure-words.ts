/**
 * Word lists of `measureOf`: what a figure's sentence says about what it measures.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Function and frequent words that are not content words of a figure's sentence. */
export const STOP: readonly string[] = [
  "the", "a", "an", "of", "in", "on", "for", "from", "to", "and", "or", "but", "with", "by", "at", "as", "that", "this", "these",
  "those", "its", "his", "her", "their", "our", "your", "it", "he", "she", "they", "we", "i", "you", "is", "was", "were", "are",
  "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "not", "no", "than",
  "more", "less", "about", "some", "said", "says", "say", "also", "which", "who", "whom", "whose", "what", "when", "where",
  "after", "before", "over", "under", "up", "down", "out", "into", "all", "any", "each", "other", "another", "such", "only",
  "just", "so", "if", "then", "there", "here", "do", "does", "did", "mr", "mrs", "ms", "dr", "least", "nearly", "almost",
  "around", "roughly", "approximately", "estimated", "per", "percent", "million", "billion", "trillion", "thousand", "hundred",
  "dozen", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "year", "years", "last", "first",
  "new", "now", "told", "according", "since", "while", "because", "through", "during", "against", "between", "among", "very",
  "much", "many", "most",
];

/** Relative pronouns that open a clause after a counted noun. */
export const RELATIVE: readonly string[] = [
  "who", "that", "which",
];

/** Verbs of change before a figure (`rose to`, `fell to`): the figure is a new value of what the subject counts. */
export const CHANGE_VERBS: readonly string[] = [
  "fell", "fallen", "rose", "risen", "dropped", "declined", "increased", "reached", "climbed", "grew", "grown", "jumped",
  "totaled", "totalled", "stood", "hit", "doubled", "surged", "plunged",
];

/** Frames that split a specific noun's figures (`12 soldiers killed` vs `12 soldiers wounded`). */
export const CASUALTY_FRAMES: readonly string[] = [
  "deaths", "injuries", "arrests", "missing", "hostages", "evacuations",
];

/** Forms of `be`/`have` and adverbs skipped when looking for the verb of a figure's frame. */
/** Nouns of people that an age bound after them limits (`adults over 21`, `children under 5`, `anyone 21 or older`). */
export const AGE_LIMIT_NOUNS: readonly string[] = [
  "adults", "children", "kids", "anyone", "anybody", "people", "those", "teens", "teenagers", "minors", "youths", "men", "women",
  "persons", "residents", "voters", "students", "drivers", "seniors", "citizens", "individuals", "everyone", "patients", "applicants",
];

/** Verbs of a relative clause that only place a count in time (`the 1.6 million arrests that happened in 2000`): they do not restrict what is counted. */
export const EVENT_VERBS: readonly string[] = [
  "happened", "occurred", "took", "came", "existed", "happen", "occur", "occurs", "happens",
];

export const BE: readonly string[] = [
  "were", "was", "are", "is", "been", "be", "being", "have", "has", "had", "reportedly", "also", "all", "later", "initially",
  "now", "then",
];

/** Determiners of a partitive after a figure (`1,000 of the troops`): the noun after them is what is counted. */
export const PARTITIVE_DETERMINERS: readonly string[] = [
  "the", "those", "these", "its", "their", "his", "her",
];

/** Time units and their length in days, to compare durations. */
export const TIME_UNITS: Readonly<Record<string, number>> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5, century: 36525 };

/** Determiners that make a figure definite (`the 10 Democrats who …`): a relative clause after its noun restricts what is counted. */
export const DEFINITE_DETERMINERS: readonly string[] = [
  "the", "those", "these",
];

/** Words that make a descending pair of figures (`396-9`, `134 to 63`) a vote or decision tally rather than a range. */
export const TALLY_CUES: readonly string[] = [
  "vote", "votes", "voted", "voting", "ballot", "ballots", "tally", "passed", "approved", "confirmed", "rejected", "won", "beat",
  "defeated", "split", "margin", "decision", "decisions", "ruling", "rulings", "verdict", "majority", "deadlocked", "deadlock",
  "win", "victory", "loss", "defeat", "score", "lead",
];

/** Nouns that make a pair of counts right before them (`a 162-139 record`, `an 18-30 start`, `a 19-7 run`) a win-loss record, in either order; `record of` / `mark of` before a pair does too. */
export const RECORD_NOUNS: readonly string[] = ["record", "records", "mark", "marks", "start", "finish", "season", "run", "lifetime"];

/** Words after a revision cue (`earlier`, `later`) that make it a date rather than a revision: `earlier this month`, `later on Tuesday`. */
export const DATING_AFTER_CUE: readonly string[] = [
  "this", "that", "last", "next", "in", "on", "today", "tonight", "yesterday", "tomorrow", "week", "month", "year", "day", "than",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/** Words after a figure that make it a different part of what is counted (`four other murders`, `50 more people`, `two additional life sentences`), or before it (`another 5`, `an additional 162`). */
export const RESTRICTING_MODIFIERS: readonly string[] = ["other", "additional", "extra", "more", "further", "prior", "previous", "remaining", "another", "new"];

/** Counted nouns that make a figure part of an address when `of` follows (`the 12000 block of East 223rd Street`). */
export const ADDRESS_HEADS: readonly string[] = ["block"];

/** Street words that end a street name after a house number (`200 W. American Blvd.`, `1600 Pennsylvania Avenue`). */
export const STREET_WORDS: readonly string[] = [
  "street", "st", "st.", "avenue", "ave", "ave.", "boulevard", "blvd", "blvd.", "road", "rd", "rd.", "drive", "dr.", "lane", "ln.",
  "way", "place", "pl.", "court", "ct.", "parkway", "pkwy", "pkwy.", "highway", "hwy", "hwy.", "square", "terrace", "circle",
];

/** Capitalised words before a number that make it a count, not a label (`About 1,000`, `Some 20`); other capitalised words make it part of a name (`Week 15`, `Flight 370`). */
export const COUNT_OPENERS: readonly string[] = [
  "about", "some", "nearly", "almost", "around", "roughly", "only", "just", "over", "under", "more", "less", "fewer", "at", "up",
  "approximately", "exactly", "all", "another", "the", "a", "an", "and", "or", "but", "by", "of", "in", "to", "from", "for", "with",
  "than", "least", "most", "estimated", "those", "these", "its", "their", "his", "her", "our", "mr.", "ms.", "mrs.", "dr.",
];

/** Lower-case nouns whose number names one item rather than counting (`page 20`, `route 9`, `versions 6, 7 and 8`). */
export const LABEL_NOUNS: readonly string[] = [
  "page", "pages", "chapter", "chapters", "section", "sections", "paragraph", "room", "gate", "exit", "route", "platform",
  "terminal", "version", "versions", "channel", "flight", "highway", "interstate", "precinct", "pier", "lane", "track", "no.",
];

/** Words that join a list of labels (`Internet Explorer 8 and 9`, `IE6 to 10`): a number after one continues the label before it. */
export const LABEL_JOINERS: readonly string[] = ["and", "or", "to", "through", "thru"];

/** Verbs whose bare number object is a telephone number (`called 911`, `dial 999`), not a count. */
export const CALL_VERBS: readonly string[] = ["call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling", "text", "texted"];

/** Verbs of saying: a year right after `<verb> in` dates the statement, not the figure (`lawyers said in 2017 that … repaid $60,000`). */
export const STATEMENT_VERBS: readonly string[] = [
  "said", "says", "told", "announced", "reported", "wrote", "testified", "acknowledged", "claimed", "stated", "disclosed", "revealed", "estimated",
];

/** Nouns of a casualty frame that only modify the noun after them (`death sentence`, `arrest warrant`, `hostage crisis`): they then evoke no frame. */
export const MODIFIER_CUES: readonly string[] = [
  "death", "injury", "arrest", "detention", "evacuation", "hostage", "custody",
];

/** Words joining two modifiers of one counted noun (`five past and present senators`). */
export const MODIFIER_JOINERS: readonly string[] = ["and", "or"];

/** Words between a verb and the figure it takes, skipped when looking for the clause's subject (`completed his first 17 passes`, `needed just nine points`). */
export const SUBJECT_SKIP: readonly string[] = [
  "his", "her", "their", "its", "first", "just", "only", "a", "an", "another", "nearly", "about", "almost", "roughly", "some",
  "over", "under", "more", "less", "least", "at", "than", "up", "to", "all", "also", "career", "season",
];

/** Frequent verbs that take a figure although they are stop words (`had five catches`, `has 53 catches`). */
export const SUBJECT_VERBS: readonly string[] = ["had", "has", "have", "did", "does"];

/** Phrasal verbs whose particle stands between the verb and its figure (`chipped in 16 points`, `racked up 20`); not `played in 10 games`, where `in` opens a place. */
export const PHRASAL_VERBS: readonly string[] = [
  "chipped in", "poured in", "pitched in", "kicked in", "hauled in", "pulled down", "racked up", "piled up", "picked up",
  "rang up", "put up", "dished out", "handed out", "gave up", "scored off",
];

/** Prepositions before a name that make it no clause subject (`the branch of the Marfin Investment Bank killed two`). */
export const SUBJECT_PREPOSITIONS: readonly string[] = ["of", "in", "at", "on", "from", "by", "for", "with", "to", "into", "near", "against", "than"];

/** Plurals the suffix rules get wrong, as `plural singular` (`thieves thief`); `people` stays a word of its own. */
export const IRREGULAR_PLURALS: readonly string[] = [
  "thieves thief", "wives wife", "lives life", "knives knife", "halves half", "wolves wolf", "leaves leaf", "shelves shelf",
  "loaves loaf", "calves calf", "selves self", "elves elf", "housewives housewife", "men man", "women woman",
  "children child", "feet foot", "teeth tooth", "mice mouse", "geese goose",
];

/** Capitalised words that are no subject's name (sentence openers, days, months). */
export const NOT_SUBJECT_NAMES: readonly string[] = [
  "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and", "so",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
  "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "officials", "police",
  "authorities", "prosecutors", "investigators", "reports", "sources",
];

/** Words that open another clause: a year after one of them (or before, when the figure follows it) dates something else (`Obama, who took office in 2009, …`; `… 400,000, compared with 1.6 million in 2000`). */
export const CLAUSE_OPENERS: readonly string[] = [
  "who", "which", "whom", "whose", "while", "whereas", "although", "though", "because", "compared", "unlike", "but",
];

/** Auxiliaries between a clause's subject and its verb (`Mourad was sued`, `Gray had been arrested`). */
export const AUXILIARIES: readonly string[] = ["was", "were", "is", "are", "had", "has", "have", "been", "be", "will", "would", "also"];

/** Ordinals before `half` or `quarter` that make it a period (`the first half`, `the third quarter`), not a share. */
export const PERIOD_ORDINALS: readonly string[] = ["first", "second", "third", "fourth", "final", "last", "opening"];

/** Adverbs that end a figure's noun phrase (`two weeks later`, `three years ago`): they say when, not what is counted. */
export const PHRASE_ENDERS: readonly string[] = ["later", "earlier", "ago", "ahead", "apart", "away", "long", "old", "since", "today", "tonight", "yesterday", "tomorrow"];
