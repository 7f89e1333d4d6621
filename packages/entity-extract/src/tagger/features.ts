import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleWords } from "../lexicon/titles.js";
import { hashString, mixKey } from "./hash.js";

/** Per-token flag bits given to the feature extractor. */
export const FLAG_SENTENCE_START = 1;
/** The token sits in a headline (title case or all caps line). */
export const FLAG_HEADLINE = 2;

/** Maximum number of features per token. */
export const MAX_FEATURES = 44;

/**
 * Word-shape of a token: X upper, x lower, d digit, other characters kept;
 * runs collapsed, at most 6 symbols.
 *
 * @param w - The token text.
 * @returns The shape, e.g. `Xx`, `X.X.`, `d,d`.
 */
export function wordShape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = "X";
    else if (c >= 97 && c <= 122) s = "x";
    else if (c >= 48 && c <= 57) s = "d";
    else {
      const ch = w[i]!;
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      if (up !== lo) s = ch === up ? "X" : "x";
      else s = c < 128 ? ch : "o";
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Gazetteer classes of a token, as B/I positions of the longest phrase match. */
function gazetteerClasses(lower: readonly string[]): Uint8Array {
  const lex = getCountryLexicon();
  const titles = getTitleWords();
  const n = lower.length;
  // class codes: 0 none; 1 country, 2 demonym, 3 capital, 4 city, 5 location, 6 group norp, 7 title; +8 for inside (not first) token
  const out = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    let matched = 0;
    let cls = 0;
    for (let len = Math.min(lex.maxWords, n - i); len >= 1 && !matched; len--) {
      let phrase = lower[i]!;
      for (let k = 1; k < len; k++) phrase += " " + lower[i + k]!;
      if (lex.countryByName.has(phrase)) cls = 1;
      else if (lex.countryByDemonym.has(phrase)) cls = 2;
      else if (lex.countryByCapital.has(phrase)) cls = 3;
      else if (lex.cities.has(phrase)) cls = 4;
      else if (lex.locations.has(phrase)) cls = 5;
      else if (lex.groupNorp.has(phrase)) cls = 6;
      if (cls) matched = len;
    }
    if (matched) {
      out[i] = cls;
      for (let k = 1; k < matched; k++) out[i + k] = cls + 8;
      i += matched;
    } else {
      if (titles.has(lower[i]!)) out[i] = 7;
      i++;
    }
  }
  return out;
}

const T = {
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
} as const;

/** Word clusters: lower-cased word → fine and coarse cluster ids. */
export interface WordClusters {
  fine: Map<string, number>;
  coarse: Map<string, number>;
}

/**
 * Feature keys (unsigned 32-bit hashes) for every token of one sentence.
 *
 * @param words - Token texts of the sentence.
 * @param flags - Per-token {@link FLAG_SENTENCE_START} / {@link FLAG_HEADLINE} bits.
 * @param clusters - Optional word clusters.
 * @param out - Receives `MAX_FEATURES` keys per token (row-major); must hold `words.length * MAX_FEATURES`.
 * @param counts - Receives the number of keys of each token.
 */
