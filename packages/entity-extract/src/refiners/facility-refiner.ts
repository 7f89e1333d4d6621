import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { TAGGER_TYPES } from "../tagger/labels.js";
import { isCapitalised, tokenRange } from "./util.js";

import { getCountryLexicon } from "../lexicon/countries.js";
import { CENTER_ORG_WORDS, FACILITY_HEADS_ALSO_SURNAMES, FACILITY_NAME_HEADS, VENUE_NOUNS } from "../lexicon/types-by-context.js";
import { mentionWith } from "../pipeline/mention-shape.js";

/** Capitalised head words that make a name a facility ("Air Base", "Kennedy Airport", "Lincoln Memorial"). */
const FACILITY_HEADS = new Set(FACILITY_NAME_HEADS);
const SURNAME_HEADS = new Set(FACILITY_HEADS_ALSO_SURNAMES);
const CENTER_ORG = new Set(CENTER_ORG_WORDS);
const VENUES = new Set(VENUE_NOUNS);
/**
 * From this tagger margin for ORG at a `Center`/`Centre` head the name stays an organisation (chosen on the tuning
 * split with `scripts/tune.ts`: 0 against 8, and against vetoing every facility head, which costs UNER's air bases).
 */
const KEEP_ORG_CENTER_AT = 0;
const ORG_INDEX = TAGGER_TYPES.indexOf("ORG");
/** The tagger's margin for ORG at a token it typed ORG; -Infinity where it chose anything else. */
function headSupport(context: ExtractionContext, k: number): number {
  const d = context.tagger;
  return d && d.types[k] === ORG_INDEX ? d.margins[k]! : -Infinity;
}
/** At most this many capitalised words after the name, the head included ("Air Base", "International Airport"). */
const MAX_EXTRA_TOKENS = 2;

