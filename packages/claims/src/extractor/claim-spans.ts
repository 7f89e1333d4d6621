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
export function* claimSpans(claim: Claim): Generator<SpanLike | undefined> {
  yield { start: claim.start, end: claim.end, text: claim.text };
  const speaker = claim.speaker;
  if (speaker) {
    yield spanOf(speaker.start, speaker.end, speaker.text);
    if (speaker.phrase) yield speaker.phrase;
    if (speaker.mention) yield speaker.mention;
  }
  if (claim.cue) yield claim.cue;
  for (const part of claim.parts ?? []) yield part;
}
