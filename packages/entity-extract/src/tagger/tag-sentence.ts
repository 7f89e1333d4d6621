import { gazetteerVectors, padsOf, vectorsOf } from "./emission-vectors.js";
import { extractFeatures } from "./features.js";
import { gazetteerKey, MAX_FEATURES } from "./feature-templates.js";
import { LABEL_COUNT } from "./labels.js";
import { presenceBits } from "./presence-bits.js";
import type { TaggerModel } from "./tagger-model.js";
import { viterbiPruned } from "./viterbi-pruned.js";
import { addKey, scoreKeys } from "./weight-table.js";
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
/** Score vectors by position, two padding positions on each side (reused across sentences). */
const positionVectors: Float32Array[] = [];

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
  if (gazCodes.length < n) gazCodes = new Uint8Array(n * 2);
  extractFeatures(words, flags, model.clusters, featureBuffer, countBuffer, words_, gazCodes);
  if (scoreBuffer.length < n * L) scoreBuffer = new Float32Array(n * L * 2);
  const scores = scoreBuffer;
  // Per-word features come from cached score vectors (one per word and role); the bias and
  // gazetteer-code features from a small dense table; only the rest is looked up per token.
  // The score vectors of every position, padding included (index i + 2 is token i): one look-up per
  // word, not one per word and role.
  const pads = padsOf(model);
  const vectors = positionVectors;
  vectors[0] = vectorsOf(model, pads[0]!);
  vectors[1] = vectorsOf(model, pads[1]!);
  for (let i = 0; i < n; i++) vectors[i + 2] = vectorsOf(model, words_[i]!);
  vectors[n + 2] = vectorsOf(model, pads[2]!);
  vectors[n + 3] = vectorsOf(model, pads[3]!);
  const gv = gazetteerVectors(model);
  for (let i = 0; i < n; i++) {
    const so = i * L;
    const v0 = vectors[i + 2]!;
    const v1 = vectors[i + 1]!;
    const v2 = vectors[i]!;
    const v3 = vectors[i + 3]!;
    const v4 = vectors[i + 4]!;
    // Bias plus the three gazetteer codes: one cached vector per distinct code triple.
    const triple = (gazCodes[i]! << 10) | ((i > 0 ? gazCodes[i - 1]! : 30) << 5) | (i + 1 < n ? gazCodes[i + 1]! : 31);
    let gt = gv.get(triple);
    if (gt === undefined) {
      gt = new Float32Array(L);
      scoreKeys(model, [gazetteerKey(0, 0), gazetteerKey(1, triple >> 10), gazetteerKey(2, (triple >> 5) & 31), gazetteerKey(3, triple & 31)], gt, 0);
      gv.set(triple, gt);
    }
    for (let l = 0; l < L; l++) {
      scores[so + l] = v0[l]! + v1[L + l]! + v2[2 * L + l]! + v3[3 * L + l]! + v4[4 * L + l]! + gt[l]!;
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
