import { excludedIndexOf } from "@newsparse/corpus-loader";
import { getTitleWords } from "../lexicon/titles.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { taggerSupport } from "./arbitration-refiner.js";
import { CONNECTORS, rebound, tokenRange } from "./util.js";
import { SENTENCE_START_COMMON_WORDS } from "../lexicon/common-words.js";

/** Common words that are capitalised only because they start a sentence or a headline. */
const COMMON = new Set(SENTENCE_START_COMMON_WORDS);

/**
 * Tagger margins (see `taggerSupport`) from which the filter leaves the tagger's mention alone, chosen on the
 * tuning split (`scripts/tune.ts`): a title word alone the tagger typed ("the Army said"; 0: whenever the
 * tagger's own scores back it), and a name with no capital ("san francisco" in web text; 10). In a sentence with
 * no capital letter at all ("omg bruno mars tonight") casing is no evidence: there the tagger's mention stays
 * whenever it typed every word of it alike (against margins 0 and 5: WNUT-17 dev +0.6, BTC +0.3, UNER dev +0.3,
 * the other tuning sets unchanged).
 */
const KEEP_TITLE_AT = 0;
const KEEP_LOWER_AT = 10;

// Regular expressions used per mention are module constants: a literal in a callback is a new RegExp object each call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DATE_IN_FIGURES = /^\d{1,2}\/\d{1,2}$/;
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Drop text that is not a name: titles alone ("Lt. Gen."; not a title word the tagger is sure names an
 * organisation, "the Army said"), mentions with no capital letter (unless the tagger is sure of them:
 * "san francisco" in web text, or they stand in a sentence with no capital at all), single common words capitalised at a sentence start or in a
 * headline (but not an all-capitals word, unless the whole headline is in
 * capitals: "US officials said" starts with the country, not the pronoun), lone punctuation or numbers, and anything touching an excluded
 * (boilerplate) range. Punctuation tokens at a mention's edges are trimmed ("; al Qaeda" → "al Qaeda").
 *
 * @returns A refiner named `filter`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("Lt. Gen. spoke.").mentions; // []
 * ```
 */
export function createFilterRefiner(): Refiner {
  return {
    name: "filter",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const titles = getTitleWords();
      const excluded = excludedIndexOf(context.document);
      // Whether a sentence has no lower-case letter (an all-capitals headline), computed once per sentence.
      const capsBySentence = new Map<number, boolean>();
      const allCaps = (sentence: number): boolean => {
        let v = capsBySentence.get(sentence);
        if (v === undefined) {
          const range = context.sentences[sentence];
          v = true;
          if (range) for (let k = range.first; k < range.end && v; k++) v = context.tokens[k]!.text === context.tokens[k]!.text.toUpperCase();
          capsBySentence.set(sentence, v);
        }
        return v;
      };
      // Whether a sentence has no capital letter at all (web text written in lower case): there a name's lack of a
      // capital says nothing, and the tagger's own scores decide.
      const lowerBySentence = new Map<number, boolean>();
      const uncased = (m: Mention): boolean => {
        const r = tokenRange(m, context);
        if (!r) return false;
        const sentence = context.tokens[r[0]]!.sentence;
        let v = lowerBySentence.get(sentence);
        if (v === undefined) {
          const range = context.sentences[sentence];
          v = true;
          if (range) for (let k = range.first; k < range.end && v; k++) v = !CAPITAL.test(context.tokens[k]!.text);
          lowerBySentence.set(sentence, v);
        }
        return v;
      };
      const trimmed = mentions.map((m) => {
        // Punctuation at a mention's edges ("; al Qaeda") is not part of the name.
        const r = tokenRange(m, context);
        if (!r) return m;
        let a = r[0];
        let b = r[1];
        while (a < b && !LETTER_OR_DIGIT.test(context.tokens[a]!.text)) a++;
        while (b > a && !LETTER_OR_DIGIT.test(context.tokens[b - 1]!.text)) b--;
        if (a === r[0] && b === r[1]) return m;
        if (a === b) return null;
        return rebound(m, context.tokens[a]!.start, context.tokens[b - 1]!.end, context, "filter");
      });
      return trimmed.filter((m): m is Mention => {
        if (!m) return false;
        // An event named by a date in figures ("the 9/11 attacks", from the event pattern parser) has no letter.
        const datedEvent = m.source === "pattern" && m.type === "EVENT" && DATE_IN_FIGURES.test(m.text);
        if (!datedEvent && !CAPITAL.test(m.text) && !(m.source === "tagger" && LETTER.test(m.text) && (uncased(m) ? taggerSupport(context, m) > -Infinity : taggerSupport(context, m) >= KEEP_LOWER_AT))) return false;
        if (!datedEvent && !LETTER.test(m.text)) return false;
        if (m.end - m.start > 150) return false;
        if (excluded.overlaps(m.start, m.end)) return false;
        const r = tokenRange(m, context);
        if (!r) return true;
        const toks = context.tokens.slice(r[0], r[1]);
        // A title word alone ("Gen.", "Army") is dropped, unless the tagger found it, is sure it names something, and
        // no title word follows ("the Army said", not "Marine Gen. Michael Langley").
        if (toks.every((t) => titles.has(t.lower) || CONNECTORS.has(t.lower) || t.text === "-" || t.text === ".")) {
          const next = context.tokens[r[1]];
          return m.source === "tagger" && !(next && titles.has(next.lower)) && taggerSupport(context, m) >= KEEP_TITLE_AT;
        }
        if (toks.length === 1 && COMMON.has(toks[0]!.lower) && m.source !== "acronym") {
          const t = toks[0]!;
          // A sentence start capitalises one letter: "US officials said" is the country, not "us" (unless the headline is all capitals).
          if (t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower && !(t.headline && allCaps(t.sentence))) return true;
          if (t.sentenceStart || t.headline || m.confidence < 0.9) return false;
        }
        return true;
      });
    },
  };
}
