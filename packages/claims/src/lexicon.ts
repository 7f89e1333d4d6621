import type { Relation } from "./schema.js";

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

const CUE_VERBS = [
  "say", "says", "said", "saying",
  "tell", "tells", "told",
  "add", "adds", "added",
  "note", "notes", "noted",
  "write", "writes", "wrote",
  "confirm", "confirms", "confirmed",
  "warn", "warns", "warned",
  "stress", "stresses", "stressed",
  "explain", "explains", "explained",
  "insist", "insists", "insisted",
  "argue", "argues", "argued",
  "claim", "claims", "claimed",
  "announce", "announces", "announced",
  "state", "states", "stated",
  "report", "reports", "reported",
  "declare", "declares", "declared",
  "acknowledge", "acknowledges", "acknowledged",
  "admit", "admits", "admitted",
  "ask", "asks", "asked",
  "reply", "replies", "replied",
  "respond", "responds", "responded",
  "suggest", "suggests", "suggested",
  "predict", "predicts", "predicted",
  "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised",
  "maintain", "maintains", "maintained",
  "recall", "recalls", "recalled",
  "continue", "continued",
  "tweet", "tweets", "tweeted",
  "post", "posted",
  "urge", "urges", "urged",
  "caution", "cautions", "cautioned",
  "remark", "remarks", "remarked",
  "observe", "observes", "observed",
  "concede", "concedes", "conceded",
  "allege", "alleges", "alleged",
  "deny", "denies", "denied",
  "believe", "believes", "believed",
  "think", "thinks", "thought",
  "contend", "contends", "contended",
  "charge", "charges", "charged",
  "estimate", "estimates", "estimated",
  "indicate", "indicates", "indicated",
  "reveal", "reveals", "revealed",
  "promise", "promises", "promised",
  "agree", "agrees", "agreed",
  "mention", "mentions", "mentioned",
  "complain", "complains", "complained",
  "point", "points", "pointed",
  "tout", "touts", "touted",
  "boast", "boasts", "boasted",
  "describe", "describes", "described",
  "call", "calls", "called",
  "vow", "vows", "vowed",
  "assert", "asserts", "asserted",
  "hope", "hopes", "hoped",
  "know", "knows", "knew",
  "feel", "feels", "felt",
  "worry", "worries", "worried",
  "reckon", "reckons", "reckoned",
  "criticize", "criticized", "criticizes", "criticised", "reject", "rejected", "rejects", "accuse", "accused", "accuses", "pledge", "pledged", "pledges",
  "propose", "proposed", "proposes", "praise", "praised", "praises", "blame", "blamed", "blames", "demand", "demanded", "demands", "question", "questioned",
  "defend", "defended", "defends", "cite", "cited", "cites", "show", "showed", "shows", "find", "found", "finds", "expect", "expects", "expected",
  "want", "wants", "wanted", "offer", "offered", "offers", "endorse", "endorsed", "endorses", "support", "supported", "supports", "oppose", "opposed", "opposes",
  "insist", "recommend", "recommended", "recommends", "request", "requested", "requests", "acknowledged", "signal", "signaled", "signals", "dismiss", "dismissed", "dismisses",
  "shout", "shouted", "yelled", "joked", "quipped", "wondered", "testified", "disclosed", "informed", "briefed",
  "concludes", "exclaims", "confesses", "retorts", "interjects", "quips", "yells", "mutters", "pleads", "barks", "scoffs", "recounts", "brags",
  "proclaims", "inquires", "implores", "muses", "laughs", "jokes",
  "concluded", "exclaimed", "barked", "confessed", "blurted", "retorted", "countered", "mused", "scoffed", "interjected", "recounted",
  "lamented", "sighed", "screamed", "cried", "whispered", "muttered", "pleaded", "implored", "bragged", "proclaimed", "reasoned",
  "summarized", "elaborated", "clarified", "objected", "protested", "grumbled", "fumed", "gushed", "marveled", "marvelled", "inquired",
  "texted", "emailed", "snapped", "shouts", "laughed", "chuckled", "continues", "adds", "answered", "echoed", "chanted", "telling",
  "adding", "noting", "writing", "asking", "explaining", "warning", "arguing", "insisting", "declaring", "tweeting", "posting",
  "answering", "responding", "stating", "yelling", "shouting", "recalling", "urging", "replying", "joking", "concluding", "continuing",
  "begged", "wrote", "writes", "thundered", "roared", "boomed", "intoned", "mocks", "mocked", "taunted", "taunts", "deadpanned", "snarled", "sneered",
];

