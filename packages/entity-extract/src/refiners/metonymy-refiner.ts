import { getCountryLexicon } from "../lexicon/countries.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { tokenRange } from "./util.js";
import { mentionWith } from "../pipeline/mention-shape.js";
import { LOCATIVE_WORDS } from "../lexicon/function-words.js";

const LOCATIVE = new Set(LOCATIVE_WORDS);
/** A two-letter state abbreviation ("D.C.", "NY"); a module constant, as a literal in the loop would be a new object each time. */
const STATE_ABBREVIATION = /^[A-Z]\.?[A-Z]\.?$/;

/**
 * Flag capitals used for their governments ("blames Washington", "Niamey's
 * decision") as `metonymy`, with `refersTo` the country. A capital after a
 * locative word ("in Washington") is a place and stays unflagged.
 *
 * @returns A refiner named `metonymy`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("Niger blames Washington for the breakdown.").mentions[1]?.flags; // ["metonymy"]
 * ```
 */
export function createMetonymyRefiner(): Refiner {
  return {
    name: "metonymy",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const lex = getCountryLexicon();
      return mentions.map((m) => {
        if (m.type !== "GPE") return m;
        const country = lex.countryByCapital.get(m.text.toLowerCase());
        if (!country || lex.countryByName.has(m.text.toLowerCase())) return m;
        const r = tokenRange(m, context);
        if (!r) return m;
        const prev = context.tokens[r[0] - 1];
        if (prev && prev.sentence === context.tokens[r[0]]!.sentence && LOCATIVE.has(prev.lower)) return m;
        const next = context.tokens[r[1]];
        // "Washington, D.C." / "Washington state" are places.
        if (next && (next.text === "," || next.lower === "state")) {
          const after = context.tokens[r[1] + 1];
          if (next.lower === "state" || (after && STATE_ABBREVIATION.test(after.text))) return m;
        }
        return mentionWith(m, { flags: [...new Set([...m.flags, "metonymy"])], refersTo: country });
      });
    },
  };
}
