/**
 * Word lists of the timeline package (durations): data, read by the code named on each list.
 * Each list is deduplicated (test/lexicon.test.ts checks it).
 */

/** Words of `PERSON_NOUNS` in `src/parsers/duration-parsers.ts`. */
export const personNounsWords: readonly string[] = [
  "boy", "girl", "son", "daughter", "child", "children", "kid", "baby", "infant", "toddler", "teen", "teenager",
  "youth",
  "man", "woman", "men", "women", "mother", "father", "mom", "dad", "wife", "husband", "brother", "sister",
  "grandson",
  "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin", "uncle", "aunt", "widow", "widower",
  "student", "pupil", "suspect", "victim", "patient", "resident", "immigrant", "refugee", "citizen", "native",
  "veteran",
  "soldier", "officer", "guard", "doctor", "physician", "nurse", "lawyer", "judge", "priest", "rabbi", "imam",
  "pilot",
  "actor", "actress", "author", "mayor", "senator", "governor", "president", "chairman", "executive", "official",
  "leader", "activist", "protester", "protestor", "worker", "employee", "farmer", "driver", "gunman", "survivor",
  "friend", "neighbor", "neighbour", "person", "people", "rafter", "castaway", "who", "whose", "pope", "cardinal",
  "king",
  "queen", "prince", "princess", "bishop", "monk", "nun", "cleric", "dissident", "detainee", "prisoner", "inmate",
  "hostage",
  "defendant", "lawmaker", "legislator", "diplomat", "envoy", "minister", "athlete", "star", "girlfriend",
  "boyfriend",
  "fiancee", "fiance", "orphan", "twin", "twins", "sibling", "siblings", "grandchild", "grandchildren", "heir",
  "candidate",
];

/** Words of `THING_ER` in `src/parsers/duration-parsers.ts`. */
export const thingErWords: readonly string[] = [
  "center", "centre", "order", "tower", "water", "computer", "container", "theater", "theatre", "charter",
  "corridor", "sector", "motor", "reactor", "quarter", "border", "carrier", "river", "shelter", "paper", "number",
  "letter", "matter", "power", "chapter", "monitor", "tractor", "harbor", "harbour", "corner", "trailer", "bunker",
  "tanker", "fighter", "bomber", "freighter", "cruiser", "destroyer", "transporter", "after",
];

/** Words of `AGE_WORDS` in `src/parsers/duration-parsers.ts`. */
export const ageWords: readonly string[] = [
  "age", "ages", "aged",
];

/** Words of `RANGE_WORDS` in `src/parsers/duration-parsers.ts`. */
export const rangeWords: readonly string[] = [
  "to", "and", "or", "-", "–", "through",
];

/** Approximation and bound modifiers before a duration ("about three weeks"): `parsers/duration-parsers.ts`. */
export const durationModifierWords: readonly string[] = [
  "about", "around", "approximately", "roughly", "nearly", "almost", "more than", "less than", "fewer than", "at least", "up to", "at most", "no more than", "longer than", "some",
];

/** Words after a duration that make it an offset ("three days ago"): `parsers/duration-parsers.ts`. */
export const durationOffsetWords: readonly string[] = ["ago", "earlier", "before", "from now"];

/** Relations before a duration range ("the next two to three weeks"): `parsers/duration-parsers.ts`. */
export const durationRangeRelationWords: readonly string[] = ["the next", "the past", "the last", "the first"];

/** Relation words before a duration ("the past three weeks"): `parsers/duration-parsers.ts`. */
export const durationRelationWords: readonly string[] = [
  "past", "last", "next", "coming", "first", "previous", "following", "final", "recent", "latest", "prior", "other", "remaining", "same", "initial",
];

/** Adjectives between a number and its unit ("three straight days"): `parsers/duration-parsers.ts`. */
export const durationUnitAdjectives: readonly string[] = [
  "more", "additional", "extra", "straight", "consecutive", "full", "trading", "business", "working", "calendar",
];

/** Frequency adverbs ("annually"): `parsers/duration-parsers.ts`. */
export const frequencyAdverbs: readonly string[] = ["yearly", "annually", "hourly", "nightly", "daily", "weekly", "monthly"];

/** Determiners of a frequency's unit ("twice a week"): `parsers/duration-parsers.ts`. */
export const frequencyDeterminerWords: readonly string[] = ["a", "an", "per", "each", "every"];

/** Units of a frequency ("twice a week"): `parsers/duration-parsers.ts`. */
export const frequencyUnitWords: readonly string[] = ["day", "week", "month", "year", "quarter", "hour", "minute", "decade"];

/** Units before "-long" ("a week-long strike"): `parsers/duration-parsers.ts`. */
export const longUnitWords: readonly string[] = ["hour", "day", "week", "month", "year", "decade", "century"];

/** Vague duration phrases ("for a while"): `parsers/duration-parsers.ts`. */
export const vagueDurationPhrases: readonly string[] = ["a while", "some time", "quite some time", "a long while"];

/** Plural units of a vague duration ("for weeks"): `parsers/duration-parsers.ts`. */
export const vagueDurationUnitWords: readonly string[] = ["days", "weeks", "months", "years", "decades", "centuries"];

/** Suffixes of nouns for people ("spokesman", "analysts"): `parsers/duration-parsers.ts`. */
export const personNounSuffixes: readonly string[] = ["man", "men", "ist", "ists", "ian", "ians", "er", "ers", "or", "ors"];

/** Words before a number and unit that make it a count or an amount, not a duration ("million years", "three times"): `durationParser`. */
export const countWords: readonly string[] = ["million", "billion", "thousand", "times", "once", "twice", "cents"];

/** Words ending in "s" that may stand before a duration ("it takes three days"; any other plural-looking word rules the duration out): `durationParser`. */
export const sEndingVerbWords: readonly string[] = ["was", "has", "takes", "lasts", "this", "its", "needs"];

/** Words after "a second" that keep it a unit of time ("a second or two"): `durationParser`. */
export const ordinalSecondConnectiveWords: readonly string[] = ["or", "and", "to"];

/** Words after "the days"/"the weeks" that put the stretch next to an event ("the days after the vote"): `vagueDurationParser`. */
export const eventRelationWords: readonly string[] = ["before", "after", "following", "preceding", "leading", "prior"];

/** Words before a bare plural unit that make it a stretch of time ("for weeks", "took months"): `vagueDurationParser`. */
export const vagueDurationPreviousWords: readonly string[] = ["for", "within", "after", "over", "took", "take", "takes", "last", "lasted", "in"];