const QUALIFIERS: Record<string, Relation> = {
  about: "approx",
  approximately: "approx",
  roughly: "approx",
  some: "approx",
  nearly: "approx",
  almost: "approx",
  around: "approx",
  "an estimated": "approx",
  estimated: "approx",
  "close to": "approx",
  circa: "approx",
  "more than": "gt",
  over: "gt",
  "greater than": "gt",
  "larger than": "gt",
  "bigger than": "gt",
  "higher than": "gt",
  above: "gt",
  "upwards of": "gt",
  "in excess of": "gt",
  "at least": "gte",
  exceed: "gt", exceeds: "gt", exceeding: "gt", surpass: "gt", surpasses: "gt", surpassing: "gt", "greater than or equal to": "gte", "more than or equal to": "gte",
  "less than or equal to": "lte", "fewer than or equal to": "lte", "no greater than": "lte", "no larger than": "lte", "no bigger than": "lte",
  "no fewer than": "gte",
  "no less than": "gte",
  "not less than": "gte",
  "a minimum of": "gte",
  "fewer than": "lt",
  "less than": "lt",
  "lower than": "lt",
  "smaller than": "lt",
  under: "lt",
  below: "lt",
  "up to": "lte",
  "at most": "lte",
  "no more than": "lte",
  "not more than": "lte",
  "a maximum of": "lte",
  "as many as": "lte",
  "as much as": "lte",
  ">": "gt", "<": "lt", "> =": "gte", "< =": "lte", ">=": "gte", "<=": "lte", "≥": "gte", "≤": "lte",
  "greater or equal than": "gte", "larger or equal than": "gte", "bigger or equal than": "gte", "higher or equal than": "gte", "more or equal than": "gte",
  "greater than or equal": "gte", "at least or equal to": "gte", "equal to or more than": "gte", "equal to or greater than": "gte",
  "less or equal than": "lte", "smaller or equal than": "lte", "lower or equal than": "lte", "fewer or equal than": "lte", "less than or equal": "lte",
  "equal to or less than": "lte", "equal to or fewer than": "lte",
};

const CURRENCIES: Record<string, string> = {
  $: "USD", "us$": "USD", "us $": "USD", usd: "USD", dollar: "USD", dollars: "USD", "u.s. dollars": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD", "united states dollars": "USD",
  "mxn$": "MXN", "mex$": "MXN", "mxn $": "MXN", "aud$": "AUD", "aud $": "AUD", "cad$": "CAD", "cad $": "CAD", "c $": "CAD", "hk $": "HKD", "nz$": "NZD", "nz $": "NZD", "new zealand dollars": "NZD",
  "chinese yuan": "CNY", "japanese yen": "JPY", "mexican pesos": "MXN", "indian rupees": "INR", "turkish lira": "TRY", "british pound": "GBP", "euro cents": "EUR",
  "c$": "CAD", "canadian dollars": "CAD", "canadian dollar": "CAD", cad: "CAD",
  "a$": "AUD", "australian dollars": "AUD", "australian dollar": "AUD", aud: "AUD",
  "hk$": "HKD", "hong kong dollars": "HKD",
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  "£": "GBP", gbp: "GBP", sterling: "GBP", "pounds sterling": "GBP", "british pounds": "GBP", pence: "GBP", penny: "GBP",
  "¥": "JPY", jpy: "JPY", yen: "JPY",
  yuan: "CNY", cny: "CNY", renminbi: "CNY", rmb: "CNY",
  "₹": "INR", inr: "INR", rupee: "INR", rupees: "INR",
  "₽": "RUB", rub: "RUB", ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB",
  chf: "CHF", "swiss francs": "CHF", "swiss franc": "CHF",
  "cfa francs": "XOF", "cfa franc": "XOF", xof: "XOF",
  franc: "FRF", francs: "FRF",
  "₩": "KRW", won: "KRW", krw: "KRW",
  peso: "MXN", pesos: "MXN", mxn: "MXN",
  "finnish markka": "FIM", markka: "FIM", "deutsche mark": "DEM", "deutsche marks": "DEM", marks: "DEM",
  lira: "ITL", lire: "ITL", "₺": "TRY",
  "cents": "USD", cent: "USD",
  bitcoin: "BTC", bitcoins: "BTC", btc: "BTC",
  peseta: "ESP", pesetas: "ESP", guilder: "NLG", guilders: "NLG", "dutch guilders": "NLG", "dutch guilder": "NLG", rand: "ZAR", zar: "ZAR",
  reais: "BRL", brl: "BRL", "元": "CNY",
};

