import type { WordClusters } from "./word-entry.js";

/**
 * A decoded averaged-perceptron sequence model: sparse emission weights keyed
 * by 32-bit feature hashes, a BILOU transition matrix and word clusters.
 */
export interface TaggerModel {
  /**
   * Open-addressing table, two int32 per slot: the feature hash, then
   * `entryStart | entryCount << 24` (0 = empty slot). Size is a power of two.
   */
  table: Int32Array;
  /** Entries: `label | (quantised weight + 128) << 8`. */
  entries: Uint16Array;
  /** Decoded weight of each quantised value (index q + 128). */
  weightOf: Float32Array;
  /** `transitions[from * L + to]`. */
  transitions: Float32Array;
  /** Score of each label at sentence start. */
  start: Float32Array;
  clusters: WordClusters | undefined;
}
