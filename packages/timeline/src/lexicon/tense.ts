/**
 * Word lists of the timeline package (tense): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `FUTURE` in `src/tagging/tense.ts`. */
export const futureWords: readonly string[] = [
  "will", "shall", "'ll", "’ll", "wo", "won't", "won’t", "going", "scheduled", "planned", "plans", "plan",
  "expected",
  "expects", "planning", "upcoming", "next", "due", "payable", "would", "tomorrow", "intends", "aims", "deadline",
  "until", "looms",
];

/** Words of `MODAL_FUTURE` in `src/tagging/tense.ts`. */
export const modalFutureWords: readonly string[] = [
  "must", "can", "should", "might",
];

/** Words of `PROSPECTIVE_TO` in `src/tagging/tense.ts`. */
export const prospectiveToWords: readonly string[] = [
  "likely", "poised",
];

/** Words of `PAST` in `src/tagging/tense.ts`. */
export const pastWords: readonly string[] = [
  "said", "was", "were", "had", "did", "ago", "last", "told", "began", "met", "took", "made", "held", "came", "went",
  "announced", "reported", "declared", "confirmed", "agreed", "yesterday", "earlier", "previously", "been", "left",
  "gave", "got", "saw", "spoke", "wrote", "rose", "fell", "won", "lost", "sold", "bought", "paid", "spent", "ended",
  // common irregular past forms
  "brought", "caught", "fought", "sought", "taught", "thought", "found", "became", "chose", "drove", "felt", "flew",
  "forgot", "froze", "grew", "heard", "kept", "knew", "led", "meant", "ran", "sent", "shot", "sank", "slid", "stood",
  "struck", "threw", "understood", "wore", "withdrew", "fled", "built", "dealt", "swept", "overtook", "undertook",
  "arose",
];

/** Words of `REPORTING` in `src/tagging/tense.ts`. */
export const reportingWords: readonly string[] = [
  "said", "says", "say", "told", "announced", "reported", "confirmed", "added", "noted", "stated", "declared",
  "wrote",
];

/** Words of `DETERMINERS` in `src/tagging/tense.ts`. */
export const determinersWords: readonly string[] = [
  "a", "an", "the", "this", "its", "their", "his", "her", "our", "your", "my",
];

/** Words of `DEGREE` in `src/tagging/tense.ts`. */
export const degreeWords: readonly string[] = [
  "very", "more", "most", "less", "least", "so", "too", "still", "much", "newly", "long", "once",
];

/** Words of `SCHEDULED` in `src/tagging/tense.ts`. */
export const scheduledWords: readonly string[] = [
  "due", "scheduled", "expected", "planned", "set", "slated", "supposed",
];

/** Words of `PASSIVE_AUX` in `src/tagging/tense.ts`. */
export const passiveAuxWords: readonly string[] = [
  "be", "been", "being", "is", "are", "am", "get", "gets",
];

/** Words of `PRESENT` in `src/tagging/tense.ts`. */
export const presentWords: readonly string[] = [
  "is", "are", "says", "say", "am", "now", "today", "currently",
  // schedule verbs in the present announce future events ("the Cup begins June 10")
  "begins", "starts", "opens", "ends", "expires", "meets", "closes", "resumes", "runs", "takes", "holds", "hosts",
  "kicks", "arrives", "leaves", "departs",
];

/** Words of `NOT_PAST_ED` in `src/tagging/tense.ts`. */
export const notPastEdWords: readonly string[] = [
  "need", "speed", "red", "bed", "feed", "seed", "indeed", "united", "based", "scheduled", "planned", "expected",
  "proceed", "exceed", "succeed", "hundred", "breed", "weed", "deed", "shed", "embed", "limited", "related",
  "interested", "concerned", "armed", "advanced", "supposed", "detailed", "specialized", "landlocked",
];

/** Words of `TITLES` in `src/tagging/tense.ts`. */
export const titlesWords: readonly string[] = [
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj", "cmdr", "prof",
  "rev",
  "st", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/** Words of `CERTAIN_PAST` in `src/tagging/tense.ts`. */
export const certainPastWords: readonly string[] = [
  "ago", "last", "yesterday", "earlier", "previously", "was", "were", "did", "had",
  "began", "came", "went", "gave", "saw", "spoke", "wrote", "rose", "fell", "took", "became", "chose", "drove",
  "flew",
  "forgot", "froze", "grew", "knew", "ran", "sank", "struck", "threw", "wore", "withdrew", "arose", "overtook",
  "undertook",
];

/** Words of `SUBJECTS` in `src/tagging/tense.ts`. */
export const subjectsWords: readonly string[] = [
  "i", "you", "he", "she", "it", "we", "they", "who", "which", "that",
];

/** Words of `PAST_AUX` in `src/tagging/tense.ts`. */
export const pastAuxWords: readonly string[] = [
  "was", "were", "had", "has", "have",
];

/** Words of `MID_ADVERBS` in `src/tagging/tense.ts`. */
export const midAdverbsWords: readonly string[] = [
  "also", "then", "later", "already", "first", "subsequently", "finally", "eventually", "again", "never",
];
