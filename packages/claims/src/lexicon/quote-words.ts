/**
 * Word lists of the direct-quote parser.
 * Plain data: each list is read into a `Set` by the code that uses it; no list holds a word twice.
 */

/** Tokens allowed between a cue and the quote it introduces (`wrote in an email, “…`). */
export const BRIDGE: readonly string[] = [
  ",", ":", "—", "–", "-", "that", "in", "an", "a", "the", "his", "her", "their", "its", "on", "at", "to", "email", "e-mail",
  "statement", "interview", "post", "letter", "tweet", "speech", "message", "twitter", "facebook", "reporters", "journalists",
  "him", "them", "us", "me", "you", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time",
  "earlier", "later", "recently", "also", "then", "simply", "only", "this", "week", "last", "month", "year", "told", "news",
  "conference", "briefing", "written", "social", "media", "video", "television", "radio", "address", "remarks", "separate",
  "emailed", "today", "yesterday", "morning", "afternoon", "evening", "night", "of", "wednesday,", "shortly", "once", "again",
  "bluntly", "flatly", "back", "aloud", "however", "though", "too", "instead", "nonetheless",
];

/** Participles that introduce another quote of the speaker just quoted (`he said, adding, “…”`). */
export const ADDING_CUES: readonly string[] = [
  "adding", "saying", "noting", "continuing", "explaining", "remarking", "writing", "concluding", "declaring", "insisting",
  "warning", "arguing", "asking", "replying", "quipping", "joking", "telling", "tweeting", "posting", "answering", "responding",
  "stating", "yelling", "shouting", "recalling", "urging",
];

/** Function words left out when deciding whether a quoted span is a title in title case (`The Art of the Deal`). */
export const SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from", "is", "vs", "vs.",
];

/** Words that keep lower-case words before a speaker name out of the speaker (`“…,” and spokesperson Jane Roe said`): function words, not role words. */
export const ROLE_GAP_STOP: readonly string[] = [
  "the", "a", "an", "and", "but", "as", "when", "while", "if", "because",
];

/** Irregular past forms and adverbs that look like the finite verb after a subject (`posted`, `wrote`, `then`); regular `-ed`/`-s` forms are matched by their ending. */
export const VERB_LIKE_WORDS: readonly string[] = [
  "then", "also", "later", "went", "took", "made", "said", "wrote", "spoke", "gave", "told", "sent", "put", "shot", "kept",
  "left", "met", "ran",
];

/** Verbs that are speech cues only with their particle (`shot back`, `went on`, `chimed in`): verb → particle. */
export const PARTICLE_CUES: Readonly<Record<string, string>> = { shot: "back", fired: "back", went: "on", goes: "on", chimed: "in", cut: "in", spoke: "up", hit: "back" };

/** Prepositions that open an adjunct between a cue and its quote (`said of the episode, “…`, `tweeted in response: “…`). */
export const ADJUNCT_PREPS: readonly string[] = [
  "of", "about", "in", "on", "at", "by", "during", "after", "before", "with", "from", "to", "via", "over", "while", "for",
];

/** Words that, inside the stretch between a cue and a quote, show a clause rather than an adjunct (`said that …`, `said he …`). */
export const CLAUSE_MARKERS: readonly string[] = [
  "that", "he", "she", "they", "it", "i", "we", "you", "who", "which", "if", "whether", "because", "but", "and",
];

/** Time words that may follow a cue in a closing attribution (`Grubbs said Tuesday.`). */
export const ADJUNCT_TIME_WORDS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "later",
  "earlier", "recently", "last", "this", "then", "afterward", "afterwards", "again",
];

/** Words between a clause's verb and a later cue that keep the clause's subject as the speaker (`went on to say`, `continued by saying`, `and joked`). */
export const SUBJECT_LINKS: readonly string[] = ["and", "to", "by", "before", "upon", "after", "then", "while"];

/** Auxiliaries and adverbs that end a clause subject read forwards (`Clinton has since apologized`). */
export const AUXILIARIES: readonly string[] = [
  "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "should", "may", "might", "did", "does",
  "do", "then", "also", "later", "since", "again", "once", "just", "only", "even", "still", "already", "never",
];

