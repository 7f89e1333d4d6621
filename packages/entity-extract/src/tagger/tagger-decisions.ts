import type { Mention } from "../schema.js";

/**
 * What the tagger decided in one document, kept on the extraction context so that the
 * arbitration refiner can tell a rule's change the tagger was sure about from one it was not.
 */
export interface TaggerDecisions {
  /** Per token of the context: the tagger's type index (into `TAGGER_TYPES`), -1 for O, -2 when not tagged. */
  types: Int8Array;
  /**
   * Per token: the emission margin of that decision (see `TaggedSentence.margin`); 0 when not tagged, NaN for an O
   * token until {@link TaggerDecisions.marginAt} computed it.
   */
  margins: Float32Array;
  /**
   * The margin of one token, computing the margins of its sentence's O tokens on first use (they are not computed
   * while tagging, to keep tagging fast).
   *
   * @param token - Token index in the context.
   * @returns The margin.
   */
  marginAt(token: number): number;
  /** The tagger's mentions as it returned them. */
  mentions: readonly Mention[];
}
