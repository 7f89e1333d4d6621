/**
 * The speech lexicon of `defaultLexicon`: speech verbs and the head nouns that classify a speaker.
 * Plain data; no list holds a word twice.
 */

/** Speech verbs (`said`, `added`, `warned`), every inflection listed. */
export const CUE_VERBS: readonly string[] = [
  "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "note", "notes", "noted", "write", "writes",
  "wrote", "confirm", "confirms", "confirmed", "warn", "warns", "warned", "stress", "stresses", "stressed", "explain",
  "explains", "explained", "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
  "announce", "announces", "announced", "state", "states", "stated", "report", "reports", "reported", "declare", "declares",
  "declared", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "ask", "asks", "asked", "reply",
  "replies", "replied", "respond", "responds", "responded", "suggest", "suggests", "suggested", "predict", "predicts",
  "predicted", "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "maintain", "maintains", "maintained",
  "recall", "recalls", "recalled", "continue", "continued", "tweet", "tweets", "tweeted", "post", "posted", "urge", "urges",
  "urged", "caution", "cautions", "cautioned", "remark", "remarks", "remarked", "observe", "observes", "observed", "concede",
  "concedes", "conceded", "allege", "alleges", "alleged", "deny", "denies", "denied", "believe", "believes", "believed", "think",
  "thinks", "thought", "contend", "contends", "contended", "charge", "charges", "charged", "estimate", "estimates", "estimated",
  "indicate", "indicates", "indicated", "reveal", "reveals", "revealed", "promise", "promises", "promised", "agree", "agrees",
  "agreed", "mention", "mentions", "mentioned", "complain", "complains", "complained", "point", "points", "pointed", "tout",
  "touts", "touted", "boast", "boasts", "boasted", "describe", "describes", "described", "call", "calls", "called", "vow",
  "vows", "vowed", "assert", "asserts", "asserted", "hope", "hopes", "hoped", "know", "knows", "knew", "feel", "feels", "felt",
  "worry", "worries", "worried", "reckon", "reckons", "reckoned", "criticize", "criticized", "criticizes", "criticised",
  "reject", "rejected", "rejects", "accuse", "accused", "accuses", "pledge", "pledged", "pledges", "propose", "proposed",
  "proposes", "praise", "praised", "praises", "blame", "blamed", "blames", "demand", "demanded", "demands", "question",
  "questioned", "defend", "defended", "defends", "cite", "cited", "cites", "show", "showed", "shows", "find", "found", "finds",
  "expect", "expects", "expected", "want", "wants", "wanted", "offer", "offered", "offers", "endorse", "endorsed", "endorses",
  "support", "supported", "supports", "oppose", "opposed", "opposes", "recommend", "recommended", "recommends", "request",
  "requested", "requests", "signal", "signaled", "signals", "dismiss", "dismissed", "dismisses", "shout", "shouted", "yelled",
  "joked", "quipped", "wondered", "testified", "disclosed", "informed", "briefed", "concludes", "exclaims", "confesses",
  "retorts", "interjects", "quips", "yells", "mutters", "pleads", "barks", "scoffs", "recounts", "brags", "proclaims",
  "inquires", "implores", "muses", "laughs", "jokes", "concluded", "exclaimed", "barked", "confessed", "blurted", "retorted",
  "countered", "mused", "scoffed", "interjected", "recounted", "lamented", "sighed", "screamed", "cried", "whispered",
  "muttered", "pleaded", "implored", "bragged", "proclaimed", "reasoned", "summarized", "elaborated", "clarified", "objected",
  "protested", "grumbled", "fumed", "gushed", "marveled", "marvelled", "inquired", "texted", "emailed", "snapped", "shouts",
  "laughed", "chuckled", "continues", "answered", "echoed", "chanted", "telling", "adding", "noting", "writing", "asking",
  "explaining", "warning", "arguing", "insisting", "declaring", "tweeting", "posting", "answering", "responding", "stating",
  "yelling", "shouting", "recalling", "urging", "replying", "joking", "concluding", "continuing", "begged", "thundered",
  "roared", "boomed", "intoned", "mocks", "mocked", "taunted", "taunts", "deadpanned", "snarled", "sneered",
];

/** Head nouns of anonymous role descriptions (`official`, `source`). */
export const ANONYMOUS_HEADS: readonly string[] = [
  "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "aide", "aides",
  "diplomat", "diplomats", "officer", "officers", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "person",
  "people", "insider", "insiders", "staffer", "staffers", "lawmaker", "lawmakers", "expert", "experts", "member", "members",
  "resident", "residents", "witness", "witnesses", "observer", "observers", "critic", "critics", "supporter", "supporters",
  "commander", "commanders", "representative", "representatives", "negotiator", "negotiators", "envoy", "minister", "ambassador",
];

/** Head nouns of institutions (`government`, `ministry`, `broadcaster`). */
export const INSTITUTION_HEADS: readonly string[] = [
  "government", "ministry", "department", "pentagon", "broadcaster", "agency", "company", "committee", "council", "army",
  "military", "command", "administration", "office", "embassy", "junta", "house", "parliament", "congress", "senate", "court",
  "police", "navy", "force", "forces", "corps", "commission", "bank", "union", "organization", "organisation", "group",
  "campaign", "party", "times", "post", "journal", "network", "newspaper", "outlet", "station", "channel", "service", "bureau",
  "authority", "authorities", "cnn", "nbc", "cbs", "abc", "bbc", "fox", "reuters", "ap", "afp", "nato", "un", "rtn", "kremlin",
  "delegation", "delegations", "state", "university", "institute", "foundation", "firm", "daily", "tribune", "herald", "news",
  "press",
];

/** Head nouns of documents (`statement`, `report`, `post`). */
export const DOCUMENT_HEADS: readonly string[] = [
  "statement", "report", "post", "release", "letter", "email", "e-mail", "memo", "document", "tweet", "announcement",
  "communique", "communiqué", "filing", "study", "survey", "poll", "analysis", "transcript", "message", "notice", "decree",
  "complaint", "lawsuit",
];

/** Title head words (`secretary`, `minister`) used to find people's titles. */
export const TITLE_HEADS: readonly string[] = [
  "secretary", "minister", "ambassador", "director", "president", "vice president", "chairman", "chairwoman", "chair",
  "governor", "senator", "spokesperson", "spokesman", "spokeswoman", "commander", "envoy", "chief", "adviser", "advisor",
  "administrator", "undersecretary", "general", "admiral", "colonel", "premier", "chancellor", "mayor", "representative",
  "attorney general", "head",
];
