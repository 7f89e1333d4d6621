import type { Token } from "@newsparse/corpus-loader";
import type { ClaimContext } from "../pipeline.js";
import { classifySpeaker, isCueToken, rangeText, speakerAfter } from "../speaker.js";
import * as lists from "../lexicon/quote-words.js";
import { AUXILIARIES, CLAUSE_MARKERS, closingAttribution, VERB_LIKE_WORDS, type Attribution } from "./quote-attribution.js";

/** Dashes that open a signature after a quote (`“…” — Jane Roe`); `--` is read as two hyphens. */
const DASHES = new Set(lists.SIGNATURE_DASHES);
/** Punctuation allowed in the tail of a signature (`(@handle) Sept. 8, 2016`, `, R-Ohio`). */
const TAIL_PUNCTUATION = new Set(lists.SIGNATURE_TAIL_PUNCTUATION);
/** Words that open a described (lower-case) signer: `— a protester in Charlotte`. */
const SIGNER_OPENERS = new Set(lists.SIGNATURE_OPENERS);

/** True when token `k` opens a dash (one dash, or `--` tokenised as two hyphens). */
export function isSignatureDash(tokens: readonly Token[], k: number): boolean {
  return DASHES.has(tokens[k]?.text ?? "");
}

/**
 * A signature after a quote: a dash, then who said it, then at most a tail that is no clause — a handle or party in
 * parentheses, an appositive, a date, a place or an occasion (`“…” — Donald J. Trump (@realDonaldTrump) September 8,
 * 2016`, `“…” -- Mike Pence, in Charlotte`, `“…” — Trump. “…” — Clinton.`). The signature ends at the sentence end,
 * the next quote or the paragraph end (`bound`). A dash then a clause (`“…” —Mike Pence said on Thursday.`) is read
 * as a closing attribution.
 *
 * @param context - Document context.
 * @param tokens - Paragraph tokens.
 * @param k - Index of the dash right after the quote.
 * @param bound - Token index of the next quote (or the paragraph end).
 * @returns The attribution (cue: the dash), or null.
 */
export function signedByDash(context: ClaimContext, tokens: readonly Token[], k: number, bound: number): Attribution | null {
  let d = k + 1;
  if (tokens[k]!.text === "-" && tokens[d]?.text === "-") d++;
  const first = tokens[d];
  if (!first || !first.word || d >= bound) return null;
  const clause = closingAttribution(context, tokens, d, bound);
  if (clause) return clause;
  if (!first.cap && !SIGNER_OPENERS.has(first.lower)) return null;
  const sp = speakerAfter(tokens, d, bound);
  if (!sp || sp.from !== d) return null;
  const end = sp.description ? sp.description.to : sp.to;
  // the tail: no finite verb, no clause word, short
  for (let j = end; j < bound; j++) {
    const t = tokens[j]!;
    if (t.text === "." || t.text === "!" || t.text === "?" || t.text === ";") break;
    if (j - end > 16) return null;
    if (!t.word) {
      if (!TAIL_PUNCTUATION.has(t.text)) return null;
      continue;
    }
    if (isCueToken(t, context.sets) || CLAUSE_MARKERS.has(t.lower) || AUXILIARIES.has(t.lower) || (!t.cap && (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower)))) return null;
  }
  const kind = classifySpeaker(rangeText(context.text, tokens, sp.from, sp.to), context.sets).kind;
  if (kind !== "person" && kind !== "institution" && kind !== "anonymous") return null;
  return { phrase: sp, cue: { from: k, to: d }, endToken: end };
}
