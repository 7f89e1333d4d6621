import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { isCapitalised, replaceInside } from "./util.js";
import { TITLE_SMALL_WORDS } from "../lexicon/function-words.js";
import { NICKNAME_HONORIFICS } from "../lexicon/honorifics.js";
import { WORK_CUES, WORK_NEAR_CUES } from "../lexicon/work-cues.js";

const OPEN = new Set(['"', "“"]);
const CLOSE = new Set(['"', "”"]);
/** Short words a title keeps in lower case ("Gone with the Wind"). */
const SMALL = new Set(TITLE_SMALL_WORDS);
/** Words that introduce a title ("the song “…”", "the novel “…”"). */
const CUES = new Set(WORK_CUES);
const MAX_TITLE = 8;
/** Cue words that introduce a title only right before the quote: "called her “Miss Piggy”" names a person. */
const NEAR_CUES = new Set(WORK_NEAR_CUES);
/** Words that open a quoted nickname rather than a title ("“Miss Piggy”", "“King James”"). */
const HONORIFICS = new Set(NICKNAME_HONORIFICS);
/** A word opening with a digit ("2001"); a module constant, as a literal in the loop would be a new object each time. */
const DIGIT_FIRST = /^\d/;

/**
 * Titles of works in quotation marks: a quoted run of 2–8 words in title case
 * ("“Gone with the Wind”", "\"Thriller Night\""), or any capitalised quoted run after a cue
 * word ("the single “Hello”"), becomes a WORK_OF_ART mention (without the quotation marks),
 * replacing the mentions inside it. A one-word quote without a cue, or a quoted name the
 * tagger already typed, stays as it is. Quotations that read as speech (lower-case words,
 * punctuation inside) are not titles, nor, without a cue word, nicknames opening with an
 * honorific ("“Miss Piggy”"). "called" and "titled" count as a cue only right before the quote
 * ("a song called “Hello”", but "called her “Miss Piggy”").
 *
 * @returns A refiner named `quoted-title`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("The band released the single “Red Light Green Light” in May.").mentions[0]?.type; // "WORK_OF_ART"
 * ```
 */
export function createQuotedTitleRefiner(): Refiner {
  return {
    name: "quoted-title",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      const found: Mention[] = [];
      for (let i = 0; i + 2 < tokens.length; i++) {
        if (!OPEN.has(tokens[i]!.text) || tokens[i]!.headline) continue;
        const sentence = tokens[i]!.sentence;
        let close = -1;
        let titleCase = true;
        for (let j = i + 1; j < tokens.length && j - i - 1 <= MAX_TITLE && tokens[j]!.sentence === sentence; j++) {
          const t = tokens[j]!.text;
          if (CLOSE.has(t)) {
            close = j;
            break;
          }
          if (!(isCapitalised(t) || SMALL.has(t) || DIGIT_FIRST.test(t) || t === "'s" || t === "&" || t === "-")) titleCase = false;
        }
        if (close < 0) continue;
        const first = i + 1;
        const last = close - 1;
        const n = close - first;
        const cue = i > 0 && (CUES.has(tokens[i - 1]!.lower) || (i > 1 && CUES.has(tokens[i - 2]!.lower) && !NEAR_CUES.has(tokens[i - 2]!.lower)));
        // without a cue, a quoted run opening with an honorific is a nickname ("“Miss Piggy”"), not a title
        const nickname = !cue && HONORIFICS.has(tokens[first]!.lower);
        if (n >= 1 && titleCase && !nickname && isCapitalised(tokens[first]!.text) && (n >= 2 || cue) && (isCapitalised(tokens[last]!.text) || DIGIT_FIRST.test(tokens[last]!.text))) {
          const start = tokens[first]!.start;
          const end = tokens[last]!.end;
          found.push({ docId, start, end, text: docText.slice(start, end), type: "WORK_OF_ART", confidence: 0.7, source: "quoted-title", flags: [] });
        }
        i = close;
      }
      // A quoted name the tagger typed keeps its type unless a cue word says it is a title.
      return replaceInside(mentions, found, (same) => same.type === "WORK_OF_ART" || !cueBefore(same, context));
    },
  };
}

/** Whether a cue word stands within two tokens before the opening quote of a mention. */
function cueBefore(m: Mention, context: ExtractionContext): boolean {
  const k = context.tokenAtStart.get(m.start);
  if (k === undefined) return false;
  for (let j = k - 2; j >= 0 && j >= k - 3; j--) {
    const w = context.tokens[j]!.lower;
    if (CUES.has(w) && (j === k - 2 || !NEAR_CUES.has(w))) return true;
  }
  return false;
}

