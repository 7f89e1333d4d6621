/**
 * Word lists for companies (data, read by the name-head and company refiners).
 */

/** Head words that end a company's name ("Halvorsen Energy", "Baltic Wind", "Kestrel Group", "Corvin Steel"). */
export const CORPORATE_HEADS: readonly string[] = (
  "energy wind solar power utilities utility oil petroleum gas resources mining minerals metals steel chemicals materials " +
  "group holdings holding capital ventures investments investment securities bancorp bankshares financial insurance assurance " +
  "pharma pharmaceuticals biotech biosciences therapeutics healthcare diagnostics foods food beverages brewing brewery breweries " +
  "telecom telecoms communications electronics semiconductor semiconductors software technologies motors automotive aerospace " +
  "logistics shipping freight airways airlines air properties realty estates retail stores brands textiles apparel " +
  "infrastructure construction engineering water partners industries enterprises"
).split(" ");

/** Legal-form suffixes written after a company's name ("Veritas Pharma AG", "Redfern Insurance plc", "Quantix Software Inc."). */
export const CORPORATE_SUFFIXES: readonly string[] = (
  "inc inc. incorporated ltd ltd. limited plc llc l.l.c. lp llp co co. corp corp. corporation ag sa s.a. nv n.v. se asa ab oyj gmbh " +
  "spa s.p.a. srl bv b.v. pte pty kk k.k."
).split(" ");

/**
 * Lower-case word sequences right before a name that make it a company: the object of business verbs and nouns
 * ("analysts at Bernstein", "shares of Baltic Wind", "agreed to acquire Lumen Biotech", "chief executive of …").
 */
export const COMPANY_CUES_BEFORE: readonly string[] = [
  "analysts at", "analyst at", "brokers at", "broker at", "economists at", "economist at", "strategists at", "strategist at", "bankers at", "traders at",
  "shares of", "shares in", "stake in", "stock of", "takeover of", "acquisition of", "bid for", "offer for", "merger with", "merge with", "merged with",
  "merging with", "combine with", "acquire", "acquired", "acquires", "acquiring", "buy", "bought", "buys", "buying", "spin off", "rival",
  "chief executive of", "chief financial officer of", "chief operating officer of", "ceo of", "cfo of", "chairman of", "chairwoman of",
  "founder of", "co-founder of", "shareholders in", "shareholders of", "investors in", "subsidiary of", "unit of", "owner of", "board of",
];

/** Lower-case word sequences right after a name that make it a company ("Quantix shares rose", "Kestrel boss Tom Hughes"). */
export const COMPANY_CUES_AFTER: readonly string[] = [
  "shares", "'s shares", "stock", "shareholders", "chief executive", "chief financial officer", "ceo", "cfo", "chairman", "chairwoman", "boss",
  "analysts", "agreed to buy", "agreed to acquire", "agreed to merge", "agreed to sell", "will acquire", "will merge", "said it would",
  "said it will", "said its", "reported a", "reported revenue", "reported record", "posted a", "posted record", "raised its", "cut its",
  "beat profit", "beat forecasts", "missed forecasts", "raised its price", "kept a buy", "kept a sell",
];

/**
 * Heads that make a capitalised name a place or a facility, never a company in a business cue ("Wall Street analysts").
 */
export const NOT_COMPANY_HEADS: readonly string[] = "street avenue road square boulevard lane".split(" ");

/**
 * Banks, brokers and research houses whose names look like a person's or a place's ("Morgan Stanley", "Raymond James",
 * "Goldman Sachs"), typed ORG wherever they occur. Names that are also common surnames on their own ("Bernstein",
 * "Jefferies") are left to the business cues.
 */
export const FINANCIAL_FIRMS: readonly string[] = [
  "Morgan Stanley", "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "Raymond James", "Keefe, Bruyette & Woods", "Piper Sandler",
  "Wells Fargo", "Charles Schwab", "Edward Jones", "Stifel", "Cowen", "Evercore", "Lazard", "Rothschild & Co", "Berenberg", "Mediobanca",
  "Macquarie", "Nomura", "Mizuho", "Barclays", "HSBC", "UBS", "Citigroup", "Citi", "Deutsche Bank", "BNP Paribas", "Societe Generale",
  "Société Générale", "Credit Suisse", "Credit Agricole", "Crédit Agricole", "Natixis", "Santander", "BBVA", "ING", "Rabobank", "Nordea",
  "DNB", "Danske Bank", "SEB", "Handelsbanken", "Commerzbank", "Bank of America", "BofA Securities", "Liberum", "Numis",
  "Peel Hunt", "Panmure Gordon", "Canaccord Genuity", "RBC Capital Markets", "TD Cowen", "AllianceBernstein", "Moody's",
  "Fitch Ratings", "S&P Global", "Morningstar", "BlackRock", "Blackstone", "KKR", "Carlyle",
];
