/**
 * A small news event lexicon: trigger words (verb forms and event nouns)
 * grouped into classes, so that "scrapping", "terminated" and "canceled" name
 * the same kind of event. Users may pass their own to {@link buildTimeline}.
 */

/** Trigger word (lower case) → event class. */
export type EventLexicon = Readonly<Record<string, string>>;

const CLASSES: Record<string, string[]> = {
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

/** Classes weighed as less specific when choosing a sentence's trigger. */
export const WEAK_CLASSES: ReadonlySet<string> = new Set(["statement", "begin", "agreement"]);

/**
 * The class of `word` in `lexicon`, or `undefined`. Only the lexicon's own
 * entries count: a word such as "constructor" or "__proto__" in an article
 * must not find `Object.prototype`'s members in a lexicon written as a
 * plain object.
 *
 * @param lexicon - Trigger word → class.
 * @param word - A lower-cased word.
 * @returns The word's class, or `undefined` when the lexicon has no entry.
 */
export function eventClassOf(lexicon: EventLexicon, word: string): string | undefined {
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}

/**
 * The base form of an irregular past-tense word (see {@link IRREGULAR_PAST}), or `undefined`.
 *
 * @param word - A lower-cased word.
 * @returns Its base form, or `undefined` when it is not an irregular past form.
 */
export function irregularBaseOf(word: string): string | undefined {
  return Object.hasOwn(IRREGULAR_PAST, word) ? IRREGULAR_PAST[word] : undefined;
}

/** The default lexicon. */
export const DEFAULT_EVENT_LEXICON: EventLexicon = (() => {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [cls, words] of Object.entries(CLASSES)) for (const w of words) if (!Object.hasOwn(out, w)) out[w] = cls;
  return out;
})();

/**
 * Common irregular past forms → base form: past-tense triggers that do not
 * end in -ed ("fought", "sold", "won"), and the base the cross-document merge
 * compares ("fought" and "fighting" both → "fight").
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  fought: "fight", took: "take", won: "win", lost: "lose", gave: "give", began: "begin", sold: "sell", bought: "buy",
  left: "leave", held: "hold", led: "lead", paid: "pay", struck: "strike", wrote: "write", spoke: "speak", broke: "break",
  chose: "choose", grew: "grow", sent: "send", sought: "seek", stood: "stand", told: "tell", went: "go", came: "come",
  brought: "bring", built: "build", kept: "keep", fell: "fall", rose: "rise", ran: "run", met: "meet", made: "make",
  saw: "see", knew: "know", drove: "drive", flew: "fly", threw: "throw", caught: "catch", spent: "spend", withdrew: "withdraw",
  overthrew: "overthrow", swore: "swear", tore: "tear", hid: "hide", froze: "freeze", stole: "steal", shot: "shoot", fled: "flee",
};
