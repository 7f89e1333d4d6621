import { getCountryLexicon } from "../lexicon/countries.js";
import { getNameLists } from "../lexicon/name-lists.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { isCapitalised, tokenRange } from "./util.js";
import { mentionWith } from "../pipeline/mention-shape.js";

/** A word that ends a tagged PERSON but names something else: the tagger overran a group, place or company. */
function notASurname(text: string, lower: string, lex: ReturnType<typeof getCountryLexicon>, names: ReturnType<typeof getNameLists>): boolean {
  if (text === text.toUpperCase()) return true;
  if (lex.countryByDemonym.has(lower) || lex.groupNorp.has(lower) || lex.countryByCapital.has(lower) || lex.cities.has(lower) || lex.locations.has(lower)) return true;
  return names.organizations.has(lower) && !names.lastNames.has(lower);
}

/**
 * A surname keeps its person: once a document names a person in full ("Chris Maier"), a later
 * lone capitalised word equal to that surname is a PERSON mention too, whatever type the tagger
 * gave it or whether it found it at all ("Maier said", "Smith joined the band"). Only a word
 * standing alone (no capitalised neighbour) after the full name counts, and never a country name,
 * a nationality or group word ("Republican" after a mistagged "Senate Republican"), a place, an
 * organisation of the name lists that is not also a surname ("Twitter" after "Wilayat Twitter"),
 * or a word in capitals ("PAC" after "Hillary PAC").
 *
 * @returns A refiner named `surname`.
 * @example
 * ```ts
 * import { createEntityExtractor, createSurnameRefiner, createTaggerParser } from "@newsparse/entity-extract";
 *
 * createEntityExtractor({ parsers: [createTaggerParser()], refiners: [createSurnameRefiner()] });
 * ```
 */
export function createSurnameRefiner(): Refiner {
  return {
    name: "surname",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      const lex = getCountryLexicon();
      const names = getNameLists();
      // Surname → offset of the end of its first full-name mention.
      const surnames = new Map<string, number>();
      for (const m of mentions) {
        if (m.type !== "PERSON") continue;
        const r = tokenRange(m, context);
        if (!r || r[1] - r[0] < 2) continue;
        const last = tokens[r[1] - 1]!;
        if (!isCapitalised(last.text) || last.text.length < 3 || lex.countryByName.has(last.lower)) continue;
        if (notASurname(last.text, last.lower, lex, names)) continue;
        if (!surnames.has(last.text)) surnames.set(last.text, m.end);
      }
      if (!surnames.size) return mentions;
      const covered = new Uint8Array(docText.length + 1);
      const out: Mention[] = [];
      for (const m of mentions) {
        covered.fill(1, m.start, m.end);
        const after = surnames.get(m.text);
        if (after !== undefined && m.start >= after && m.type !== "PERSON" && m.type !== "NORP") out.push(mentionWith(m, { type: "PERSON", source: "surname" }));
        else out.push(m);
      }
      let added = false;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const after = surnames.get(t.text);
        if (after === undefined || t.start < after || covered[t.start] || t.headline) continue;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        if (prev && prev.sentence === t.sentence && isCapitalised(prev.text) && !prev.sentenceStart) continue;
        if (next && next.sentence === t.sentence && isCapitalised(next.text)) continue;
        out.push({ docId, start: t.start, end: t.end, text: t.text, type: "PERSON", confidence: 0.7, source: "surname", flags: [] });
        added = true;
      }
      return added ? out.sort((a, b) => a.start - b.start || a.end - b.end) : out;
    },
  };
}
