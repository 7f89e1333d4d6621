import { gazetteerVectorAt, padsOf, vectorArena, vectorsOf } from "./emission-vectors.js";
import { extractFeatures } from "./features.js";
import { MAX_FEATURES } from "./feature-templates.js";
import { LABEL_COUNT } from "./labels.js";
import { presenceBits } from "./presence-bits.js";
import type { TaggerModel } from "./tagger-model.js";
import { viterbiPruned } from "./viterbi-pruned.js";
import { addKey } from "./weight-table.js";
import type { WordEntry } from "./word-entry.js";

/**
 * Output of {@link tagSentence}: best labels and a per-token confidence. Both are views of work
 * buffers that the next call overwrites: read (or copy) them before tagging another sentence.
 */
export interface TaggedSentence {
  labels: Uint8Array;
  /** Softmax probability of the chosen label from emission scores, per token. */
  confidence: Float32Array;
  /**
   * Per token, how strongly the emission scores back the chosen label's type against every other
   * type, O counting as a type: the best score of a label of the chosen type (any BILOU prefix) minus
   * the best score of a label of another type. Positive: the scores agree with the decision; in the
   * model's score units (see the arbitration refiner). NaN for a token labelled O unless all margins were asked for.
   */
  margin: Float32Array;
}

let confidenceBuffer = new Float32Array(64);
let marginBuffer = new Float32Array(64);
let featureBuffer = new Int32Array(64 * MAX_FEATURES);
let countBuffer = new Uint8Array(64);
let scoreBuffer = new Float32Array(64 * LABEL_COUNT);
const entryBuffer: WordEntry[] = [];
let gazCodes = new Uint8Array(64);
let gazTriples = new Int32Array(64);
/** Offsets of the score vectors by position in the arena's data, two padding positions on each side (reused across sentences). */
let positionVectors = new Int32Array(64);

/**
 * Tag one sentence with BILOU labels by Viterbi decoding under BILOU constraints.
 *
 * @param model - A decoded model.
 * @param words - Token texts.
 * @param flags - Per-token feature flags.
 * @param allMargins - Also compute the margin of tokens labelled O (else NaN there).
 * @returns Labels and confidences.
 */
export function tagSentence(model: TaggerModel, words: readonly string[], flags: Uint8Array, allMargins = false): TaggedSentence {
  const n = words.length;
  const L = LABEL_COUNT;
  if (featureBuffer.length < n * MAX_FEATURES) {
    featureBuffer = new Int32Array(n * MAX_FEATURES * 2);
    countBuffer = new Uint8Array(n * 2);
  }
  const words_ = entryBuffer;
  if (gazCodes.length < n) {
    gazCodes = new Uint8Array(n * 2);
    gazTriples = new Int32Array(n * 2);
  }
  extractFeatures(words, flags, model.clusters, featureBuffer, countBuffer, words_, gazCodes);
  if (scoreBuffer.length < n * L) scoreBuffer = new Float32Array(n * L * 2);
  const scores = scoreBuffer;
  // Per-word features come from cached score vectors (one per word and role); the bias and
  // gazetteer-code features from a small dense table; only the rest is looked up per token.
  // The score vectors of every position, padding included (index i + 2 is token i): one look-up per
  // word, not one per word and role.
  const pads = padsOf(model);
  const arena = vectorArena(model, n);
  if (positionVectors.length < n + 4) positionVectors = new Int32Array((n + 4) * 2);
  const at = positionVectors;
  at[0] = vectorsOf(model, arena, pads[0]!);
  at[1] = vectorsOf(model, arena, pads[1]!);
  for (let i = 0; i < n; i++) at[i + 2] = vectorsOf(model, arena, words_[i]!);
  at[n + 2] = vectorsOf(model, arena, pads[2]!);
  at[n + 3] = vectorsOf(model, arena, pads[3]!);
  for (let i = 0; i < n; i++) {
    // Bias plus the three gazetteer codes: one cached vector per distinct code triple.
    const triple = (gazCodes[i]! << 10) | ((i > 0 ? gazCodes[i - 1]! : 30) << 5) | (i + 1 < n ? gazCodes[i + 1]! : 31);
    gazTriples[i] = gazetteerVectorAt(model, arena, triple);
  }
  // Read after the look-ups: adding a word may have replaced the arrays.
  const v = arena.data;
  const gv = arena.gazetteer;
  for (let i = 0; i < n; i++) {
    const so = i * L;
    const o0 = at[i + 2]!;
    const o1 = at[i + 1]! + L;
    const o2 = at[i]! + 2 * L;
    const o3 = at[i + 3]! + 3 * L;
    const o4 = at[i + 4]! + 4 * L;
    const og = gazTriples[i]!;
    for (let l = 0; l < L; l++) {
      scores[so + l] = v[o0 + l]! + v[o1 + l]! + v[o2 + l]! + v[o3 + l]! + v[o4 + l]! + gv[og + l]!;
    }
  }
  const present = presenceBits(model);
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const so = i * L;
    for (let k = 0; k < countBuffer[i]!; k++) {
      // Most context keys (word bigrams) are not in the model: a 128 KB bit set answers that
      // without touching the multi-megabyte table.
      addKey(model, present, featureBuffer[base + k]!, scores, so);
    }
  }
  const labels = viterbiPruned(scores, n, model.transitions, model.start);
  if (confidenceBuffer.length < n) confidenceBuffer = new Float32Array(n * 2);
  const confidence = confidenceBuffer.subarray(0, n);
  if (marginBuffer.length < n) marginBuffer = new Float32Array(n * 2);
  const margin = marginBuffer.subarray(0, n);
  // Margins of entity tokens always (few); of O tokens only when asked (most tokens: it would cost a pass over
  // every score), NaN otherwise.
  for (let i = 0; i < n; i++) margin[i] = labels[i] === 0 && !allMargins ? Number.NaN : typeMargin(scores, i * L, labels[i]!);
  for (let i = 0; i < n; i++) {
    if (labels[i] === 0) {
      confidence[i] = 0; // only entity tokens need a confidence
      continue;
    }
    const so = i * L;
    let max = -Infinity;
    for (let l = 0; l < L; l++) max = Math.max(max, scores[so + l]!);
    let z = 0;
    for (let l = 0; l < L; l++) z += Math.exp(scores[so + l]! - max);
    confidence[i] = Math.exp(scores[so + labels[i]!]! - max) / z;
  }
  return { labels, confidence, margin };
}

/**
 * The chosen label's type margin at one token: best score of its type (O alone, or B/I/L/U of one
 * entity type) minus the best score of any other type.
 *
 * @param scores - Emission scores.
 * @param so - Offset of the token's scores.
 * @param label - The chosen label.
 * @returns The margin (negative when the emissions prefer another type).
 */
function typeMargin(scores: Float32Array, so: number, label: number): number {
  const own = label === 0 ? -1 : (label - 1) >> 2;
  let mine = own < 0 ? scores[so]! : -Infinity;
  let other = own < 0 ? -Infinity : scores[so]!;
  for (let l = 1; l < LABEL_COUNT; l++) {
    const v = scores[so + l]!;
    if ((l - 1) >> 2 === own) {
      if (v > mine) mine = v;
    } else if (v > other) other = v;
  }
  return mine - other;
}
