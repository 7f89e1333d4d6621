import { hashString, mixKey } from "./hash.js";
import type { WordEntry } from "./word-entry.js";

/** Per-token flag bits given to the feature extractor. */
export const FLAG_SENTENCE_START = 1;
/** The token sits in a headline (title case or all caps line). */
export const FLAG_HEADLINE = 2;

/** Maximum number of features per token. */
export const MAX_FEATURES = 52;

/** Feature template ids, mixed into every feature key (`mixKey(T.x, …)`); never renumber them: the model's keys depend on them. */
export const T = {
  bias: 1,
  w: 2,
  shape: 3,
  p3: 4,
  s2: 5,
  s3: 6,
  s4: 7,
  wm1: 8,
  wp1: 9,
  wm2: 10,
  wp2: 11,
  shm1: 12,
  shp1: 13,
  bigL: 14,
  bigR: 15,
  ssShape: 16,
  hlShape: 17,
  hlW: 18,
  gaz: 19,
  gazm1: 20,
  gazp1: 21,
  cl: 22,
  clm1: 23,
  clp1: 24,
  cl2: 25,
  shPair: 26,
  len: 27,
  ssW: 28,
  p2: 29,
  shm2: 30,
  shp2: 31,
  cl2m1: 32,
  cl2p1: 33,
  exact: 34,
  gazPair: 35,
  prevPunct: 36,
  wn: 37,
  wnShape: 38,
  wnBit: 39,
  wnm1: 40,
  wnp1: 41,
  runHead: 42,
  runHeadCl: 43,
  runFirst: 44,
  runShape: 45,
} as const;


/** Key of the bias feature every token has. */
export const BIAS_KEY = mixKey(T.bias, 0);

// Padding hashes for positions outside the sentence.
/** Hashes of the padding before a sentence (positions -2, -1). */
export const PAD = [hashString("<s-2>"), hashString("<s-1>")];
/** Hashes of the padding after a sentence (positions n, n+1). */
export const PADR = [hashString("</s+1>"), hashString("</s+2>")];

/**
 * Pseudo-entries for the padding positions -2, -1, n, n+1.
 *
 * @returns Four entries whose hashes are the padding hashes.
 */
export function padEntries(): WordEntry[] {
  return [PAD[0]!, PAD[1]!, PADR[0]!, PADR[1]!].map((h) => ({ lower: "", hw: h, hs: h, hc: h, hc2: h, gaz1: 0, phraseFirst: false, phraseNext: null, wn1: 0, wnFirst: false, wnNext: null, keys: new Int32Array(0), vectorsAt: -1, vectorsOwner: null }));
}

/**
 * The feature keys a word contributes in one role: 0 itself, 1 as the previous word,
 * 2 as the word two back, 3 as the next word, 4 as the word two ahead.
 * Together with the context-only keys of {@link extractFeatures} they are exactly its full key set.
 *
 * @param e - A word entry.
 * @param role - The role index.
 * @param hasClusters - Whether the model uses clusters.
 * @returns The keys.
 */
export function roleKeys(e: WordEntry, role: number, hasClusters: boolean): number[] {
  switch (role) {
    case 0:
      return [...e.keys];
    case 1:
      return hasClusters ? [mixKey(T.wm1, e.hw), mixKey(T.shm1, e.hs), mixKey(T.clm1, e.hc), mixKey(T.cl2m1, e.hc2)] : [mixKey(T.wm1, e.hw), mixKey(T.shm1, e.hs)];
    case 2:
      return [mixKey(T.wm2, e.hw), mixKey(T.shm2, e.hs)];
    case 3:
      return hasClusters ? [mixKey(T.wp1, e.hw), mixKey(T.shp1, e.hs), mixKey(T.clp1, e.hc), mixKey(T.cl2p1, e.hc2)] : [mixKey(T.wp1, e.hw), mixKey(T.shp1, e.hs)];
    default:
      return [mixKey(T.wp2, e.hw), mixKey(T.shp2, e.hs)];
  }
}

/**
 * The `k`-th key of {@link roleKeys}`(e, role, hasClusters)` for roles 1–4, without building the array
 * (`k` below {@link roleKeyCount}).
 *
 * @param e - A word entry.
 * @param role - The role index, 1–4.
 * @param k - Index of the key.
 * @returns The key.
 */
export function roleKey(e: WordEntry, role: number, k: number): number {
  const template = k === 0 ? ROLE_TEMPLATES_W[role]! : k === 1 ? ROLE_TEMPLATES_SH[role]! : k === 2 ? ROLE_TEMPLATES_CL[role]! : ROLE_TEMPLATES_CL2[role]!;
  return mixKey(template, k === 0 ? e.hw : k === 1 ? e.hs : k === 2 ? e.hc : e.hc2);
}

/**
 * Number of keys {@link roleKeys} gives for a role.
 *
 * @param e - A word entry.
 * @param role - The role index.
 * @param hasClusters - Whether the model uses clusters.
 * @returns The count.
 */
export function roleKeyCount(e: WordEntry, role: number, hasClusters: boolean): number {
  return role === 0 ? e.keys.length : hasClusters && (role === 1 || role === 3) ? 4 : 2;
}

const ROLE_TEMPLATES_W = [0, T.wm1, T.wm2, T.wp1, T.wp2];
const ROLE_TEMPLATES_SH = [0, T.shm1, T.shm2, T.shp1, T.shp2];
const ROLE_TEMPLATES_CL = [0, T.clm1, 0, T.clp1, 0];
const ROLE_TEMPLATES_CL2 = [0, T.cl2m1, 0, T.cl2p1, 0];

/**
 * Keys of the features that depend only on the gazetteer codes (0–31) and the bias, which
 * {@link extractFeatures} leaves out when it is given `entriesOut`: the caller adds
 * precomputed vectors for them.
 *
 * @param template - 0 bias (code ignored), 1 this token's code, 2 previous token's, 3 next token's.
 * @param code - Gazetteer code (30 before the sentence, 31 after it).
 * @returns The feature key.
 */
export function gazetteerKey(template: number, code: number): number {
  return template === 0 ? BIAS_KEY : mixKey(template === 1 ? T.gaz : template === 2 ? T.gazm1 : T.gazp1, code);
}