function isNumber(s: string): boolean {
  if (s.length === 0 || s.length > 6) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A name followed, within two capitalised words, by a facility head word
 * ("US Air Base 201", "Incirlik Air Base", "Kennedy Airport") names the
 * facility: the mention grows over the head (and a number right after it,
 * "Air Base 201") and becomes FAC, replacing the tagger's cut-off "US Air"
 * (GPE) or "Kennedy" (PERSON). Mentions that already end in the head become
 * FAC too, except a `… Center`/`… Centre` the tagger typed ORG at its head word, or one with an
 * organisation word in it ("Pew Research Center"). Mentions the extension would swallow are dropped. Headline words
 * are all capitalised, so mentions in headlines are left alone.
 *
 * @returns A refiner named `facility`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("Troops are stationed at US Air Base 201.").mentions[0]; // { text: "US Air Base 201", type: "FAC", … }
 * ```
 */
export function createFacilityRefiner(): Refiner {
  return {
    name: "facility",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, text: docText } = context;
      const out: Mention[] = [];
      let swallowedUntil = -1;
      for (const m of mentions) {
        if (m.start < swallowedUntil) continue;
        const r = tokenRange(m, context);
        // Headlines capitalise every word ("Niger Base Closes"): no evidence there.
        if (!r || m.type === "NORP" || tokens[r[0]]!.headline) {
          out.push(m);
          continue;
        }
        const sentence = tokens[r[0]]!.sentence;
        // "the Pulse nightclub", "the Mar-a-Lago club": a name before a lower-case venue noun is the venue (a place's
        // name stays a place: "an Orlando nightclub"; before "club" it is the football club: "the Leeds club").
        const venueAt = VENUES.has(tokens[r[1] - 1]!.lower) && r[1] - r[0] > 1 && !isCapitalised(tokens[r[1] - 1]!.text) ? r[1] - 1 : tokens[r[1]] && tokens[r[1]]!.sentence === sentence && VENUES.has(tokens[r[1]]!.text) ? r[1] : -1;
        // Only after "the" ("the Pulse nightclub"): "in Lublin stadium" names the town's stadium, not a venue called Lublin.
        const afterThe = r[0] > 0 && tokens[r[0] - 1]!.lower === "the" && tokens[r[0] - 1]!.sentence === sentence;
        if (venueAt >= 0 && afterThe && (m.type === "GPE" || m.type === "ORG" || m.type === "PERSON" || m.type === "LOC")) {
          const end = tokens[venueAt === r[1] - 1 ? venueAt - 1 : r[1] - 1]!.end;
          const phrase = docText.slice(m.start, end).toLowerCase();
          const lex = getCountryLexicon();
          const place = lex.cities.has(phrase) || lex.countryByName.has(phrase) || lex.countryByCapital.has(phrase) || lex.locations.has(phrase);
          // "a Sunni Muslim mosque", "a Kurdish restaurant": a group's name before a venue noun describes it.
          let group = false;
          for (let k = r[0]; k < r[1] && !group; k++) group = lex.groupNorp.has(tokens[k]!.lower) || lex.countryByDemonym.has(tokens[k]!.lower);
          if (group) {
            out.push(m);
            continue;
          }
          const type = place ? (tokens[venueAt]!.lower === "club" ? "ORG" : m.type) : "FAC";
          out.push(type === m.type && end === m.end ? m : mentionWith(m, { end, text: docText.slice(m.start, end), type, source: "facility" }, type === "FAC" ? "refersTo" : undefined));
          continue;
        }
        const lastLower = tokens[r[1] - 1]!.lower;
        let head = FACILITY_HEADS.has(lastLower) && isCapitalised(tokens[r[1] - 1]!.text) && r[1] - r[0] > 1 && !(m.type === "PERSON" && SURNAME_HEADS.has(lastLower)) ? r[1] - 1 : -1;
        // A single-word facility name: "the Capitol".
        if (head < 0 && r[1] - r[0] === 1 && lastLower === "capitol" && m.type !== "PERSON") head = r[0];
        // The tagger may already include the number: "US Air Base 201".
        if (head < 0 && r[1] - r[0] > 2 && isNumber(tokens[r[1] - 1]!.text) && FACILITY_HEADS.has(tokens[r[1] - 2]!.lower)) head = r[1] - 2;
        for (let k = r[1]; head < 0 && k < r[1] + MAX_EXTRA_TOKENS + 1 && k < tokens.length; k++) {
          const t = tokens[k]!;
          if (t.sentence !== sentence || t.start !== tokens[k - 1]!.end + 1 || !isCapitalised(t.text)) break;
          if (FACILITY_HEADS.has(t.lower)) head = k;
        }
        // "Pew Research Center", "Center for Strategic Studies": an organisation, not a building.
        if (head >= 0 && (tokens[head]!.lower === "center" || tokens[head]!.lower === "centre")) {
          for (let k = r[0]; k < Math.max(r[1], head + 1) && head >= 0; k++) if (CENTER_ORG.has(tokens[k]!.lower)) head = -1;
        }
        // "… Action Center", "… Coordination Centre": a Center the tagger itself read as an organisation, whole and
        // surely, stays one (centres are as often bodies as buildings; the tagger saw the words around it).
        if (head >= 0 && head < r[1] && m.type === "ORG" && m.source === "tagger" && (tokens[head]!.lower === "center" || tokens[head]!.lower === "centre") && headSupport(context, head) >= KEEP_ORG_CENTER_AT) head = -1;
        if (head < 0) {
          out.push(m);
          continue;
        }
        let last = head;
        const num = tokens[head + 1];
        if (num && num.sentence === sentence && num.start === tokens[head]!.end + 1 && isNumber(num.text)) last = head + 1;
        const end = Math.max(m.end, tokens[last]!.end);
        swallowedUntil = end;
        // A facility stands for nothing else: no refersTo, no metonymy flag.
        out.push(mentionWith(m, { end, text: docText.slice(m.start, end), type: "FAC", source: "facility", flags: m.flags.filter((f) => f !== "metonymy") }, "refersTo"));
      }
      return out;
    },
  };
}
