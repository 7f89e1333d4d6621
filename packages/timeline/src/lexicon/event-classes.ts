/**
 * Event words of the timeline package: data, read by `src/events/event-lexicon.ts`.
 * Each list is deduplicated (test/lexicon.test.ts checks it, also inside records of lists).
 */

/**
 * Trigger words (verb forms and event nouns) by event class, in the order the
 * default lexicon is built (a word listed under two classes keeps the first).
 */
export const eventClassWords: Readonly<Record<string, readonly string[]>> = {
  coup: ["coup", "coups", "seized", "putsch", "takeover", "ousted", "ouster", "overthrew", "overthrow", "toppled", "deposed"],
  "end-agreement": [
    "ended", "ending", "end", "ends", "terminated", "terminate", "termination", "terminating", "scrapping", "scrapped", "scrap",
    "canceled", "cancelled", "cancel", "canceling", "revoked", "revoke", "renounced", "renounce", "annulled", "tore", "suspended", "suspend",
  ],
  talks: [
    "talks", "talk", "discussions", "discussion", "negotiations", "negotiation", "negotiated", "negotiate", "meet", "met", "meeting",
    "meetings", "meets", "conversations", "dialogue", "summit", "consultations",
  ],
  visit: ["visit", "visited", "visits", "trip", "traveled", "travelled", "travel", "arrived", "arrival", "arrive"],
  withdrawal: ["withdraw", "withdrawal", "withdrawing", "withdrew", "withdrawn", "pullout", "pull-out", "departure", "depart", "leave", "exit", "drawdown"],
  briefing: ["briefed", "briefing", "brief", "press conference"],
  agreement: ["agreement", "accord", "deal", "agreed", "agree", "reached", "signed", "pact"],
  protest: ["protest", "protests", "protested", "protesters", "demonstrators", "demonstration", "rally", "rallied"],
  deadline: ["deadline", "expire", "expires", "expiry"],
  begin: ["began", "begin", "begun", "begins", "started", "start", "initiated", "initiate", "launched", "launch", "opened"],
  statement: ["said", "says", "announced", "announce", "confirmed", "confirm", "declared", "declare", "reported", "told", "statement", "post", "stated"],
  attack: ["attack", "attacked", "attacks", "killed", "bombing", "strike", "strikes", "clashes", "fighting", "fought", "fight", "fights"],
  election: ["election", "elections", "vote", "voted", "elected", "referendum"],
  appointment: ["appointed", "named", "installed", "nominated", "sworn"],
  aid: ["aid", "assistance", "sanctions", "sanctioned"],
  deployment: ["deployed", "deployment", "stationed", "sent", "arrive", "dispatched"],
  death: ["died", "killed", "death", "dead"],
  arrest: ["arrested", "arrest", "detained", "detention", "custody"],
  establish: ["establish", "established", "built", "founded", "created", "opened"],
};

/** Classes weighed as less specific when choosing a sentence's trigger (`WEAK_CLASSES`). */
export const weakEventClasses: readonly string[] = ["statement", "begin", "agreement"];

/** Common irregular past forms → base form (`IRREGULAR_PAST`). */
export const irregularPastForms: Readonly<Record<string, string>> = {
  fought: "fight", took: "take", won: "win", lost: "lose", gave: "give", began: "begin", sold: "sell", bought: "buy",
  left: "leave", held: "hold", led: "lead", paid: "pay", struck: "strike", wrote: "write", spoke: "speak", broke: "break",
  chose: "choose", grew: "grow", sent: "send", sought: "seek", stood: "stand", told: "tell", went: "go", came: "come",
  brought: "bring", built: "build", kept: "keep", fell: "fall", rose: "rise", ran: "run", met: "meet", made: "make",
  saw: "see", knew: "know", drove: "drive", flew: "fly", threw: "throw", caught: "catch", spent: "spend", withdrew: "withdraw",
  overthrew: "overthrow", swore: "swear", tore: "tear", hid: "hide", froze: "freeze", stole: "steal", shot: "shoot", fled: "flee",
};
