import { BIAS_KEY, FLAG_HEADLINE, FLAG_SENTENCE_START, MAX_FEATURES, PAD, PADR, T } from "./feature-templates.js";
import { gazetteerClasses } from "./gazetteer-codes.js";
import { hashString, mixKey } from "./hash.js";
import { WORD_CACHE_SIZE, wordCacheFor, wordEntry, type WordClusters, type WordEntry } from "./word-entry.js";
import { wordnetCodes } from "./wordnet-codes.js";

let nameRunsEnabled = false;
/**
 * Switch the name-run features on or off (off by default: the shipped model was trained without
 * them; the training script's `--name-runs` trains a model with them).
 *
 * @param on - Whether to emit them.
 */
export function setNameRunFeatures(on: boolean): void {
  nameRunsEnabled = on;
}

/**
 * Whether the name-run features are on (see {@link setNameRunFeatures}).
 *
 * @returns The switch.
 */
export function nameRunFeaturesEnabled(): boolean {
  return nameRunsEnabled;
}

/** Whether a token opens with a capital letter. */
function capitalised(w: string): boolean {
  const ch = w.charAt(0);
  return ch !== ch.toLowerCase();
}

/**
 * Phase 3f: features of the run of capitalised words a token stands in (two words or more, outside
 * headlines): the run's last word (its head: `Energy` in `Halvorsen Energy`), that word's fine
 * cluster, the run's first word, each with the token's position in the run (first, inside, last),
 * and the run's length with the position. So every word of a name sees what kind of name it is in.
 *
 * @returns The next free index of `out`.
 */
function writeNameRunFeatures(out: Int32Array, c: number, i: number, runStart: number, runEnd: number, hw: Int32Array, hc: Int32Array, clusters: boolean): number {
  const pos = i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
  const last = runEnd - 1 + 2;
  out[c++] = mixKey(T.runHead, hw[last]!, pos);
  if (clusters) out[c++] = mixKey(T.runHeadCl, hc[last]!, pos);
  out[c++] = mixKey(T.runFirst, hw[runStart + 2]!, pos);
  out[c++] = mixKey(T.runShape, Math.min(runEnd - runStart, 5), pos);
  return c;
}

/** Most WordNet type bits a token contributes as separate features. */
const MAX_WN_BITS = 3;

/**
 * Per-position hashes of the sentence being featurised, two padding positions on each side
 * (index `i + 2` is token `i`): word, shape, fine cluster, coarse cluster. Reused across sentences.
 */
let hashBuffers: Int32Array[] = [0, 1, 2, 3].map(() => new Int32Array(128));

/**
 * Phase 1: the cached word entry of every token, and the padded per-position hashes.
 *
 * @returns The four hash buffers (word, shape, fine cluster, coarse cluster).
 */
function lookUpWords(words: readonly string[], clusters: WordClusters | undefined, entries: WordEntry[]): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const n = words.length;
  if (hashBuffers[0]!.length < n + 4) hashBuffers = [0, 1, 2, 3].map(() => new Int32Array((n + 4) * 2));
  const [hw, hs, hc, hc2] = hashBuffers as [Int32Array, Int32Array, Int32Array, Int32Array];
  const cache = wordCacheFor(clusters);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let e = cache.get(w);
    if (!e) {
      e = wordEntry(w, clusters);
      if (cache.size >= WORD_CACHE_SIZE) cache.clear();
      cache.set(w, e);
    }
    entries[i] = e;
    hw[i + 2] = e.hw;
    hs[i + 2] = e.hs;
    hc[i + 2] = e.hc;
    hc2[i + 2] = e.hc2;
  }
  for (let k = 0; k < 2; k++) {
    hw[k] = PAD[k]!;
    hs[k] = PAD[k]!;
    hc[k] = PAD[k]!;
    hc2[k] = PAD[k]!;
    hw[n + 2 + k] = PADR[k]!;
    hs[n + 2 + k] = PADR[k]!;
    hc[n + 2 + k] = PADR[k]!;
    hc2[n + 2 + k] = PADR[k]!;
  }
  return [hw, hs, hc, hc2];
}

/**
 * Phase 3a: the features that are a function of one word in one role (bias, the word's own keys,
 * its neighbours' words and shapes), which the tagger takes from cached per-word vectors instead.
 *
 * @returns The next free index of `out`.
 */
function writeWordFeatures(out: Int32Array, c: number, e: WordEntry, j: number, hw: Int32Array, hs: Int32Array): number {
  out[c++] = BIAS_KEY;
  for (let k = 0; k < e.keys.length; k++) out[c++] = e.keys[k]!;
  out[c++] = mixKey(T.wm1, hw[j - 1]!);
  out[c++] = mixKey(T.wp1, hw[j + 1]!);
  out[c++] = mixKey(T.wm2, hw[j - 2]!);
  out[c++] = mixKey(T.wp2, hw[j + 2]!);
  out[c++] = mixKey(T.shm1, hs[j - 1]!);
  out[c++] = mixKey(T.shp1, hs[j + 1]!);
  out[c++] = mixKey(T.shm2, hs[j - 2]!);
  out[c++] = mixKey(T.shp2, hs[j + 2]!);
  return c;
}

/**
 * Phase 3b: pairs of neighbours (shape pairs, word bigrams) and the sentence-start and headline
 * variants of the word.
 *
 * @returns The next free index of `out`.
 */