/** Verbs that report speech only right next to a quotation (`“…,” it read`, `“…?” Hannity pressed`), not in reported speech. */
export const QUOTE_ADJACENT_CUES: readonly string[] = [
  "read", "reads", "began", "begins", "started", "starts", "reacted", "reacts", "exhorted", "pressed", "presses", "remembered",
  "surmised", "cautioned", "wrote", "chanted", "sang", "sings", "yelled", "screamed", "cried", "whispered", "mused",
  "reiterated", "reiterates", "repeated", "repeats", "assured", "assures", "crowed", "crows", "opined", "opines", "chided",
  "chides", "groused", "griped", "deadpanned", "deadpans", "sniffed", "huffed", "intoned", "teased", "taunted", "scolded",
  "mocked", "vented", "thundered", "bellowed", "hollered", "roared", "shrugged", "smiled", "laughed", "sneered", "snarked",
  "rejoined", "rued", "exulted", "enthused", "raved", "ranted", "railed", "grumbled", "seethed",
];

/** Possessives and demonstratives that may open a speaker phrase after a quote (`,” his wife … wrote`, `,” this source told`). */
export const OPENING_POSSESSIVES: readonly string[] = ["his", "her", "their", "its", "our", "my", "this", "these", "those"];

/** Adverbs and auxiliaries between a speaker and its cue (`,” Smith, …, later said`). */
export const PRE_CUE_ADVERBS: readonly string[] = [
  "also", "has", "have", "had", "later", "earlier", "previously", "recently", "then", "further", "repeatedly", "once",
  "again", "would", "will", "did", "does", "first", "last", "already", "often", "never", "not",
];

/** Words that may follow the cue of an attribution after a quote: a listener (`,” this source told reporters`, `told the Post`) or a subordinate adjunct (`said when asked`, `said as he left`). */
export const LISTENER_WORDS: readonly string[] = [
  "the", "reporters", "journalists", "supporters", "voters", "viewers", "listeners", "audiences", "me", "us", "him", "her",
  "them", "when", "as", "while", "during", "upon",
];

/** Dashes that open a signature after a quote (`“…” — Jane Roe`, `“…” -- Jane Roe`). */
export const SIGNATURE_DASHES: readonly string[] = ["—", "–", "-", "--", "―"];

/** Punctuation allowed in the tail of a signature after the signer (`(@handle) Sept. 8, 2016`, `, R-Ohio`, `/AP`). */
export const SIGNATURE_TAIL_PUNCTUATION: readonly string[] = [",", "(", ")", "@", "_", "-", "’", "'", "#", "/", ":", "&"];

/** Lower-case words that may open a described signer (`— a protester in Charlotte`, `— one voter`). */
export const SIGNATURE_OPENERS: readonly string[] = ["a", "an", "the", "one", "another", "two", "three", "several", "some", "many"];

/** Past participles of a passive that reports speech with a participle after it (`was quoted as saying`, `could be heard saying`, `was caught on tape telling`). */
export const PASSIVE_SPEECH_PARTICIPLES: readonly string[] = ["quoted", "heard", "overheard", "recorded", "caught", "filmed", "captured", "seen", "shown"];

/** Auxiliaries of such a passive, read back from the participle (`could be`, `was`, `has been`). */
export const PASSIVE_AUXILIARIES: readonly string[] = ["was", "is", "were", "are", "be", "been", "being", "could", "can", "has", "have", "had", "would", "will", "later", "also", "once", "reportedly"];

/** Nouns of something said or written that a clause's subject releases or posts, before a cue (`released a statement saying, “…”`, `a video that said, “…”`). */
export const SPEECH_OBJECT_NOUNS: readonly string[] = [
  "statement", "statements", "message", "messages", "tweet", "tweets", "post", "letter", "note", "email", "e-mail", "memo",
  "video", "ad", "advertisement", "commercial", "release", "response", "reply", "remarks", "speech", "op-ed", "editorial",
  "column", "essay", "blog", "sign", "signs", "banner", "banners", "placard", "placards", "slogan", "caption", "headline",
  "petition", "communique", "transcript", "text",
];

/** Prepositions of place that, between a verb and a speech noun, make the noun a preposition's object (`posted it under a headline that said`). */
export const PLACE_PREPOSITIONS: readonly string[] = [
  "under", "beneath", "below", "above", "behind", "beside", "near", "into", "onto", "through", "across", "against", "among",
  "along", "around", "alongside", "inside", "outside", "next",
];

/** Words that open a subordinate clause, whose subject speaks for a cue later in it (`so subdued that Mr. Trump was prompted to say`). */
export const SUBORDINATORS: readonly string[] = [
  "that", "when", "while", "as", "because", "after", "before", "since", "until", "although", "though", "if", "where", "once",
];
