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
