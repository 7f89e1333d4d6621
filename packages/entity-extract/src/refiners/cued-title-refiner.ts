import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { UNQUOTED_TITLE_INNER_WORDS, UNQUOTED_WORK_CUES } from "../lexicon/work-cues.js";
import { NOT_NAME_START_WORDS } from "../lexicon/common-words.js";
import { isCapitalised, replaceInside } from "./util.js";

const CUES = new Set(UNQUOTED_WORK_CUES);
const INNER = new Set(UNQUOTED_TITLE_INNER_WORDS);
/** Capitalised words that do not open a title here: pronouns, determiners, auxiliaries ("the movie I saw"). */
const NOT_START = new Set([...NOT_NAME_START_WORDS, "i"]);
/** Articles that may open a title ("the film The War Room"). */
const ARTICLES = new Set(["the", "a", "an"]);
const MAX_TITLE = 8;
/** A word opening with a digit ("1984"). */
const DIGIT_FIRST = /^\d/;

/**
 * Titles of works without quotation marks right after a cue noun: "their album Return to Cookie Mountain",
 * "the novel Lonesome Dove", "the 1993 film The War Room". The capitalised run (with lower-case "of", "the", "to" …
 * inside, at most eight words, ending on a capitalised word or a number) becomes a WORK_OF_ART mention, replacing
 * the mentions inside it; "by", "and", "in" and other words end it ("the album Thriller by Michael Jackson"), and a
 * pronoun or determiner does not open one ("the movie I saw").
 *
 * @returns A refiner named `cued-title`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("She wrote the novel Lonesome Dove in 1985.").mentions[0]?.type; // "WORK_OF_ART"
 * ```
 */
export function createCuedTitleRefiner(): Refiner {
  return {
    name: "cued-title",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text } = context;
      const found: Mention[] = [];
      for (let i = 0; i + 1 < tokens.length; i++) {
        const cue = tokens[i]!;
        if (!CUES.has(cue.text) || cue.headline) continue;
        const sentence = cue.sentence;
        let k = i + 1;
        if (tokens[k]!.sentence !== sentence) continue;
        if (ARTICLES.has(tokens[k]!.lower) && isCapitalised(tokens[k]!.text) && k + 1 < tokens.length && tokens[k + 1]!.sentence === sentence && isCapitalised(tokens[k + 1]!.text)) k++;
        else if (!isCapitalised(tokens[k]!.text) || NOT_START.has(tokens[k]!.lower)) continue;
        const first = i + 1;
        let last = -1;
        for (let j = k; j < tokens.length && j - first < MAX_TITLE && tokens[j]!.sentence === sentence && tokens[j]!.start - tokens[j - 1]!.end <= 1; j++) {
          const t = tokens[j]!.text;
          if (isCapitalised(t) || DIGIT_FIRST.test(t)) last = j;
          else if (!INNER.has(t)) break;
        }
        if (last < 0) continue;
        const start = tokens[first]!.start;
        const end = tokens[last]!.end;
        found.push({ docId, start, end, text: text.slice(start, end), type: "WORK_OF_ART", confidence: 0.65, source: "cued-title", flags: [] });
        i = last;
      }
      if (!found.length) return mentions;
      return replaceInside(mentions, found, (same) => same.type === "WORK_OF_ART");
    },
  };
}