const UNITS: Record<string, string> = {
  "%": "%", percent: "%", percents: "%", "per cent": "%", pct: "%", percentage: "%", "percentage points": "percentage point", "percentage point": "percentage point",
  second: "second", seconds: "second", sec: "second", secs: "second",
  minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  day: "day", days: "day",
  week: "week", weeks: "week",
  month: "month", months: "month",
  year: "year", years: "year", yr: "year", yrs: "year",
  decade: "decade", decades: "decade",
  century: "century", centuries: "century",
  km: "km", kms: "km", kilometer: "km", kilometers: "km", kilometre: "km", kilometres: "km",
  m: "m", meter: "m", meters: "m", metre: "m", metres: "m",
  cm: "cm", centimeter: "cm", centimeters: "cm", centimetre: "cm", centimetres: "cm",
  mm: "mm", millimeter: "mm", millimeters: "mm", millimetre: "mm", millimetres: "mm",
  mile: "mi", miles: "mi", mi: "mi",
  foot: "ft", feet: "ft", ft: "ft",
  inch: "in", inches: "in",
  yard: "yd", yards: "yd", yd: "yd",
  kg: "kg", kgs: "kg", kilogram: "kg", kilograms: "kg", kilo: "kg", kilos: "kg",
  g: "g", gram: "g", grams: "g", gr: "g",
  mg: "mg", milligram: "mg", milligrams: "mg",
  lb: "lb", lbs: "lb", pound: "lb", pounds: "lb",
  "metric tons": "t", "metric ton": "t", "metric tonnes": "t", "miles an hour": "mph", "miles per hour": "mph", "kilometers per hour": "km/h", "kilometres per hour": "km/h", "cubic feet": "cu ft", "square kilometer": "km2", "square kilometre": "km2", "square meter": "m2", "square metre": "m2",
  ton: "t", tons: "t", tonne: "t", tonnes: "t",
  ounce: "oz", ounces: "oz", oz: "oz",
  l: "l", liter: "l", liters: "l", litre: "l", litres: "l",
  ml: "ml", milliliter: "ml", milliliters: "ml", millilitre: "ml", millilitres: "ml",
  gallon: "gal", gallons: "gal", gal: "gal",
  barrel: "bbl", barrels: "bbl",
  acre: "acre", acres: "acre", hectare: "ha", hectares: "ha", ha: "ha",
  "square miles": "sq mi", "square mile": "sq mi", "square kilometers": "km2", "square kilometres": "km2", "square feet": "sq ft", "square foot": "sq ft", "square meters": "m2", "square metres": "m2",
  mph: "mph", "km/h": "km/h", kph: "km/h", knots: "kn", knot: "kn",
  "degrees c": "°C", "degrees f": "°F", "degree c": "°C", "degree f": "°F", "deg c": "°C", "deg f": "°F", "deg celsius": "°C", "deg fahrenheit": "°F", "degree celsius": "°C", "degree fahrenheit": "°F",
  "degrees farenheit": "°F", "degree farenheit": "°F", farenheit: "°F", celcius: "°C", "degrees centigrade": "°C", centigrade: "°C", m2: "m2", km2: "km2",
  "°c": "°C", "°f": "°F", "degrees celsius": "°C", "degrees fahrenheit": "°F", celsius: "°C", fahrenheit: "°F", degrees: "degree", degree: "degree",
  mw: "MW", megawatts: "MW", gw: "GW", gigawatts: "GW", kw: "kW", kilowatts: "kW", kwh: "kWh",
  gb: "GB", mb: "MB", tb: "TB", kb: "KB", gigabytes: "GB", megabytes: "MB", terabytes: "TB",
};

