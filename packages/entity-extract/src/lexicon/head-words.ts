/**
 * Head words: nouns that end (or begin) a name and give its type, or that a name stands before. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Geographic head nouns ("sea", "river", "island"): a name ending in one is a place, never a short form of another name. */
export const GEOGRAPHIC_HEADS: readonly string[] = [
  "sea", "ocean", "river", "lake", "mountains", "island", "islands", "bay", "gulf", "valley", "desert", "peninsula",
  "strait", "canal", "coast",
];

/** Generic organisation heads ("senate", "ministry", "police"): a bare one is not a short form of a longer organisation name. */
export const GENERIC_ORGANIZATION_HEADS: readonly string[] = [
  "senate", "house", "congress", "parliament", "assembly", "council", "government", "administration", "cabinet",
  "court", "police", "department", "ministry", "office", "agency", "army", "navy", "military", "guard", "university",
  "college", "school", "hospital", "church", "city", "county", "state", "district", "party", "committee",
  "commission", "board", "bank", "airport", "station", "stadium",
];

/** Corporate heads too common as ordinary capitalised phrases to name a company by themselves ("Black Power", "Clean Water"). */
export const WEAK_CORPORATE_HEAD_WORDS: readonly string[] = [
  "power", "air", "water", "food", "gas", "oil", "financial", "insurance",
];

/** Head words that end an organisation's name ("Records", "Party", "FC", "Council"). */
export const ORGANIZATION_FINAL_HEADS: readonly string[] = [
  "records", "recordings", "label", "college", "school", "academy", "club", "fc", "f.c.", "afc", "band", "orchestra",
  "choir", "ensemble", "society", "foundation", "federation", "league", "union", "airlines", "airways", "studios",
  "pictures", "entertainment", "productions", "publishing", "publishers", "press", "magazine", "journal", "railway",
  "railways", "railroad", "regiment", "battalion", "division", "squadron", "fleet", "infantry", "cavalry",
  "artillery", "legion", "guards", "senate", "assembly", "parliament", "congress", "board", "bureau", "authority",
  "trust", "fund", "institution", "laboratory", "laboratories", "labs", "systems", "technologies", "software",
  "motors", "industries", "holdings", "partners", "bros.", "co.", "corp.", "corp", "plc", "llc", "ltd", "inc",
  "gmbh", "commission", "tribunal", "secretariat", "directorate", "alliance", "coalition", "council", "party",
  "university", "institute", "association", "committee", "corporation", "company", "ministry", "department",
  "agency", "bank", "organization", "organisation", "movement", "network",
];

/** Head words that begin an organisation's name before "of" ("University of Oxford", "Bank of England"). */
export const ORGANIZATION_INITIAL_HEADS: readonly string[] = [
  "university", "college", "school", "academy", "institute", "bank", "church", "ministry", "department", "council",
  "society", "association", "league", "federation", "union", "house", "board", "bureau", "order",
];

/** Head words that end an event's name ("World Cup", "Vietnam War"). */
export const EVENT_HEADS: readonly string[] = [
  "cup", "championship", "championships", "olympics", "games", "festival", "tournament", "prix", "marathon", "war",
  "revolution", "uprising", "rebellion", "massacre", "summit",
];

/** Head words that end an award's name ("Nobel Peace Prize"). */
export const AWARD_HEADS: readonly string[] = [
  "award", "awards", "prize", "medal", "trophy",
];

/** Head words that end a law's or treaty's name ("Clean Air Act", "Dayton Accords"). */
export const LAW_HEADS: readonly string[] = [
  "act", "accord", "accords", "treaty",
];

/** Lower-case nouns that take a leader's name: "the Biden administration", "the Trump campaign". */
export const LEADER_HEADS: readonly string[] = [
  "administration", "administrations", "campaign", "presidency",
];

/** Nouns that take a leader's or a party's name ("the Netanyahu government", "the Labour government"). */
export const GOVERNMENT_HEADS: readonly string[] = [
  "government", "cabinet",
];

/** First words of two-word office titles ("Majority Leader", "Attorney General"): not part of the name before them. */
export const TITLE_OPENERS: readonly string[] = [
  "majority", "minority", "attorney", "solicitor", "surgeon", "inspector", "district", "circuit",
];

/** Nouns that head an appositive role after a name ("chief", "spokesman", "leader"). */
export const APPOSITIVE_HEADS: readonly string[] = [
  "chief", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "deputy", "assistant", "director",
  "founder", "leader", "member", "chairman", "minister", "secretary", "ambassador", "envoy", "president", "adviser",
  "advisor", "official", "general", "colonel", "officer",
];

/** Head words that make a name an organisation ("Africa Corps", "Wagner Group", "Ministry"). */
export const ORGANIZATION_HEADS: readonly string[] = [
  "corps", "group", "command", "department", "ministry", "committee", "council", "party", "agency", "army", "forces",
  "navy", "bank", "company", "corporation", "inc.", "ltd.", "university", "institute", "association", "organization",
  "organisation", "front", "movement", "brigade", "brigades", "commission", "court", "office", "service", "police",
  "guard", "network", "news", "times", "post",
];

/** Compass-point nouns that name a region of the world after "the" ("the West"): LOC, not a GPE. */
export const REGION_NOUN_WORDS: readonly string[] = [
  "West", "East", "Occident", "Orient",
];

/** Legal-form words that end an organisation's name ("Microsoft Corp.", "Apple Inc."), lower case without the full stop. */
export const LEGAL_FORM_WORDS: readonly string[] = ["inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "ag", "sa", "gmbh", "limited", "incorporated"];

/** Heads written before "of" in a government body's name ("Department of Defense" is the "Defense Department"). */
export const BODY_OF_HEADS: readonly string[] = ["department", "ministry", "office", "bureau", "secretary"];

/** Last words of football clubs named after their town ("Harlow United", "Bristol Rovers", "Wigan Athletic"). */
export const CLUB_HEADS: readonly string[] = ["united", "rovers", "wanderers", "athletic", "albion", "hotspur"];
