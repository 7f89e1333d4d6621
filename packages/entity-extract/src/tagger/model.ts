import { extractFeatures, gazetteerKey, MAX_FEATURES, padEntries, roleKey, roleKeyCount, type WordClusters, type WordEntry } from "./features.js";
import { InvalidModelError } from "../errors.js";
import { allowedEnd, allowedTransition, LABEL_COUNT } from "./labels.js";

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

const MAGIC = 0x4e504e52; // "NPNR"

/**
 * Serialise a model's arrays into the compact binary format (sqrt-quantised int8 weights).
 *
 * @param parts - Feature hashes, per-feature label/weight lists, transitions and start scores.
 * @returns Bytes to base64-encode into the package.
 */
export function encodeModel(parts: {
  hashes: Int32Array;
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
  for (let i = 0; i < nf; i++, o += 4) view.setInt32(o, parts.hashes[i]!, true);
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
 * Decode the binary model format written by `encodeModel` (used by the training script).
 *
 * @param bytes - Model bytes.
 * @param clusters - Word clusters shipped beside the weights.
 * @returns A model ready for `tagSentence`.
 */
export function decodeModel(bytes: Uint8Array, clusters: WordClusters | undefined): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  if (bytes.byteLength < 20 || view.getUint32(o, true) !== MAGIC) throw new InvalidModelError("Not an entity-extract tagger model (bad magic number).");
  const L = view.getUint32((o += 4), true);
  const nf = view.getUint32((o += 4), true);
  const ne = view.getUint32((o += 4), true);
  const max = view.getFloat32((o += 4), true);
  o += 4;
  let size = 1;
  while (size < nf * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  const keys = new Int32Array(nf);
  for (let i = 0; i < nf; i++, o += 4) keys[i] = view.getInt32(o, true);
  let entryStart = 0;
  for (let i = 0; i < nf; i++) {
    const count = bytes[o + i]!;
    const key = keys[i]!;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (table[slot * 2 + 1] !== 0 && table[slot * 2] !== key) slot = (slot + 1) & mask;
    table[slot * 2] = key;
    table[slot * 2 + 1] = entryStart | (count << 24);
    entryStart += count;
  }
  o += nf;
  const entries = new Uint16Array(ne);
  for (let i = 0; i < ne; i++) entries[i] = bytes[o + i]!;
  o += ne;
  for (let i = 0; i < ne; i++) entries[i]! |= (view.getInt8(o++) + 128) << 8;
  const weightOf = new Float32Array(256);
  for (let q = -128; q < 128; q++) {
    const r = q / 127;
    weightOf[q + 128] = Math.sign(q) * r * r * max;
  }
  const transitions = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++, o += 4) transitions[i] = view.getFloat32(o, true);
  const start = new Float32Array(L);
  for (let i = 0; i < L; i++, o += 4) start[i] = view.getFloat32(o, true);
  return { table, entries, weightOf, transitions, start, clusters };
}

/**
 * Output of {@link tagSentence}: best labels and a per-token confidence. Both are views of work
 * buffers that the next call overwrites: read (or copy) them before tagging another sentence.
 */
export interface TaggedSentence {
  labels: Uint8Array;
  /** Softmax probability of the chosen label from emission scores, per token. */
  confidence: Float32Array;
}

let confidenceBuffer = new Float32Array(64);
let labelBuffer = new Uint8Array(64);
let featureBuffer = new Int32Array(64 * MAX_FEATURES);
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
  let pads = padCache.get(model);
  if (!pads) {
    pads = padEntries();
    padCache.set(model, pads);
  }
  const gv = gazetteerVectors(model);
  for (let i = 0; i < n; i++) {
    const so = i * L;
    const v0 = vectorsOf(model, words_[i]!);
    const v1 = vectorsOf(model, i >= 1 ? words_[i - 1]! : pads[1]!);
    const v2 = vectorsOf(model, i >= 2 ? words_[i - 2]! : pads[i === 1 ? 1 : 0]!);
    const v3 = vectorsOf(model, i + 1 < n ? words_[i + 1]! : pads[2]!);
    const v4 = vectorsOf(model, i + 2 < n ? words_[i + 2]! : pads[i + 2 === n ? 2 : 3]!);
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
  return { labels, confidence };
}

const NEG = -1e30;

/**
 * Margin of {@link viterbiPruned} for a model: twice the spread of its transition scores plus the
 * spread of its start scores. A label further below the token's best emission than this cannot be
 * rescued by its two transitions unless BILOU constraints force it, so pruning is near-exact.
 */
const marginCache = new WeakMap<Float32Array, number>();
function pruneMargin(transitions: Float32Array, start: Float32Array): number {
  let m = marginCache.get(transitions);
  if (m === undefined) {
    let tMin = 0;
    let tMax = 0;
    for (const t of transitions) {
      tMin = Math.min(tMin, t);
      tMax = Math.max(tMax, t);
    }
    let sMin = 0;
    let sMax = 0;
    for (const t of start) {
      sMin = Math.min(sMin, t);
      sMax = Math.max(sMax, t);
    }
    m = 2 * (tMax - tMin) + (sMax - sMin);
    marginCache.set(transitions, m);
  }
  return m;
}
let activeBuffer = new Uint8Array(64 * LABEL_COUNT);
let activeCount = new Uint8Array(64);

/**
 * Viterbi restricted, per token, to labels whose emission score is within
 * a model-derived margin of the best one (most tokens keep only `O`); falls back to
 * all labels at a token where the restriction leaves no valid path. Gives the
 * exact decoder's answer on GMB held-out at several times its speed.
 *
 * @param scores - `n * L` emission scores.
 * @param n - Number of tokens.
 * @param transitions - `L * L` transition scores.
 * @param start - Start scores.
 * @returns The best label sequence found: a view of a work buffer that the next call overwrites.
 */
export function viterbiPruned(scores: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const L = LABEL_COUNT;
  if (labelBuffer.length < n) labelBuffer = new Uint8Array(n * 2);
  const out = labelBuffer.subarray(0, n);
  if (n === 0) return out;
  growViterbiBuffers(n * L);
  if (activeCount.length < n) {
    activeBuffer = new Uint8Array(n * L * 2);
    activeCount = new Uint8Array(n * 2);
  }
  const delta = deltaBuffer;
  const back = backBuffer;
  const margin = pruneMargin(transitions, start);
  const transitionsMasked = maskedTransitions(transitions);
  for (let i = 0; i < n; i++) {
    selectLabels(scores, i, margin, false);
    if (!fillColumn(scores, i, delta, back, transitionsMasked, start)) {
      selectLabels(scores, i, margin, true);
      if (!fillColumn(scores, i, delta, back, transitionsMasked, start) && i > 0) {
        // The previous token's restriction is the problem: widen it too, then retry.
        selectLabels(scores, i - 1, margin, true);
        fillColumn(scores, i - 1, delta, back, transitionsMasked, start);
        fillColumn(scores, i, delta, back, transitionsMasked, start);
      }
    }
  }
  let best = NEG;
  let arg = -1;
  for (let a = 0; a < activeCount[n - 1]!; a++) {
    const l = activeBuffer[(n - 1) * L + a]!;
    if (!allowedEnd(l)) continue;
    const v = delta[(n - 1) * L + l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  if (arg < 0) return viterbi(scores, n, transitions, start);
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
const presenceCache = new WeakMap<TaggerModel, Int32Array>();

/** One bit per 2^20 buckets of a second hash of the feature keys: 0 means the key is certainly absent. */
function presenceBits(model: TaggerModel): Int32Array {
  let bits = presenceCache.get(model);
  if (!bits) {
    bits = new Int32Array(1 << 15);
    const { table } = model;
    for (let slot = 0; slot < table.length; slot += 2) {
      if (table[slot + 1] === 0) continue;
      const bit = Math.imul(table[slot]!, 0x85ebca6b) >>> 12;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    presenceCache.set(model, bits);
  }
  return bits;
}

const maskedCache = new WeakMap<Float32Array, Float64Array>();

/** Transition scores with BILOU-forbidden transitions set to `NEG` (cached per model). */
function maskedTransitions(transitions: Float32Array): Float64Array {
  let m = maskedCache.get(transitions);
  if (!m) {
    const L = LABEL_COUNT;
    m = new Float64Array(L * L);
    for (let k = 0; k < L * L; k++) m[k] = ALLOWED[k] ? transitions[k]! : NEG;
    maskedCache.set(transitions, m);
  }
  return m;
}

/** Active labels of token `i`: those within `margin` of its best emission score (all with `all`). */
function selectLabels(scores: Float32Array, i: number, margin: number, all: boolean): void {
  const L = LABEL_COUNT;
  const so = i * L;
  if (all) {
    for (let l = 0; l < L; l++) activeBuffer[so + l] = l;
    activeCount[i] = L;
    return;
  }
  // One pass over the labels keeps those within `margin` of the best score so far (a superset of
  // the answer, since the running best never exceeds the final one), then a pass over that short
  // list applies the final floor: the same labels, in the same order, as two full passes.
  let max = -Infinity;
  let c = 0;
  for (let l = 0; l < L; l++) {
    const v = scores[so + l]!;
    if (v > max) max = v;
    if (v >= max - margin) activeBuffer[so + c++] = l;
  }
  const floor = max - margin;
  let k = 0;
  for (let a = 0; a < c; a++) {
    const l = activeBuffer[so + a]!;
    if (scores[so + l]! >= floor) activeBuffer[so + k++] = l;
  }
  activeCount[i] = k;
}

/** One Viterbi column over the active labels; false when no active label is reachable. */
function fillColumn(scores: Float32Array, i: number, delta: Float64Array, back: Uint8Array, masked: Float64Array, start: Float32Array): boolean {
  const L = LABEL_COUNT;
  let any = false;
  const so = i * L;
  const po = so - L;
  const count = activeCount[i]!;
  const prevCount = i > 0 ? activeCount[i - 1]! : 0;
  for (let a = 0; a < count; a++) {
    const l = activeBuffer[so + a]!;
    let best = NEG;
    let arg = 0;
    if (i === 0) {
      if (START_ALLOWED[l]) best = start[l]!;
    } else {
      // `masked` holds NEG for transitions BILOU forbids, and an unreachable `prev` is NEG:
      // either way the sum is at most NEG and never beats `best`, so no branch is needed.
      for (let b = 0; b < prevCount; b++) {
        const p = activeBuffer[po + b]!;
        const v = delta[po + p]! + masked[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
    }
    if (best > NEG) {
      delta[so + l] = best + scores[so + l]!;
      any = true;
    } else delta[so + l] = NEG;
    back[so + l] = arg;
  }
  return any;
}

// Reused work buffers: tagging allocates almost nothing per sentence.
let scoreBuffer = new Float32Array(64 * LABEL_COUNT);
let deltaBuffer = new Float64Array(64 * LABEL_COUNT);
let backBuffer = new Uint8Array(64 * LABEL_COUNT);

/** Make the shared Viterbi score and back-pointer buffers hold at least `cells` entries (doubling, so growth is amortised). */
function growViterbiBuffers(cells: number): void {
  if (deltaBuffer.length >= cells) return;
  deltaBuffer = new Float64Array(cells * 2);
  backBuffer = new Uint8Array(cells * 2);
}
const entryBuffer: WordEntry[] = [];
const padCache = new WeakMap<TaggerModel, WordEntry[]>();
let gazCodes = new Uint8Array(64);
const gazVectorCache = new WeakMap<TaggerModel, Map<number, Float32Array>>();

/** Score vectors of the bias plus the gazetteer codes of a token and its two neighbours, keyed `code << 10 | left << 5 | right` (at most 32 768 triples). */
function gazetteerVectors(model: TaggerModel): Map<number, Float32Array> {
  let v = gazVectorCache.get(model);
  if (!v) {
    v = new Map();
    gazVectorCache.set(model, v);
  }
  return v;
}

/** Summed weights of every feature key, into `out[offset .. offset + L)`. */
function scoreKeys(model: TaggerModel, keys: readonly number[], out: Float32Array, offset: number): void {
  for (const key of keys) addWeights(model, key, out, offset);
}

function vectorsOf(model: TaggerModel, e: WordEntry): Float32Array {
  if (e.vectors && e.vectorsOwner === model) return e.vectors;
  // First sight of this word with this model: the summed weights of its keys in each of the five
  // roles (the keys of `roleKeys`, in the same order, so every sum is the same float). Keys the
  // presence bit set rules out are skipped without probing the large table.
  const L = LABEL_COUNT;
  const v = new Float32Array(5 * L);
  const present = presenceBits(model);
  const hasClusters = model.clusters !== undefined;
  const keys = e.keys;
  for (let k = 0; k < keys.length; k++) addKey(model, present, keys[k]!, v, 0);
  for (let role = 1; role < 5; role++) {
    const count = roleKeyCount(e, role, hasClusters);
    for (let k = 0; k < count; k++) addKey(model, present, roleKey(e, role, k), v, role * L);
  }
  e.vectors = v;
  e.vectorsOwner = model;
  return v;
}

/** Add the weights of one feature key into `out[offset .. offset + L)` (nothing when the key is absent). */
function addKey(model: TaggerModel, present: Int32Array, key: number, out: Float32Array, offset: number): void {
  const bit = Math.imul(key, 0x85ebca6b) >>> 12;
  if ((present[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
  addWeights(model, key, out, offset);
}

/** Probe the weight table for `key` and add its weights into `out[offset .. offset + L)`. */
function addWeights(model: TaggerModel, key: number, out: Float32Array, offset: number): void {
  const { table, entries, weightOf } = model;
  const mask = (table.length >> 1) - 1;
  let slot = Math.imul(key, 0x9e3779b1) & mask;
  for (;;) {
    const v = table[slot * 2 + 1]!;
    if (v === 0) return;
    if (table[slot * 2] === key) {
      const from = v & 0xffffff;
      const end = from + (v >>> 24);
      for (let i = from; i < end; i++) {
        const x = entries[i]!;
        out[offset + (x & 255)]! += weightOf[x >> 8]!;
      }
      return;
    }
    slot = (slot + 1) & mask;
  }
}

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
  growViterbiBuffers(n * L);
  const delta = deltaBuffer;
  const back = backBuffer;
  for (let l = 0; l < L; l++) delta[l] = allowedTransition(-1, l) ? scores[l]! + start[l]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = NEG;
      let arg = 0;
      const preds = PREDECESSORS[l]!;
      for (let q = 0; q < preds.length; q++) {
        const p = preds[q]!;
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

const START_ALLOWED = (() => {
  const a = new Uint8Array(LABEL_COUNT);
  for (let l = 0; l < LABEL_COUNT; l++) a[l] = allowedTransition(-1, l) ? 1 : 0;
  return a;
})();

/** For each label, the labels allowed before it under BILOU. */
const PREDECESSORS: Uint8Array[] = (() => {
  const L = LABEL_COUNT;
  const out: Uint8Array[] = [];
  for (let l = 0; l < L; l++) {
    const preds: number[] = [];
    for (let p = 0; p < L; p++) if (allowedTransition(p, l)) preds.push(p);
    out.push(Uint8Array.from(preds));
  }
  return out;
})();
