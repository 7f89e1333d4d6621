import { getCountryLexicon } from "../lexicon/countries.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { ORG_FINAL } from "./name-head-refiner.js";
import { isCapitalised, tokenRange } from "./util.js";
import { GOVERNMENT_HEADS, LEADER_HEADS as LEADER_HEADS_LIST } from "../lexicon/head-words.js";
import { mentionWith } from "../pipeline/mention-shape.js";

/** Lower-case nouns that take a leader's name: "the Biden administration", "the Trump campaign". */
const LEADER_HEADS = new Set(LEADER_HEADS_LIST);
/** "government" also follows parties and movements ("the Labour government"): only with evidence. */
const EVIDENCE_HEADS = new Set(GOVERNMENT_HEADS);

/**
 * A name before "administration", "campaign" or "presidency" ("the Biden
 * administration") names the person: the name stays a PERSON mention and the
 * lower-case head stays outside it (as OntoNotes annotates it), so "Biden"
 * resolves to one PERSON entity whether it is written alone or before
 * "administration". Before "government" or "cabinet" the same holds only when
 * the document also has that name as a PERSON mention ("the Netanyahu
 * government" after "Benjamin Netanyahu"), since parties take those heads too
 * ("the Labour government"). Only ORG mentions of one to three capitalised
 * words, not all capitals, not a country or group word ("a Democrat presidency") and not ending in an organisation head word
 * ("her first Senate campaign", "the Labour Party campaign"), are changed.
 *
 * @returns A refiner named `person-head`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("The Biden administration said so.").mentions[0]?.type; // "PERSON"
 * ```
 */
export function createPersonHeadRefiner(): Refiner {
  return {
    name: "person-head",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens } = context;
      let personWords: Set<string> | undefined;
      const { countryByName, countryByDemonym, groupNorp } = getCountryLexicon();
      return mentions.map((m) => {
        if (m.type !== "ORG") return m;
        const r = tokenRange(m, context);
        if (!r || r[1] - r[0] > 3) return m;
        const next = tokens[r[1]];
        if (!next || next.sentence !== tokens[r[0]]!.sentence) return m;
        const leader = LEADER_HEADS.has(next.text);
        if (!leader && !EVIDENCE_HEADS.has(next.text)) return m;
        for (let k = r[0]; k < r[1]; k++) {
          const w = tokens[k]!.text;
          if (!isCapitalised(w) || (w.length > 1 && w === w.toUpperCase())) return m;
        }
        const lower = m.text.toLowerCase();
        if (countryByName.has(lower) || countryByDemonym.has(lower) || groupNorp.has(lower)) return m;
        // "her first Senate campaign", "the Labour Party campaign": an institution runs campaigns too.
        if (ORG_FINAL.has(tokens[r[1] - 1]!.lower)) return m;
        if (!leader) {
          if (!personWords) {
            personWords = new Set();
            for (const p of mentions) if (p.type === "PERSON") for (const w of p.text.split(" ")) personWords.add(w);
          }
          const surname = tokens[r[1] - 1]!.text;
          if (!personWords.has(surname)) return m;
        }
        return mentionWith(m, { type: "PERSON", source: "person-head" });
      });
    },
  };
}