/** The built-in lexicon. */
export const defaultLexicon: Lexicon = {
  cueVerbs: CUE_VERBS,
  qualifiers: QUALIFIERS,
  anonymousHeads: [
    "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "aide", "aides",
    "diplomat", "diplomats", "officer", "officers", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts",
    "person", "people", "insider", "insiders", "staffer", "staffers", "lawmaker", "lawmakers", "expert", "experts", "member", "members",
    "resident", "residents", "witness", "witnesses", "observer", "observers", "critic", "critics", "supporter", "supporters",
    "commander", "commanders", "representative", "representatives", "negotiator", "negotiators", "envoy", "minister", "ambassador",
  ],
  institutionHeads: [
    "government", "ministry", "department", "pentagon", "broadcaster", "agency", "company", "committee", "council", "army", "military",
    "command", "administration", "office", "embassy", "junta", "house", "parliament", "congress", "senate", "court", "police", "navy",
    "force", "forces", "corps", "commission", "bank", "union", "organization", "organisation", "group", "campaign", "party", "times",
    "post", "journal", "network", "newspaper", "outlet", "station", "channel", "service", "bureau", "authority", "authorities",
    "cnn", "nbc", "cbs", "abc", "bbc", "fox", "reuters", "ap", "afp", "nato", "un", "rtn", "kremlin", "delegation", "delegations",
    "state", "university", "institute", "foundation", "firm", "network", "daily", "tribune", "herald", "news", "press",
  ],
  documentHeads: [
    "statement", "report", "post", "release", "letter", "email", "e-mail", "memo", "document", "tweet", "announcement", "communique",
    "communiqué", "filing", "study", "survey", "poll", "analysis", "transcript", "message", "notice", "decree", "complaint", "lawsuit",
  ],
  currencies: CURRENCIES,
  units: UNITS,
  topicClasses: {
    "military personnel": ["personnel", "troops", "troop", "soldiers", "forces", "servicemen", "servicemembers", "service members", "military", "marines", "airmen", "staff", "members", "americans"],
    instructors: ["instructors", "trainers", "advisers", "advisors", "mercenaries", "military instructors"],
    base: ["base", "bases", "installation", "installations", "facility", "facilities", "airbase", "drone base"],
    protesters: ["protesters", "demonstrators", "protestors"],
    drones: ["drones", "drone", "aircraft", "reapers"],
    people: ["people", "civilians", "residents", "persons"],
    deaths: ["deaths", "dead", "killed", "casualties", "fatalities"],
  },
  titleHeads: [
    "secretary", "minister", "ambassador", "director", "president", "vice president", "chairman", "chairwoman", "chair", "governor",
    "senator", "spokesperson", "spokesman", "spokeswoman", "commander", "envoy", "chief", "adviser", "advisor", "administrator",
    "undersecretary", "general", "admiral", "colonel", "premier", "chancellor", "mayor", "representative", "attorney general", "head",
  ],
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
 * const lexicon = mergeLexicon({ cueVerbs: [...defaultLexicon.cueVerbs, "quipped"] });
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
