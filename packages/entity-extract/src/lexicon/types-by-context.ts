/**
 * Word lists that decide a name's type from the words around it (data, read by the gazetteer parser, the event
 * pattern parser and the facility refiner).
 */

/**
 * Party words that are NORP when they stand alone before a lower-case word ("a Republican senator", "Democratic
 * leaders", "Republicans said"); before a capitalised word they are part of a name ("Democratic Party",
 * "Democratic Republic of the Congo").
 */
export const PARTY_NORP: readonly string[] = "republican republicans democrat democrats democratic tory tories".split(" ");

/** Capitalised heads that end a facility's name ("Lincoln Memorial", "Madison Square Garden", "Riverside Centre"). */
export const FACILITY_NAME_HEADS: readonly string[] = (
  "base airbase airport airfield barracks building tower towers stadium arena bridge memorial monument capitol centre center " +
  "garden gardens station terminal prison penitentiary dam mall plaza"
).split(" ");

/** Facility heads that are also surnames: a PERSON mention ending in one is left alone ("John Tower", "Andrew Bridge"). */
export const FACILITY_HEADS_ALSO_SURNAMES: readonly string[] = "tower towers bridge garden gardens station arena".split(" ");

/** Words in a `… Centre`/`… Center` name that make it an organisation, not a building ("Pew Research Center"). */
export const CENTER_ORG_WORDS: readonly string[] = "research policy studies study medical cancer health data control information law justice national operations command intelligence counterterrorism for of".split(" ");

/** Lower-case venue nouns after a name that make the name a facility ("the Pulse nightclub", "the Mar-a-Lago club"). */
export const VENUE_NOUNS: readonly string[] = "nightclub club bar pub restaurant hotel stadium arena mall church mosque synagogue temple theater theatre resort casino cafe".split(" ");

/** Heads of commemorative periods: a capitalised name ending in one is an EVENT ("Black History Month", "Memorial Day"). */
export const OBSERVANCE_HEADS: readonly string[] = "month week day".split(" ");

/** Lower-case nouns after a date that make the date the name of an event ("the September 11 attacks", "the January 6 riot"). */
export const DATED_EVENT_NOUNS: readonly string[] = "attack attacks attackers bombing bombings massacre riot riots insurrection hijackings uprising coup".split(" ");
