import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleWords } from "../lexicon/titles.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { shippedModelIfAvailable } from "../tagger/load-model.js";
import { isCapitalised, rebound, tokenRange } from "./util.js";
import { PERSON_PARTICIPLES as PERSON_PARTICIPLES_LIST, SPEECH_VERBS } from "../lexicon/person-cues.js";

/** Verbs that follow a person's name at a sentence start ("Bazoum said"). */
const PERSON_VERBS = new Set(SPEECH_VERBS);
/** Participles that make "was"/"is" + participle a person's event ("Prigogine was killed"); "Flintlock is …" is not evidence. */
const PERSON_PARTICIPLES = new Set(PERSON_PARTICIPLES_LIST);

/** At most this many given names are added in front of a person mention. */
const MAX_GROW = 2;
/** A capital and lower-case letters only ("Mohamed"); a module constant, as a literal in the loop would be a new object each time. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A person's name starts right after the title: when a PERSON mention is preceded by up to two
 * capitalised words that are neither title words nor gazetteer names, and those follow a title
 * or honorific ("Col.-Maj. Mamane Sani Kiaou" tagged as just "Sani Kiaou"), the mention grows
 * over them. Other mentions in the way are left alone (no growth then).
 * Also, a rare capitalised word alone at a sentence start, followed by a speech verb ("said",
 * "told") or by "was"/"is" and a participle of something that happens to people ("Prigogine was
 * killed", "… was born", "… was elected"), is a PERSON when it is not among the 25,000 frequent words
 * of the shipped word clusters, a title or a gazetteer name: the tagger has no capitalisation
 * evidence there.
 *
 * @returns A refiner named `person-extent`.
 * @example
 * ```ts
 * import { createEntityExtractor, createPersonExtentRefiner, createTaggerParser } from "@newsparse/entity-extract";
 *
 * createEntityExtractor({ parsers: [createTaggerParser()], refiners: [createPersonExtentRefiner()] });
 * ```
 */
export function createPersonExtentRefiner(): Refiner {
  return {
    name: "person-extent",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const titles = getTitleWords();
      const lex = getCountryLexicon();
      const { tokens } = context;
      // End offsets of mentions, so growth never runs into another mention.
      const ends = new Set<number>();
      for (const m of mentions) ends.add(m.end);
      const starts = new Set<number>();
      for (const m of mentions) starts.add(m.start);
      // Token indices first (a list of numbers keeps one element kind), mentions after the scan.
      const addedAt: number[] = [];
      const vocabulary = shippedModelIfAvailable()?.clusters?.fine;
      if (vocabulary) {
        for (let i = 0; i + 1 < tokens.length; i++) {
          const t = tokens[i]!;
          if (!t.sentenceStart || t.headline || starts.has(t.start) || ends.has(t.end) || !isCapitalised(t.text) || t.text.length < 4) continue;
          const next = tokens[i + 1]!;
          if (next.sentence !== t.sentence) continue;
          const after = tokens[i + 2];
          const personEvent = (next.text === "was" || next.text === "is") && after !== undefined && after.sentence === t.sentence && PERSON_PARTICIPLES.has(after.text);
          if (!PERSON_VERBS.has(next.text) && !personEvent) continue;
          if (t.text === t.text.toUpperCase() || vocabulary.has(t.lower) || titles.has(t.lower) || lex.countryByName.has(t.lower) || lex.countryByDemonym.has(t.lower) || lex.groupNorp.has(t.lower) || lex.cities.has(t.lower) || lex.locations.has(t.lower)) continue;
          if (!TITLE_CASE_WORD.test(t.text)) continue;
          addedAt.push(i);
        }
      }
      const grown: Mention[] = [];
      for (const m of mentions) grown.push(growPerson(m, context, ends));
      if (!addedAt.length) return grown;
      for (const i of addedAt) {
        const t = tokens[i]!;
        grown.push({ docId: context.docId, start: t.start, end: t.end, text: t.text, type: "PERSON", confidence: 0.6, source: "person-extent", flags: [] });
      }
      return grown.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}

/** A PERSON mention grown leftwards over capitalised words up to a title word ("Ambassador Kathleen FitzGibbon"), or the mention itself. */
function growPerson(m: Mention, context: ExtractionContext, ends: Set<number>): Mention {
  if (m.type !== "PERSON") return m;
  const titles = getTitleWords();
  const lex = getCountryLexicon();
  const { tokens } = context;
  const r = tokenRange(m, context);
  if (!r || tokens[r[0]]!.headline) return m;
  const sentence = tokens[r[0]]!.sentence;
  let first = r[0];
  while (first > 0 && r[0] - first < MAX_GROW) {
    const t = tokens[first - 1]!;
    if (t.sentence !== sentence || t.sentenceStart || !isCapitalised(t.text) || titles.has(t.lower) || t.text.endsWith(".") || ends.has(t.end)) break;
    if (lex.countryByName.has(t.lower) || lex.countryByDemonym.has(t.lower) || lex.groupNorp.has(t.lower)) break;
    first--;
  }
  if (first === r[0] || first === 0 || !titles.has(tokens[first - 1]!.lower)) return m;
  return rebound(m, tokens[first]!.start, m.end, context, "person-extent");
}