export function extractFeatures(
  words: readonly string[],
  flags: Uint8Array,
  clusters: WordClusters | undefined,
  out: Uint32Array,
  counts: Uint8Array,
): void {
  const n = words.length;
  const lower = new Array<string>(n);
  const hw = new Uint32Array(n + 4);
  const hs = new Uint32Array(n + 4);
  const hc = new Uint32Array(n + 4);
  const hc2 = new Uint32Array(n + 4);
  // Padding hashes for positions outside the sentence.
  const PAD = [hashString("<s-2>"), hashString("<s-1>")];
  const PADR = [hashString("</s+1>"), hashString("</s+2>")];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    lower[i] = lw;
    hw[i + 2] = hashString(lw);
    hs[i + 2] = hashString(wordShape(w));
    if (clusters) {
      const f = clusters.fine.get(lw);
      const c = clusters.coarse.get(lw);
      hc[i + 2] = f === undefined ? 7 : f + 100;
      hc2[i + 2] = c === undefined ? 7 : c + 100;
    }
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
  const gaz = gazetteerClasses(lower);
  const gazAt = (i: number): number => (i < 0 ? 30 : i >= n ? 31 : gaz[i]!);
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    let c = 0;
    const j = i + 2;
    const lw = lower[i]!;
    const w = words[i]!;
    const f = flags[i]!;
    out[base + c++] = mixKey(T.bias, 0);
    out[base + c++] = mixKey(T.w, hw[j]!);
    out[base + c++] = mixKey(T.shape, hs[j]!);
    out[base + c++] = mixKey(T.p3, hashString(lw.slice(0, 3)));
    out[base + c++] = mixKey(T.p2, hashString(lw.slice(0, 2)));
    out[base + c++] = mixKey(T.s2, hashString(lw.slice(-2)));
    out[base + c++] = mixKey(T.s3, hashString(lw.slice(-3)));
    out[base + c++] = mixKey(T.s4, hashString(lw.slice(-4)));
    out[base + c++] = mixKey(T.wm1, hw[j - 1]!);
    out[base + c++] = mixKey(T.wp1, hw[j + 1]!);
    out[base + c++] = mixKey(T.wm2, hw[j - 2]!);
    out[base + c++] = mixKey(T.wp2, hw[j + 2]!);
    out[base + c++] = mixKey(T.shm1, hs[j - 1]!);
    out[base + c++] = mixKey(T.shp1, hs[j + 1]!);
    out[base + c++] = mixKey(T.shm2, hs[j - 2]!);
    out[base + c++] = mixKey(T.shp2, hs[j + 2]!);
    out[base + c++] = mixKey(T.shPair, hs[j - 1]!, hs[j]!);
    out[base + c++] = mixKey(T.shPair + 100, hs[j]!, hs[j + 1]!);
    out[base + c++] = mixKey(T.bigL, hw[j - 1]!, hw[j]!);
    out[base + c++] = mixKey(T.bigR, hw[j]!, hw[j + 1]!);
    out[base + c++] = mixKey(T.len, Math.min(w.length, 12));
    out[base + c++] = mixKey(T.exact, hashString(w));
    if (f & FLAG_SENTENCE_START) {
      out[base + c++] = mixKey(T.ssShape, hs[j]!);
      out[base + c++] = mixKey(T.ssW, hw[j]!);
    }
    if (f & FLAG_HEADLINE) {
      out[base + c++] = mixKey(T.hlShape, hs[j]!);
      out[base + c++] = mixKey(T.hlW, hw[j]!);
    }
    const g = gazAt(i);
    out[base + c++] = mixKey(T.gaz, g);
    out[base + c++] = mixKey(T.gazm1, gazAt(i - 1));
    out[base + c++] = mixKey(T.gazp1, gazAt(i + 1));
    out[base + c++] = mixKey(T.gazPair, g, hs[j]!);
    if (i > 0) {
      const p = words[i - 1]!;
      if (p === "(" || p === "\"" || p === "“" || p === "," || p === ":") out[base + c++] = mixKey(T.prevPunct, hashString(p), hs[j]!);
    }
    if (clusters) {
      out[base + c++] = mixKey(T.cl, hc[j]!);
      out[base + c++] = mixKey(T.clm1, hc[j - 1]!);
      out[base + c++] = mixKey(T.clp1, hc[j + 1]!);
      out[base + c++] = mixKey(T.cl2, hc2[j]!);
      out[base + c++] = mixKey(T.cl2m1, hc2[j - 1]!);
      out[base + c++] = mixKey(T.cl2p1, hc2[j + 1]!);
      out[base + c++] = mixKey(T.cl2 + 100, hc2[j]!, hs[j]!);
    }
    counts[i] = c;
  }
}
