import { extractFeatures, MAX_FEATURES, type WordClusters } from "./features.js";
import { allowedEnd, allowedTransition, LABEL_COUNT } from "./labels.js";

/**
 * A decoded averaged-perceptron sequence model: sparse emission weights keyed
 * by 32-bit feature hashes, a BILOU transition matrix and word clusters.
 */
export interface TaggerModel {
  /** Feature hash → row index. */
  rows: Map<number, number>;
  /** Start of each row in `entryLabels` / `entryWeights` (length rows + 1). */
  rowStart: Uint32Array;
  entryLabels: Uint8Array;
  entryWeights: Float32Array;
  /** `transitions[from * L + to]`. */
  transitions: Float32Array;
  /** Score of each label at sentence start. */
  start: Float32Array;
  clusters: WordClusters | undefined;
}

const MAGIC = 0x4e504e52; // "NPNR"

/**
 * Serialise a model's arrays into the compact binary format (sqrt-quantised int8 weights).
 *
 * @param parts - Feature hashes, per-feature label/weight lists, transitions and start scores.
 * @returns Bytes to base64-encode into the package.
 */
export function encodeModel(parts: {
  hashes: Uint32Array;
  rowCounts: Uint8Array;
  labels: Uint8Array;
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}): Uint8Array {
  let max = 0;
  for (const w of parts.weights) max = Math.max(max, Math.abs(w));
  max ||= 1;
  const nf = parts.hashes.length;
  const ne = parts.labels.length;
  const L = parts.start.length;
  const size = 4 * 5 + nf * 4 + nf + ne * 2 + (L * L + L) * 4;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  let o = 0;
  view.setUint32(o, MAGIC, true);
  view.setUint32((o += 4), L, true);
  view.setUint32((o += 4), nf, true);
  view.setUint32((o += 4), ne, true);
  view.setFloat32((o += 4), max, true);
  o += 4;
  for (let i = 0; i < nf; i++, o += 4) view.setUint32(o, parts.hashes[i]!, true);
  bytes.set(parts.rowCounts, o);
  o += nf;
  bytes.set(parts.labels, o);
  o += ne;
  for (let i = 0; i < ne; i++) {
    const w = parts.weights[i]!;
    const q = Math.round(Math.sqrt(Math.abs(w) / max) * 127) * Math.sign(w);
    view.setInt8(o++, q);
  }
  for (const t of parts.transitions) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  for (const t of parts.start) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  return bytes;
}

/**
 * Decode the binary model format written by {@link encodeModel}.
 *
 * @param bytes - Model bytes.
 * @param clusters - Word clusters shipped beside the weights.
 * @returns A model ready for {@link tagSentence}.
 */
export function decodeModel(bytes: Uint8Array, clusters: WordClusters | undefined): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  if (view.getUint32(o, true) !== MAGIC) throw new Error("entity-extract: bad model magic");
  const L = view.getUint32((o += 4), true);
  const nf = view.getUint32((o += 4), true);
  const ne = view.getUint32((o += 4), true);
  const max = view.getFloat32((o += 4), true);
  o += 4;
  const rows = new Map<number, number>();
  for (let i = 0; i < nf; i++, o += 4) rows.set(view.getUint32(o, true), i);
  const rowStart = new Uint32Array(nf + 1);
  for (let i = 0; i < nf; i++) rowStart[i + 1] = rowStart[i]! + bytes[o + i]!;
  o += nf;
  const entryLabels = bytes.slice(o, o + ne);
  o += ne;
  const entryWeights = new Float32Array(ne);
  for (let i = 0; i < ne; i++) {
    const q = view.getInt8(o++);
    const r = q / 127;
    entryWeights[i] = Math.sign(q) * r * r * max;
  }
  const transitions = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++, o += 4) transitions[i] = view.getFloat32(o, true);
  const start = new Float32Array(L);
  for (let i = 0; i < L; i++, o += 4) start[i] = view.getFloat32(o, true);
  return { rows, rowStart, entryLabels, entryWeights, transitions, start, clusters };
}

/** Output of {@link tagSentence}: best labels and a per-token confidence. */
export interface TaggedSentence {
  labels: Uint8Array;
  /** Softmax probability of the chosen label from emission scores, per token. */
  confidence: Float32Array;
}

let featureBuffer = new Uint32Array(64 * MAX_FEATURES);
let countBuffer = new Uint8Array(64);

/**
 * Tag one sentence with BILOU labels by Viterbi decoding under BILOU constraints.
 *
 * @param model - A decoded model.
 * @param words - Token texts.
 * @param flags - Per-token feature flags.
 * @returns Labels and confidences.
 */
export function tagSentence(model: TaggerModel, words: readonly string[], flags: Uint8Array): TaggedSentence {
  const n = words.length;
  const L = LABEL_COUNT;
  if (featureBuffer.length < n * MAX_FEATURES) {
    featureBuffer = new Uint32Array(n * MAX_FEATURES * 2);
    countBuffer = new Uint8Array(n * 2);
  }
  extractFeatures(words, flags, model.clusters, featureBuffer, countBuffer);
  const scores = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const so = i * L;
    for (let k = 0; k < countBuffer[i]!; k++) {
      const row = model.rows.get(featureBuffer[base + k]!);
      if (row === undefined) continue;
      for (let e = model.rowStart[row]!; e < model.rowStart[row + 1]!; e++) {
        scores[so + model.entryLabels[e]!]! += model.entryWeights[e]!;
      }
    }
  }
  const labels = viterbi(scores, n, model.transitions, model.start);
  const confidence = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const so = i * L;
    let max = -Infinity;
    for (let l = 0; l < L; l++) max = Math.max(max, scores[so + l]!);
    let z = 0;
    for (let l = 0; l < L; l++) z += Math.exp(scores[so + l]! - max);
    confidence[i] = Math.exp(scores[so + labels[i]!]! - max) / z;
  }
  return { labels, confidence };
}

const NEG = -1e30;

/**
 * First-order Viterbi over emission scores with hard BILOU constraints.
 *
 * @param scores - `n * L` emission scores.
 * @param n - Number of tokens.
 * @param transitions - `L * L` transition scores.
 * @param start - Start scores.
 * @returns The best label sequence.
 */
export function viterbi(scores: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const L = LABEL_COUNT;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) delta[l] = allowedTransition(-1, l) ? scores[l]! + start[l]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const v = delta[(i - 1) * L + p]! + transitions[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * L + l] = best + scores[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (!allowedEnd(l)) continue;
    const v = delta[(n - 1) * L + l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}

const ALLOWED = (() => {
  const L = LABEL_COUNT;
  const a = new Uint8Array(L * L);
  for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) a[p * L + l] = allowedTransition(p, l) ? 1 : 0;
  return a;
})();
