import { isCapitalised } from "@newsparse/corpus-loader";
import { getCountryLexicon } from "../lexicon/countries.js";
import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Parser } from "../pipeline/types.js";
import { getPhraseFirstWords } from "../tagger/gazetteer-classes.js";
import { PARTY_NORP } from "../lexicon/types-by-context.js";
import { newMention } from "../pipeline/mention-shape.js";

const PARTY = new Set(PARTY_NORP);

/** Seats of government used for their governments: mention → country. */
const SEATS = new Map<string, string>([
  ["kremlin", "Russia"],
  ["white house", "United States"],
  ["downing street", "United Kingdom"],
  ["élysée", "France"],
  ["elysee", "France"],
  ["zhongnanhai", "China"],
]);

let capsAliases: Set<string> | undefined;
/** Two capitals opening a word (module constants: a regular-expression literal in a loop is a new object each time). */
const TWO_CAPITALS = /^\p{Lu}{2}/u;
/** Every period (for `replace`, which starts a global search from the beginning each time). */
const PERIODS = /\./g;

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** A neighbour in the sentence is a word of two or more capitals too (a heading in capitals). */
function inCapsRun(tokens: ExtractionContext["tokens"], i: number, first: number, end: number): boolean {
  for (const j of [i - 1, i + 1]) {
    if (j < first || j >= end) continue;
    const w = tokens[j]!.text;
    if (w.length >= 2 && isAllCaps(w) && TWO_CAPITALS.test(w)) return true;
  }
  return false;
}

/**
 * Gazetteer parser: countries and their aliases (GPE), demonyms and
 * nationalities (NORP, `refersTo` the country), capitals (GPE), and seats of
 * government (ORG, flagged `metonymy`). Only capitalised phrases match;
 * longest match wins. The overlap refiner lets the tagger's span and type win
 * where both found something, so the gazetteer fills gaps and adds `refersTo`.
 * Languages, religions and ideologies (`Swahili`, `Lutheran`, `Islamist`, `Western`) are
 * NORP, and so are party words before a lower-case word (`a Republican senator`, `Democratic leaders`, `Republicans`;
 * not `Democratic Party`). (Regions, cities and other groups are tagger features only:
 * adding them as mentions cost precision on held-out news.) An abbreviation the gazetteer writes
 * in capitals matches only in capitals ("US", not "Got Us Thinking"), and in a run of capitals
 * ("TURKEY CAR BOMB ATTACK", "FEELING THE BERN") a word of four letters or fewer is no match.
 *
 * @returns A parser named `gazetteer`.
 * @example
 * ```ts
 * import { createEntityExtractor, createGazetteerParser } from "@newsparse/entity-extract";
 *
 * createEntityExtractor({ parsers: [createGazetteerParser()], refiners: [] }).extract("Nigerien officials").mentions[0]?.refersTo; // "Niger"
 * ```
 */
export function createGazetteerParser(): Parser {
  return {
    name: "gazetteer",
    parse(context: ExtractionContext): Mention[] {
      const lex = getCountryLexicon();
      const firsts = getPhraseFirstWords();
      capsAliases ??= new Set(lex.countries.flatMap((c) => c.aliases.filter((a) => a === a.toUpperCase()).map((a) => a.toLowerCase())));
      const caps = capsAliases;
      const { tokens, docId, text: docText } = context;
      const out: Mention[] = [];
      for (const s of context.sentences) {
        let i = s.first;
        while (i < s.end) {
          const t = tokens[i]!;
          if (!isCapitalised(t.text)) {
            i++;
            continue;
          }
          let matched = 0;
          const maxLen = firsts.has(t.lower) || t.lower === "white" || t.lower === "downing" ? Math.min(lex.maxWords, s.end - i) : 1;
          for (let len = maxLen; len >= 1 && !matched; len--) {
            const last = tokens[i + len - 1]!;
            // Phrase words must be adjacent (single spaces or hyphens), not across punctuation.
            let phrase = t.lower;
            let ok = true;
            for (let k = 1; k < len; k++) {
              const prev = tokens[i + k - 1]!;
              const cur = tokens[i + k]!;
              if (cur.start - prev.end > 1) ok = false;
              phrase += " " + cur.lower;
            }
            if (!ok) continue;
            if (len > 1 && !isCapitalised(last.text)) continue;
            let type: EntityType | null = null;
            let refersTo: string | undefined;
            // The flag list is made only for a match (this runs for every capitalised word and phrase length).
            let metonymy = false;
            const seat = SEATS.get(phrase);
            if (seat) {
              type = "ORG";
              refersTo = seat;
              metonymy = true;
            } else if (lex.countryByName.has(phrase)) {
              type = "GPE";
              refersTo = lex.countryByName.get(phrase);
            } else if (lex.countryByDemonym.has(phrase)) {
              type = "NORP";
              refersTo = lex.countryByDemonym.get(phrase);
            } else if (lex.countryByCapital.has(phrase)) type = "GPE";
            else if (len === 1 && lex.norpWords.has(phrase)) type = "NORP";
            else if (len === 1 && PARTY.has(phrase) && !(i + 1 < s.end && isCapitalised(tokens[i + 1]!.text))) type = "NORP";
            if (!type) continue;
            if (len === 1 && caps.has(phrase) && !isAllCaps(t.text)) continue;
            if (len === 1 && isAllCaps(t.text) && t.text.replace(PERIODS, "").length <= 4 && inCapsRun(tokens, i, s.first, s.end)) continue;
            // "the" is part of a few names only; single short all-caps words like "US" need care: accept.
            matched = len;
            const text = docText.slice(t.start, last.end);
            const found = newMention(docId, t.start, last.end, text, type, 0.9, "gazetteer", metonymy ? ["metonymy"] : []);
            if (refersTo !== undefined && refersTo !== text) found.refersTo = refersTo;
            out.push(found);
          }
          i += matched || 1;
        }
      }
      return out;
    },
  };
}
