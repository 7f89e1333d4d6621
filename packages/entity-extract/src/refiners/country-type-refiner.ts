import { getCountryLexicon } from "../lexicon/countries.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { mentionWith } from "../pipeline/mention-shape.js";
import { REGION_NOUN_WORDS } from "../lexicon/head-words.js";

/** Compass-point nouns that name a region of the world after "the" ("the West"): LOC, not a GPE. */
const REGION_NOUNS = new Set(REGION_NOUN_WORDS);

/**
 * A country's name or abbreviation ("US", "U.S.", "United States"), or a capital's name, is a GPE
 * mention whatever type the tagger gave it ("the US has reached an
 * agreement" came out ORG while "the United States" came out GPE). Mentions
 * flagged `metonymy` keep their type (a user parser may flag a capital used
 * for its government as ORG). "the West" / "the East" are regions (LOC), not GPEs.
 *
 * @returns A refiner named `country-type`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("The US has reached an agreement.").mentions[0]?.type; // "GPE"
 * ```
 */
export function createCountryTypeRefiner(): Refiner {
  return {
    name: "country-type",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { countryByName, countryByCapital } = getCountryLexicon();
      return mentions.map((m) => {
        if (REGION_NOUNS.has(m.text) && m.type !== "LOC") {
          const k = context.tokenAtStart.get(m.start);
          if (k !== undefined && k > 0 && context.tokens[k - 1]!.text === "the") return mentionWith(m, { type: "LOC", source: "country-type" });
        }
        if (m.type !== "ORG" || m.flags.includes("metonymy")) return m;
        const lower = m.text.toLowerCase();
        // A capital the tagger typed ORG ("concerns about Niamey getting closer to Russia") is still the city: GPE, as
        // OntoNotes marks a place used for its government (a parser that means the government flags it `metonymy`).
        if (countryByName.get(lower) === undefined && countryByCapital.has(lower)) return mentionWith(m, { type: "GPE", source: "country-type" });
        const country = countryByName.get(lower);
        if (country === undefined) return m;
        return mentionWith(m, m.refersTo === undefined && country !== m.text ? { type: "GPE", source: "country-type", refersTo: country } : { type: "GPE", source: "country-type" });
      });
    },
  };
}
