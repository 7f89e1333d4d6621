import type { ClaimContext } from "../pipeline.js";
import { isSpaceCode as isSpace, tokenAt, type Token } from "@newsparse/corpus-loader";
import { speakerAfter } from "../speaker.js";
import type { QuoteSpan } from "./quote-scan.js";
import { isPartial } from "./quote-shape.js";
import { isSignatureDash, signedByDash } from "./quote-signature.js";
import { CLAUSE_MARKERS, closingAttribution, isQuoteCue, SPEAKER_PUNCTUATION, speakerAfterUntilCue, type Attribution } from "./quote-attribution.js";

const QUOTE_CHARS = new Set([0x201d, 0x22, 0x27, 0x60, 0xbb, 0x2019]);

function lastContentChar(text: string, q: { start: number; end: number }): number {
  let i = q.end - 1;
  let marks = 0;
  while (i > q.start && marks < 3 && QUOTE_CHARS.has(text.charCodeAt(i))) {
    i--;
    marks++;
  }
  while (i > q.start && isSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/**
 * The attribution after a quote: right after its closing mark (`,” a senior defense official said`, `,” said X`,
 * `,” according to X`) or ending the sentence the quote opens.
 *
 * @param context - Document context.
 * @param tokens - Paragraph tokens.
 * @param q - The quote.
 * @param bound - Token index of the next quote (or the paragraph end).
 * @returns The attribution, or null.
 */
export function postAttribution(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  return attributionRightAfter(context, tokens, q, bound) ?? attributionAtSentenceEnd(context, tokens, q, bound);
}

/**
 * A quote that opens its sentence, whose sentence goes on past the closing mark and ends in an attribution
 * after a comma (`"This will be a challenge" for Clinton, said Kunin.`, `"…" because she would expand her lead, he
 * said.`): the sentence's speaker is the quote's.
 */
function attributionAtSentenceEnd(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  if (isPartial(context.text, q)) return null;
  const k0 = tokenAt(tokens, q.start) - 1;
  const before = tokens[k0];
  if (before && !(before.text === "." || before.text === "!" || before.text === "?")) return null;
  let k = tokenAt(tokens, q.end);
  let comma = -1;
  const limit = Math.min(bound, k + 40);
  for (; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === "." || t.text === "!" || t.text === "?") break;
    if (t.text === ",") comma = k;
    else if (!t.word && !SPEAKER_PUNCTUATION.has(t.text)) return null;
  }
  if (comma < 0 || k >= limit || tokens[k]?.text !== "." || comma + 1 >= k) return null;
  const first = tokens[comma + 1]!;
  if (isQuoteCue(first, context.sets)) {
    const sp = speakerAfter(tokens, comma + 2, k);
    return sp && (sp.description ? sp.description.to : sp.to) === k ? { phrase: sp, cue: { from: comma + 1, to: comma + 2 }, endToken: sp.to } : null;
  }
  return closingAttribution(context, tokens, comma + 1, k + 1, 24);
}

function attributionRightAfter(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  const { text, sets } = context;
  let k = tokenAt(tokens, q.end);
  if (k >= bound) return null;
  const last = lastContentChar(text, q);
  const commaInside = last === 44 || last === 63 || last === 33 || last === 0x2014 || last === 0x2013 || last === 45;
  let commaAfter = false;
  if (tokens[k]?.text === ",") {
    commaAfter = true;
    k++;
  }
  const first = tokens[k];
  if (!first || k >= bound) return null;
  const partial = isPartial(text, q);
  // "“…” — Donald Trump, at a rally in Ohio": a dash and a name that end the paragraph sign the quote
  if (!partial && !commaAfter && isSignatureDash(tokens, k)) return signedByDash(context, tokens, k, bound);
  if (!(commaInside || commaAfter || partial || !first.cap)) return closingAttribution(context, tokens, k, bound);
  const limit = Math.min(bound, k + 12);
  // "“…,” according to a court document filed by …"
  if (first.lower === "according" && tokens[k + 1]?.lower === "to") {
    const sp = speakerAfter(tokens, k + 2, Math.min(bound, k + 60));
    return sp ? { phrase: sp, cue: { from: k, to: k + 2 }, endToken: sp.description ? sp.description.to : sp.to } : null;
  }
  // "“…,” was how Trump put it", "“…” is what one aide said": a copula, then a free relative holding the attribution
  if ((first.lower === "was" || first.lower === "is") && (tokens[k + 1]?.lower === "how" || tokens[k + 1]?.lower === "what")) {
    const at = speakerAfterUntilCue(context, tokens, k + 2, limit, false);
    // only when the sentence ends with it (not "“…” is what he said, and then he left")
    for (let j = at ? at.endToken : bound; j < bound; j++) {
      const t = tokens[j]!;
      if (t.text === "." || t.text === "!" || t.text === "?") break;
      if (t.text === ";" || (t.word && CLAUSE_MARKERS.has(t.lower))) return null;
    }
    return at;
  }
  // "as the first official put it"
  if (first.lower === "as") {
    const sp = speakerAfterUntilCue(context, tokens, k + 1, limit, false);
    if (sp) return sp;
    return null;
  }
  // "said a senior military official" (a capitalised cue look-alike before a cue is a name: `“…,” Read said`)
  if (isQuoteCue(first, sets) && !(first.cap && isQuoteCue(tokens[k + 1], sets))) {
    const sp = speakerAfter(tokens, k + 1, Math.min(bound, k + 60));
    if (sp) return { phrase: sp, cue: { from: k, to: k + 1 }, endToken: sp.description ? sp.description.to : sp.to };
    return null;
  }
  // "“…,” Ed Lorenzen, senior adviser to the centrist Committee for a Responsible Federal Budget, said."
  return speakerAfterUntilCue(context, tokens, k, Math.min(bound, k + 40));
}

