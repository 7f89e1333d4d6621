import type { EntityType, Mention } from "../schema.js";
import { getCountryLexicon } from "../lexicon/countries.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { isCapitalised, replaceInside } from "./util.js";
import { CORPORATE_HEADS, CORPORATE_SUFFIXES } from "../lexicon/companies.js";
import { NOT_NAME_START_WORDS } from "../lexicon/common-words.js";
import { NAME_HEAD_JOINERS, TITLE_CASE_MARKER_WORDS } from "../lexicon/function-words.js";
import { AWARD_HEADS, CLUB_HEADS, EVENT_HEADS, LAW_HEADS, ORGANIZATION_FINAL_HEADS, ORGANIZATION_INITIAL_HEADS, WEAK_CORPORATE_HEAD_WORDS } from "../lexicon/head-words.js";
import { NAME_HEAD_HONORIFICS } from "../lexicon/honorifics.js";

/** Corporate heads too common as ordinary capitalised phrases to name a company by themselves ("Black Power", "Clean Water"). */
const WEAK_CORPORATE_HEADS = new Set(WEAK_CORPORATE_HEAD_WORDS);

/** Head words that end an organisation's name ("Sony Records", "Labour Party", "Arsenal FC"). */
export const ORG_FINAL = new Set(ORGANIZATION_FINAL_HEADS);
for (const w of CORPORATE_HEADS) if (!WEAK_CORPORATE_HEADS.has(w)) ORG_FINAL.add(w);
for (const w of CORPORATE_SUFFIXES) ORG_FINAL.add(w);
for (const w of CLUB_HEADS) ORG_FINAL.add(w);
/** Head words that open an organisation's name before "of" ("University of Oxford", "Bank of England"). */
const ORG_INITIAL = new Set(ORGANIZATION_INITIAL_HEADS);
/** Head words that end an event's name ("World Cup", "Vietnam War", "Cannes Film Festival"). */
const EVENT_FINAL = new Set(EVENT_HEADS);
/** Head words that end an award's name ("Nobel Peace Prize", "Grammy Award"): WORK_OF_ART, as OntoNotes marks them. */
const AWARD_FINAL = new Set(AWARD_HEADS);
/** Head words that end a law's or agreement's name ("Patriot Act", "Dayton Accords"). */
const LAW_FINAL = new Set(LAW_HEADS);
/** Lower-case words allowed inside a name between capitalised words. */
const JOINERS = new Set(NAME_HEAD_JOINERS);
/** Capitalised words that do not start a name: sentence-initial function words and adjectives ("Senior", "Former"), days and months. */
const NOT_FIRST = new Set(NOT_NAME_START_WORDS);
/** Honorifics: a run opening with one is a person's name ("Mr. Band"), whatever its last word. */
const HONORIFICS = new Set(NAME_HEAD_HONORIFICS);
/** A first word ending in a hyphenated lower-case modifier ("Republican-controlled", "Clinton-backing", "Bush-era"). */
function isHyphenModifier(word: string): boolean {
  const h = word.lastIndexOf("-");
  if (h <= 0 || h === word.length - 1) return false;
  const c = word.charAt(h + 1);
  return c !== c.toUpperCase();
}

/** Function words that a name writes in lower case: capitalised inside a run, they mark title-case text ("Remain In European Union"). */
const TITLE_CASE_MARKERS = new Set(TITLE_CASE_MARKER_WORDS);
const MAX_RUN = 8;
/** A capital initial with its period ("J."); a module constant, as a literal in the loop would be a new object each time. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Multi-word capitalised names whose head word gives their type: organisation heads at the end
 * ("Sony Records", "Labour Party", "Arsenal FC", "Security Council") or before "of"
 * ("University of Oxford", "Bank of England") make an ORG, event heads ("World Cup",
 * "Vietnam War", "Cannes Film Festival") an EVENT, award heads ("Nobel Peace Prize", "Grammy Award")
 * a WORK_OF_ART, law heads ("Clean Air Act", "Dayton Accords") a LAW. The name replaces mentions inside it
 * (the tagger often finds only "Sony" or "Oxford"); a mention that crosses its edges wins,
 * and country names ("Soviet Union") are left alone. Headlines are skipped, and so are runs in title case
 * (a capitalised "Of", "In", "For", "The" … inside: "Remain In European Union"), sentence-initial
 * function words ("To Montclair State University" → "Montclair State University") and hyphenated
 * modifiers ("the Republican-controlled Congress") stay outside, and a run that opens with an honorific
 * or has an initial before its last word is a person's ("Mr. Band", "Douglas J. Band").
 *
 * @returns A refiner named `name-head`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("She signed with Sony Records in 1999.").mentions[0]?.type; // "ORG"
 * ```
 */
