import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Parser } from "../pipeline/types.js";
import { isCapitalised } from "../refiners/util.js";
import { DATED_EVENT_NOUNS, OBSERVANCE_HEADS } from "../lexicon/types-by-context.js";
import { MONTH_WORDS, NOT_OBSERVANCE_WORDS } from "../lexicon/calendar.js";
import { DETERMINER_WORDS, EVENT_NAME_CONNECTORS } from "../lexicon/function-words.js";

const OBSERVANCE = new Set(OBSERVANCE_HEADS);
const DATED_NOUNS = new Set(DATED_EVENT_NOUNS);
const MONTHS = new Set(MONTH_WORDS);
/** Capitalised words before "Day"/"Week"/"Month" that make a date, not an observance ("Monday", "Last Day"). */
const NOT_OBSERVANCE = new Set(NOT_OBSERVANCE_WORDS);

// A Map, not an object literal: a token such as "constructor" must not find Object.prototype members.
const HEADS = new Map<string, EntityType>([
  ["battle", "EVENT"],
  ["siege", "EVENT"],
  ["war", "EVENT"],
  ["invasion", "EVENT"],
  ["sack", "EVENT"],
  ["treaty", "LAW"],
  ["act", "LAW"],
  ["convention", "LAW"],
]);
const ORDINAL = /^(first|second|third|\d{1,2}(st|nd|rd|th|d))$/i;
const NUMERAL = /^(I{1,3}|IV|V|One|Two)$/;
/** A day or month in figures ("9" in "9/11"). Regular expressions used per token are module constants: a literal in a loop makes a new RegExp object each time. */
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
/** A year in a name ("War of 1812"). */
const YEAR_DIGITS = /^\d{3,4}$/;
const MAX_NAME_TOKENS = 5;
/** Words before the head that a law's name may run back over: "Clean Air Act of 1970", "Justice for Victims of Trafficking Act of 2015". */
const MAX_PREFIX_TOKENS = 8;
const CONNECTORS = new Set(EVENT_NAME_CONNECTORS);
const DETERMINERS = new Set(DETERMINER_WORDS);

/**
 * Add the mention of tokens `first`..`last` (inclusive). A module function, not a closure made per document: a
 * closure is a new call target in every document, and V8 deoptimises `parse` when the second one arrives.
 */
function pushEvent(out: Mention[], context: ExtractionContext, first: number, last: number, type: EntityType): void {
  const start = context.tokens[first]!.start;
  const end = context.tokens[last]!.end;
  out.push({ docId: context.docId, start, end, text: context.text.slice(start, end), type, confidence: 0.85, source: "pattern", flags: [] });
}

/**
 * Named events and laws by pattern: observances ("Black History Month", "Memorial Day", "Shark Week"; not
 * "Monday" or "Election Day" after "this"/"next"), dates naming an event before "attack(s)", "bombing", "riot" …
 * ("the September 11 attacks", "the 9/11 attacks", "the Jan. 6 riot": the date is the EVENT),
 * "Battle of Antietam", "Siege of Sarajevo",
 * "War of 1812", "Treaty of Versailles" (LAW), "World War II"; a law's head takes the
 * capitalised name before it ("Clean Air Act of 1970", not "Act of 1970"). Runs with the
 * highest parser priority in the overlap refiner, so it wins over a tagger
 * mention of just the place.
 *
 * @returns A parser named `pattern`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("The Battle of Antietam was fought in 1862.").mentions[0]?.type; // "EVENT"
 * ```
 */
export function createEventPatternParser(): Parser {
  return {
    name: "pattern",
    parse(context: ExtractionContext): Mention[] {
      const { tokens } = context;
      const out: Mention[] = [];
      for (let i = 0; i + 1 < tokens.length; i++) {
        const t = tokens[i]!;
        // "the 9/11 attacks": the tokeniser gives "9", "/", "11".
        if (ONE_OR_TWO_DIGITS.test(t.text) && tokens[i + 3] && tokens[i + 1]!.text === "/" && ONE_OR_TWO_DIGITS.test(tokens[i + 2]!.text) && tokens[i + 1]!.start === t.end && tokens[i + 2]!.start === tokens[i + 1]!.end && tokens[i + 3]!.sentence === t.sentence && DATED_NOUNS.has(tokens[i + 3]!.lower)) {
          pushEvent(out, context, i, i + 2, "EVENT");
          i += 2;
          continue;
        }
        if (!isCapitalised(t.text)) continue;
        const sentence = t.sentence;
        // World War II / World War One
        if (t.lower === "world" && tokens[i + 1]?.lower === "war" && tokens[i + 2] && tokens[i + 2]!.sentence === sentence && NUMERAL.test(tokens[i + 2]!.text)) {
          pushEvent(out, context, i, i + 2, "EVENT");
          i += 2;
          continue;
        }
        // "Black History Month", "Memorial Day", "Shark Week": capitalised words ending in an observance head.
        if (OBSERVANCE.has(tokens[i + 1]!.lower) && isCapitalised(tokens[i + 1]!.text) && tokens[i + 1]!.sentence === sentence && !t.headline && !NOT_OBSERVANCE.has(t.lower) && !MONTHS.has(t.lower)) {
          let first = i;
          while (first > 0 && i - first < 3 && tokens[first - 1]!.sentence === sentence && (isCapitalised(tokens[first - 1]!.text) || tokens[first - 1]!.text === "'s") && !NOT_OBSERVANCE.has(tokens[first - 1]!.lower)) first--;
          pushEvent(out, context, first, i + 1, "EVENT");
          i += 1;
          continue;
        }
        // "the September 11 attacks", "the Jan. 6 riot", "the 9/11 attacks": a date naming an event.
        if (MONTHS.has(t.lower) && ONE_OR_TWO_DIGITS.test(tokens[i + 1]!.text) && tokens[i + 2] && tokens[i + 2]!.sentence === sentence && DATED_NOUNS.has(tokens[i + 2]!.lower)) {
          pushEvent(out, context, i, i + 1, "EVENT");
          i += 1;
          continue;
        }
        const type = HEADS.get(t.lower);
        if (!type || tokens[i + 1]!.lower !== "of" || tokens[i + 1]!.sentence !== sentence) continue;
        let j = i + 2;
        let last = -1;
        while (j < tokens.length && j - i - 2 < MAX_NAME_TOKENS && tokens[j]!.sentence === sentence && (isCapitalised(tokens[j]!.text) || YEAR_DIGITS.test(tokens[j]!.text))) {
          last = j;
          j++;
        }
        if (last < 0) continue;
        let first = i > 0 && ORDINAL.test(tokens[i - 1]!.text) && isCapitalised(tokens[i - 1]!.text) ? i - 1 : i;
        if (first === i && type === "LAW") first = namePrefixStart(context, i, sentence);
        pushEvent(out, context, first, last, type);
        i = last;
      }
      return out;
    },
  };
}

/**
 * First token of the capitalised name before a law's head at `head` ("Clean Air" before
 * "Act of 1970"; lower-case connectors only between capitalised words; no determiner), or
 * `head` itself when there is none.
 */
function namePrefixStart(context: ExtractionContext, head: number, sentence: number): number {
  const { tokens } = context;
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= MAX_PREFIX_TOKENS && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (isCapitalised(t.text) && !DETERMINERS.has(t.lower)) first = j;
    else if (!(CONNECTORS.has(t.lower) && j > 0 && isCapitalised(tokens[j - 1]!.text) && tokens[j - 1]!.sentence === sentence)) break;
  }
  return first;
}
