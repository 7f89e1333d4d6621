import { LABEL_COUNT } from "./labels.js";

/** The score of an impossible path. */
export const NEG = -1e30;

/**
 * Work buffers shared by the two Viterbi decoders (`viterbi`, `viterbiPruned`): path scores and
 * back-pointers, `n * LABEL_COUNT` cells each. Tagging allocates almost nothing per sentence.
 */
export const viterbiBuffers = {
  delta: new Float64Array(64 * LABEL_COUNT),
  back: new Uint8Array(64 * LABEL_COUNT),
};

/**
 * Make the shared Viterbi score and back-pointer buffers hold at least `cells` entries (doubling, so growth is amortised).
 *
 * @param cells - Cells needed.
 */
export function growViterbiBuffers(cells: number): void {
  if (viterbiBuffers.delta.length >= cells) return;
  viterbiBuffers.delta = new Float64Array(cells * 2);
  viterbiBuffers.back = new Uint8Array(cells * 2);
}