export function createNameHeadRefiner(): Refiner {
  return {
    name: "name-head",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      const lex = getCountryLexicon();
      const found: Mention[] = [];
      for (let i = 0; i < tokens.length; ) {
        const t = tokens[i]!;
        if (!isCapitalised(t.text) || t.headline) {
          i++;
          continue;
        }
        // A run of capitalised words, joined by lower-case connectors ("Bank of the West").
        let end = i + 1;
        let last = i;
        while (end < tokens.length && end - i < MAX_RUN && tokens[end]!.sentence === t.sentence) {
          const u = tokens[end]!;
          if (isCapitalised(u.text)) last = end;
          // "the" joins only after another connector ("Bank of the West"), not two names ("after the Vietnam War the Soviet Union").
          else if (!JOINERS.has(u.text) || (u.text === "the" && !JOINERS.has(tokens[end - 1]!.text))) break;
          end++;
        }
        end = last + 1;
        let first = i;
        // Function words, days and months capitalised at a sentence start are not part of the name.
        while (first < end - 1 && NOT_FIRST.has(tokens[first]!.lower)) first++;
        // "the Republican-controlled Congress": the hyphenated modifier is not part of the name.
        while (first < end - 1 && isHyphenModifier(tokens[first]!.text)) first++;
        // "Mr. Band", "Douglas J. Band": a person's name, whatever its last word.
        if (HONORIFICS.has(tokens[first]!.lower) || (end - first >= 2 && INITIAL.test(tokens[end - 2]!.text))) {
          i = end;
          continue;
        }
        // Title-case text ("Board Of Election Finds", "OBAMA'S LAST STATE OF THE UNION") capitalises function words; its runs are not names.
        let titleCase = false;
        for (let k = first + 1; k < end - 1 && !titleCase; k++) if (TITLE_CASE_MARKERS.has(tokens[k]!.lower) && isCapitalised(tokens[k]!.text)) titleCase = true;
        if (titleCase) {
          i = end;
          continue;
        }
        let type: EntityType | null = null;
        const headLast = tokens[end - 1]!.lower;
        if (end - first >= 3 && ORG_INITIAL.has(tokens[first]!.lower) && tokens[first + 1]!.lower === "of") type = "ORG";
        else if (ORG_FINAL.has(headLast) || EVENT_FINAL.has(headLast) || AWARD_FINAL.has(headLast) || LAW_FINAL.has(headLast)) {
          // A head at the end names only the words after the last connector ("Noaman Gomaa of the Wafd Party"),
          // without a leading nationality ("the Chinese Foreign Ministry": NORP + ORG, as OntoNotes marks it).
          for (let k = end - 2; k >= first; k--) {
            if (!isCapitalised(tokens[k]!.text) && tokens[k]!.text !== "&") {
              first = k + 1;
              break;
            }
          }
          while (first < end - 1 && (lex.countryByDemonym.has(tokens[first]!.lower) || lex.groupNorp.has(tokens[first]!.lower))) first++;
          if (end - first >= 2) type = ORG_FINAL.has(headLast) ? "ORG" : EVENT_FINAL.has(headLast) ? "EVENT" : AWARD_FINAL.has(headLast) ? "WORK_OF_ART" : "LAW";
        } else if (end - first === 1 && headLast === "olympics") type = "EVENT";
        const n = end - first;
        if (type && n >= 1) {
          const start = tokens[first]!.start;
          const stop = tokens[end - 1]!.end;
          let phrase = tokens[first]!.lower;
          for (let k = first + 1; k < end; k++) phrase += " " + tokens[k]!.lower;
          if (!lex.countryByName.has(phrase) && !lex.cities.has(phrase) && !lex.locations.has(phrase)) {
            found.push({ docId, start, end: stop, text: docText.slice(start, stop), type, confidence: 0.75, source: "name-head", flags: [] });
          }
        }
        i = end;
      }
      if (!found.length) return mentions;
      return replaceInside(mentions, found, (same, f) => same.type === f.type || same.source === "acronym" || same.source === "pattern");
    },
  };
}