function writePairFeatures(out: Int32Array, c: number, j: number, f: number, hw: Int32Array, hs: Int32Array): number {
  out[c++] = mixKey(T.shPair, hs[j - 1]!, hs[j]!);
  out[c++] = mixKey(T.shPair + 100, hs[j]!, hs[j + 1]!);
  out[c++] = mixKey(T.bigL, hw[j - 1]!, hw[j]!);
  out[c++] = mixKey(T.bigR, hw[j]!, hw[j + 1]!);
  if (f & FLAG_SENTENCE_START) {
    out[c++] = mixKey(T.ssShape, hs[j]!);
    out[c++] = mixKey(T.ssW, hw[j]!);
  }
  if (f & FLAG_HEADLINE) {
    out[c++] = mixKey(T.hlShape, hs[j]!);
    out[c++] = mixKey(T.hlW, hw[j]!);
  }
  return c;
}

/**
 * Phase 3d: WordNet names, the type mask and position, also with the word's shape (a capital or
 * not), each type bit alone (at most {@link MAX_WN_BITS}), and the neighbours' codes. Only where
 * there is a name.
 *
 * @returns The next free index of `out`.
 */
function writeWordnetFeatures(out: Int32Array, c: number, wn: Uint16Array, i: number, n: number, shape: number): number {
  const wc = wn[i]!;
  if (wc) {
    out[c++] = mixKey(T.wn, wc);
    out[c++] = mixKey(T.wnShape, wc, shape);
    let bits = wc >> 2;
    for (let b = 0, k = 0; bits && k < MAX_WN_BITS; b++, bits >>= 1) {
      if (bits & 1) {
        out[c++] = mixKey(T.wnBit, (b << 2) | (wc & 3));
        k++;
      }
    }
  }
  if (i > 0 && wn[i - 1]) out[c++] = mixKey(T.wnm1, wn[i - 1]!);
  if (i + 1 < n && wn[i + 1]) out[c++] = mixKey(T.wnp1, wn[i + 1]!);
  return c;
}

/** Gazetteer code of position `i` of a sentence of `n` tokens: 30 before it, 31 after it. */
function gazAt(gaz: Uint8Array, n: number, i: number): number {
  return i < 0 ? 30 : i >= n ? 31 : gaz[i]!;
}

/**
 * Feature keys (signed 32-bit hashes) for every token of one sentence.
 *
 * Phases: look up the words (1), code the sentence against the gazetteer and WordNet (2), then
 * write each token's keys (3): per-word keys, pairs, gazetteer, punctuation before it, WordNet,
 * neighbours' clusters. The order of the keys is part of the model's arithmetic: keep it.
 *
 * @param words - Token texts of the sentence.
 * @param flags - Per-token {@link FLAG_SENTENCE_START} / {@link FLAG_HEADLINE} bits.
 * @param clusters - Optional word clusters.
 * @param out - Receives `MAX_FEATURES` keys per token (row-major); must hold `words.length * MAX_FEATURES`.
 * @param counts - Receives the number of keys of each token.
 * @param entriesOut - When given, receives the word entries, and only the features that are not a
 *   function of a single word are written: the caller adds cached per-word score vectors for the
 *   rest (see `roleKeys`), and for the bias and gazetteer codes.
 * @param gazOut - When given, receives the gazetteer code of each token.
 */
export function extractFeatures(
  words: readonly string[],
  flags: Uint8Array,
  clusters: WordClusters | undefined,
  out: Int32Array,
  counts: Uint8Array,
  entriesOut?: WordEntry[],
  gazOut?: Uint8Array,
): void {
  const contextOnly = entriesOut !== undefined;
  const n = words.length;
  const entries = entriesOut ?? new Array<WordEntry>(n);
  entries.length = n;
  const [hw, hs, hc, hc2] = lookUpWords(words, clusters, entries);
  const gaz = gazetteerClasses(entries, n);
  if (gazOut) {
    if (gazOut.length < n) throw new RangeError("gazOut too small");
    gazOut.set(gaz.subarray(0, n));
  }
  const wn = wordnetCodes(entries, n);
  let runStart = 0;
  let runEnd = 0;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    let c = base;
    const j = i + 2;
    if (!contextOnly) c = writeWordFeatures(out, c, entries[i]!, j, hw, hs);
    c = writePairFeatures(out, c, j, flags[i]!, hw, hs);
    // Phase 3c: gazetteer codes of the token and its neighbours, and the token's code with its shape.
    const g = gazAt(gaz, n, i);
    if (!contextOnly) {
      out[c++] = mixKey(T.gaz, g);
      out[c++] = mixKey(T.gazm1, gazAt(gaz, n, i - 1));
      out[c++] = mixKey(T.gazp1, gazAt(gaz, n, i + 1));
    }
    out[c++] = mixKey(T.gazPair, g, hs[j]!);
    if (i > 0) {
      const p = words[i - 1]!;
      if (p === "(" || p === "\"" || p === "“" || p === "," || p === ":") out[c++] = mixKey(T.prevPunct, hashString(p), hs[j]!);
    }
    c = writeWordnetFeatures(out, c, wn, i, n, hs[j]!);
    // Phase 3e: the neighbours' clusters.
    if (clusters && !contextOnly) {
      out[c++] = mixKey(T.clm1, hc[j - 1]!);
      out[c++] = mixKey(T.clp1, hc[j + 1]!);
      out[c++] = mixKey(T.cl2m1, hc2[j - 1]!);
      out[c++] = mixKey(T.cl2p1, hc2[j + 1]!);
    }
    if (nameRunsEnabled && !(flags[i]! & FLAG_HEADLINE) && capitalised(words[i]!)) {
      if (i >= runEnd) {
        runStart = i;
        runEnd = i + 1;
        while (runEnd < n && capitalised(words[runEnd]!)) runEnd++;
      }
      if (runEnd - runStart > 1) c = writeNameRunFeatures(out, c, i, runStart, runEnd, hw, hc, clusters !== undefined);
    }
    counts[i] = c - base;
  }
}
