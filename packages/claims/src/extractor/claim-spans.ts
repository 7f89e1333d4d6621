import type { SpanLike } from "@newsparse/corpus-loader";
import type { Claim } from "../schema.js";

/** A possibly partial `{start, end}` as a span to check: a missing offset makes it invalid, never skipped. */
function spanOf(start: number | undefined, end: number | undefined, text?: string): SpanLike | undefined {
  if (start === undefined && end === undefined) return undefined;
  const span: SpanLike = { start: start ?? Number.NaN, end: end ?? Number.NaN };
  if (text !== undefined) span.text = text;
  return span;
}

/**
 * Every span a claim points into its document's text with: the claim
 * itself, its speaker (and the speaker's whole phrase and, for a resolved
 * pronoun, where the pronoun is written), its cue and the parts of a split
 * quote. The run loop checks each one, so a stage that miscounts any of them
 * shows up as an `invalid-span` message.
 *
 * @param claim - A claim a parser or refiner returned.
 * @returns Its spans, with the text each must slice back to where the claim carries it.
 */
export function claimSpans(claim: Claim): (SpanLike | undefined)[] {
  // An array, not a generator: the run loop reads `start`, `end` and `text` of each span, so a claim or speaker
  // that carries all three is its own span, and a generator would allocate a result object per span.
  const spans: (SpanLike | undefined)[] = [claim];
  const speaker = claim.speaker;
  if (speaker) {
    const { start, end } = speaker;
    spans.push(start !== undefined && end !== undefined ? (speaker as SpanLike) : spanOf(start, end, speaker.text));
    if (speaker.phrase) spans.push(speaker.phrase);
    if (speaker.mention) spans.push(speaker.mention);
  }
  if (claim.cue) spans.push(claim.cue);
  if (claim.parts) for (const part of claim.parts) spans.push(part);
  return spans;
}
