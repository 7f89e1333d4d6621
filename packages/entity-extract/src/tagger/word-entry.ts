import { getTitleWords } from "../lexicon/titles.js";
import { getWordnetGazetteer } from "../lexicon/wordnet-gazetteer.js";
import { T } from "./feature-templates.js";
import { getFeaturePhraseFirstWords, getPhraseClasses, nameClass } from "./gazetteer-classes.js";
import { hashRange, hashString, mixKey } from "./hash.js";
import { phraseFollowers } from "./longest-phrase.js";
import { wordShapeHash } from "./word-shape.js";

/** Word-intrinsic hashes and feature keys, cached per surface form. */
export interface WordEntry {
  lower: string;
  hw: number;
  hs: number;
  hc: number;
  hc2: number;
  /** Gazetteer class of the word alone (see `gazetteerClasses`), 7 for a title word, else 0. */
  gaz1: number;
  /** Whether a multi-word gazetteer phrase starts with this word. */
  phraseFirst: boolean;
  /** The words that follow this one in a multi-word gazetteer phrase (see `phraseFollowers`), or null. */
  phraseNext: ReadonlySet<string> | null;
  /** WordNet type mask of the word alone (see `getWordnetGazetteer`), 0 when it is no WordNet name. */
  wn1: number;
  /** Whether a multi-word WordNet name starts with this word. */
  wnFirst: boolean;
  /** The words that follow this one in a multi-word WordNet name, or null. */
  wnNext: ReadonlySet<string> | null;
  keys: Int32Array;
  /** Offset of the cached score vectors of the five roles (self, left 1, left 2, right 1, right 2) in `vectorsOwner`'s data. */
  vectorsAt: number;
  /** The vector arena `vectorsAt` points into (see `vectorsOf`), null before the first look-up. */
  vectorsOwner: object | null;
}

/** Word clusters: lower-cased word → fine and coarse cluster ids. */
export interface WordClusters {
  fine: Map<string, number>;
  coarse: Map<string, number>;
}

const NO_FOLLOWERS: ReadonlySet<string> = new Set();

/** Most entries the word cache holds before it is emptied. */
export const WORD_CACHE_SIZE = 50_000;
let wordCache = new Map<string, WordEntry>();
let lastClusters: WordClusters | undefined;


/**
 * The cache of word entries for a model's clusters: one per surface form, emptied when it reaches
 * {@link WORD_CACHE_SIZE} entries or when another set of clusters arrives.
 *
 * @param clusters - The model's word clusters, if any.
 * @returns The cache to read and fill.
 */
export function wordCacheFor(clusters: WordClusters | undefined): Map<string, WordEntry> {
  if (clusters !== lastClusters) {
    lastClusters = clusters;
    wordCache = new Map();
  }
  return wordCache;
}

/**
 * The word-intrinsic hashes, feature keys and gazetteer facts of one surface form.
 *
 * @param w - The token text.
 * @param clusters - The model's word clusters, if any.
 * @returns A fresh entry (see {@link wordCacheFor} for the cached ones).
 */
export function wordEntry(w: string, clusters: WordClusters | undefined): WordEntry {
  const lw = w.toLowerCase();
  const n = lw.length;
  const hw = hashString(lw);
  const hs = wordShapeHash(w);
  let hc = 0;
  let hc2 = 0;
  const keys = new Int32Array(clusters ? 12 : 9);
  keys[0] = mixKey(T.w, hw);
  keys[1] = mixKey(T.shape, hs);
  keys[2] = mixKey(T.p3, hashRange(lw, 0, Math.min(3, n)));
  keys[3] = mixKey(T.p2, hashRange(lw, 0, Math.min(2, n)));
  keys[4] = mixKey(T.s2, hashRange(lw, Math.max(0, n - 2), n));
  keys[5] = mixKey(T.s3, hashRange(lw, Math.max(0, n - 3), n));
  keys[6] = mixKey(T.s4, hashRange(lw, Math.max(0, n - 4), n));
  keys[7] = mixKey(T.len, Math.min(w.length, 12));
  keys[8] = mixKey(T.exact, lw === w ? hw : hashString(w));
  if (clusters) {
    const f = clusters.fine.get(lw);
    const c = clusters.coarse.get(lw);
    hc = f === undefined ? 7 : f + 100;
    hc2 = c === undefined ? 7 : c + 100;
    keys[9] = mixKey(T.cl, hc);
    keys[10] = mixKey(T.cl2, hc2);
    keys[11] = mixKey(T.cl2 + 100, hc2, hs);
  }
  // All fields set up front so every entry shares one hidden class (monomorphic property access).
  const single = getPhraseClasses().get(lw);
  const gaz1 = single !== undefined ? single : getTitleWords().has(lw) ? 7 : nameClass(lw);
  // A one-word WordNet name counts only capitalised (`Bush`, not `bush`), and in capitals when WordNet
  // writes it so (`US`, not `Us`; `IN` for Indiana, not `In`). Multi-word names match in any case.
  const wn = getWordnetGazetteer();
  const first = w.charAt(0);
  const wnSingle = first !== first.toLowerCase() && (!wn.capsOnly.has(lw) || w === w.toUpperCase()) ? (wn.masks.get(lw) ?? 0) : 0;
  const phraseFirst = getFeaturePhraseFirstWords().has(lw);
  const wnFirst = wn.prefixes.has(lw);
  const phraseNext = phraseFirst ? (phraseFollowers(getPhraseClasses()).get(lw) ?? NO_FOLLOWERS) : null;
  const wnNext = wnFirst ? (phraseFollowers(wn.masks).get(lw) ?? NO_FOLLOWERS) : null;
  return { lower: lw, hw, hs, hc, hc2, gaz1, phraseFirst, phraseNext, wn1: wnSingle, wnFirst, wnNext, keys, vectorsAt: -1, vectorsOwner: null };
}
