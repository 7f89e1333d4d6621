import { getCountryLexicon } from "../lexicon/countries.js";
import { getNameLists } from "../lexicon/name-lists.js";
import { getTitleWords } from "../lexicon/titles.js";
import { getWordnetGazetteer } from "../lexicon/wordnet-gazetteer.js";
import { hashRange, hashString, mixKey } from "./hash.js";

/** Per-token flag bits given to the feature extractor. */
export const FLAG_SENTENCE_START = 1;
/** The token sits in a headline (title case or all caps line). */
export const FLAG_HEADLINE = 2;

/** Maximum number of features per token. */
export const MAX_FEATURES = 52;

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

/**
 * FNV-1a hash of {@link wordShape}`(w)`, computed over the shape symbols as they are found,
 * without building the shape string (same value as `hashString(wordShape(w))`).
 *
 * @param w - The token text.
 * @returns An unsigned 32-bit hash.
 */
export function wordShapeHash(w: string): number {
  let h = 0x811c9dc5;
  let count = 0;
  let last = -1;
  for (let i = 0; i < w.length && count < 6; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88; // X
    else if (c >= 97 && c <= 122) s = 120; // x
    else if (c >= 48 && c <= 57) s = 100; // d
    else if (c < 128) s = c; // ASCII punctuation and controls: no case, kept as is
    else {
      const ch = w[i]!;
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      s = up !== lo ? (ch === up ? 88 : 120) : 111; // o
    }
    if (s !== last) {
      h ^= s;
      h = Math.imul(h, 0x01000193);
      count++;
    }
    last = s;
  }
  return h >>> 0;
}

let phraseFirstWords: Set<string> | undefined;

/**
 * First words of multi-word gazetteer phrases, so single words skip the phrase loop.
 *
 * @returns Lower-cased first words.
 */
export function getPhraseFirstWords(): Set<string> {
  if (phraseFirstWords) return phraseFirstWords;
  const lex = getCountryLexicon();
  const out = new Set<string>();
  const add = (p: string): void => {
    const sp = p.indexOf(" ");
    if (sp > 0) out.add(p.slice(0, sp));
  };
  for (const m of [lex.countryByName, lex.countryByDemonym, lex.countryByCapital]) for (const k of m.keys()) add(k);
  for (const s of [lex.cities, lex.locations, lex.groupNorp]) for (const k of s) add(k);
  phraseFirstWords = out;
  return out;
}

let phraseClasses: Map<string, number> | undefined;

/** Every gazetteer phrase with its class (1 country … 6 group); the first table listing a phrase wins. */
function getPhraseClasses(): Map<string, number> {
  if (phraseClasses) return phraseClasses;
  const lex = getCountryLexicon();
  const out = new Map<string, number>();
  const tables: Iterable<string>[] = [lex.countryByName.keys(), lex.countryByDemonym.keys(), lex.countryByCapital.keys(), lex.cities, lex.locations, lex.groupNorp];
  tables.forEach((table, k) => {
    for (const phrase of table) if (!out.has(phrase)) out.set(phrase, k + 1);
  });
  // Multi-word organisation names (class 18) after the geographic tables.
  for (const phrase of getNameLists().organizations) if (phrase.includes(" ") && !out.has(phrase)) out.set(phrase, CLASS_ORG);
  phraseClasses = out;
  return out;
}

/** Gazetteer classes of the name lists (see `gazetteerClasses`): given name, surname, organisation. */
const CLASS_FIRST = 16;
const CLASS_LAST = 17;
const CLASS_ORG = 18;

let phrasePrefixes: Set<string> | undefined;
/** Every proper prefix of two or more words of a multi-word gazetteer phrase ("new york" of "new york times"). */
function getPhrasePrefixes(): Set<string> {
  if (phrasePrefixes) return phrasePrefixes;
  const out = new Set<string>();
  for (const phrase of getPhraseClasses().keys()) {
    let sp = phrase.indexOf(" ");
    if (sp < 0) continue;
    for (sp = phrase.indexOf(" ", sp + 1); sp > 0; sp = phrase.indexOf(" ", sp + 1)) out.add(phrase.slice(0, sp));
  }
  phrasePrefixes = out;
  return out;
}

let featurePhraseFirst: Set<string> | undefined;
/** First words of every multi-word phrase the feature gazetteer knows (geographic and organisations). */
function getFeaturePhraseFirstWords(): Set<string> {
  if (featurePhraseFirst) return featurePhraseFirst;
  const out = new Set(getPhraseFirstWords());
  for (const phrase of getNameLists().organizations) {
    const sp = phrase.indexOf(" ");
    if (sp > 0) out.add(phrase.slice(0, sp));
  }
  featurePhraseFirst = out;
  return out;
}

/** Class of a single word from the name lists (after the geographic tables and titles), or 0. */
function nameClass(lw: string): number {
  const lists = getNameLists();
  if (lists.organizations.has(lw)) return CLASS_ORG;
  if (lists.firstNames.has(lw)) return CLASS_FIRST;
  if (lists.lastNames.has(lw)) return CLASS_LAST;
  return 0;
}

/** Value of the phrase {@link longestPhrase} last matched (0 when it matched none). */
let matchedValue = 0;

/**
 * Longest multi-word phrase of `values` starting at token `i` (at most `maxLen` words), growing the
 * phrase only while it is the start of some phrase (`prefixes`). Sets {@link matchedValue}.
 *
 * @returns The number of words matched, 0 for none (a one-word phrase is not looked up here).
 */
function longestPhrase(entries: readonly WordEntry[], i: number, maxLen: number, values: ReadonlyMap<string, number>, prefixes: ReadonlySet<string>): number {
  let matched = 0;
  matchedValue = 0;
  let phrase = entries[i]!.lower;
  for (let len = 2; len <= maxLen; len++) {
    phrase += " " + entries[i + len - 1]!.lower;
    const v = values.get(phrase);
    if (v !== undefined) {
      matchedValue = v;
      matched = len;
    }
    if (!prefixes.has(phrase)) break;
  }
  return matched;
}

let gazBuffer = new Uint8Array(128);
const MAX_ORG_WORDS = 5;

/**
 * Gazetteer classes of a token, as B/I positions of the longest phrase match.
 * Single-word classes and phrase-start flags come cached on the word entries.
 */
function gazetteerClasses(entries: readonly WordEntry[], n: number): Uint8Array {
  const lex = getCountryLexicon();
  // class codes: 0 none; 1 country, 2 demonym, 3 capital, 4 city, 5 location, 6 group norp, 7 title,
  // 16 given name, 17 surname, 18 organisation; +8 for inside (not first) token of a phrase
  if (gazBuffer.length < n) gazBuffer = new Uint8Array(n * 2);
  const out = gazBuffer;
  out.fill(0, 0, n);
  const classes = getPhraseClasses();
  let i = 0;
  while (i < n) {
    const e = entries[i]!;
    let matched = 0;
    let cls = 0;
    if (e.phraseFirst) {
      matched = longestPhrase(entries, i, Math.min(Math.max(lex.maxWords, MAX_ORG_WORDS), n - i), classes, getPhrasePrefixes());
      cls = matchedValue;
    }
    if (matched) {
      out[i] = cls;
      for (let k = 1; k < matched; k++) out[i + k] = cls + 8;
      i += matched;
    } else {
      out[i] = e.gaz1;
      i++;
    }
  }
  return out;
}

/**
 * The WordNet gazetteer codes {@link extractFeatures} gives the tokens of one sentence
 * (`mask << 2 | position`: 0 first, 1 inside, 2 last word of a multi-word name, 3 a one-word name;
 * 0 outside any name).
 *
 * @param words - Token texts of the sentence.
 * @returns One code per token.
 */
export function wordnetCodesOf(words: readonly string[]): number[] {
  const entries = words.map((w) => wordEntry(w, undefined));
  return Array.from(wordnetCodes(entries, words.length).subarray(0, words.length));
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
  wn: 37,
  wnShape: 38,
  wnBit: 39,
  wnm1: 40,
  wnp1: 41,
} as const;

let wordnetEnabled = true;
/**
 * Switch the WordNet gazetteer features on or off (on by default; the training script's
 * `--no-wordnet` trains a model without them, for comparison).
 *
 * @param on - Whether to emit them.
 */
export function setWordnetFeatures(on: boolean): void {
  wordnetEnabled = on;
}

let wnBuffer = new Uint16Array(128);
/** Most WordNet type bits a token contributes as separate features. */
const MAX_WN_BITS = 3;

/**
 * WordNet gazetteer codes of a sentence's tokens: `mask << 2 | position` of the longest WordNet name
 * starting at each unmatched token (position 0 first, 1 inside, 2 last word of a multi-word name,
 * 3 a one-word name), 0 outside any name.
 */
function wordnetCodes(entries: readonly WordEntry[], n: number): Uint16Array {
  if (wnBuffer.length < n) wnBuffer = new Uint16Array(n * 2);
  const out = wnBuffer;
  out.fill(0, 0, n);
  let i = wordnetEnabled ? 0 : n;
  while (i < n) {
    const e = entries[i]!;
    let matched = 0;
    let mask = 0;
    if (e.wnFirst) {
      const { masks, prefixes, maxWords } = getWordnetGazetteer();
      matched = longestPhrase(entries, i, Math.min(maxWords, n - i), masks, prefixes);
      mask = matchedValue;
    }
    if (matched) {
      out[i] = mask << 2;
      for (let k = 1; k < matched - 1; k++) out[i + k] = (mask << 2) | 1;
      out[i + matched - 1] = (mask << 2) | 2;
      i += matched;
    } else {
      if (e.wn1) out[i] = (e.wn1 << 2) | 3;
      i++;
    }
  }
  return out;
}

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
  /** WordNet type mask of the word alone (see `getWordnetGazetteer`), 0 when it is no WordNet name. */
  wn1: number;
  /** Whether a multi-word WordNet name starts with this word. */
  wnFirst: boolean;
  keys: Int32Array;
  /** Cached score vectors of the five roles (self, left 1, left 2, right 1, right 2), per model. */
  vectors: Float32Array | null;
  vectorsOwner: object | null;
}

let hashBuffers: Int32Array[] = [0, 1, 2, 3].map(() => new Int32Array(128));

// Padding hashes for positions outside the sentence.
const PAD = [hashString("<s-2>"), hashString("<s-1>")];
const PADR = [hashString("</s+1>"), hashString("</s+2>")];

/**
 * Pseudo-entries for the padding positions -2, -1, n, n+1.
 *
 * @returns Four entries whose hashes are the padding hashes.
 */
export function padEntries(): WordEntry[] {
  return [PAD[0]!, PAD[1]!, PADR[0]!, PADR[1]!].map((h) => ({ lower: "", hw: h, hs: h, hc: h, hc2: h, gaz1: 0, phraseFirst: false, wn1: 0, wnFirst: false, keys: new Int32Array(0), vectors: null, vectorsOwner: null }));
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

const WORD_CACHE_SIZE = 50_000;
let wordCache = new Map<string, WordEntry>();
let lastClusters: WordClusters | undefined;
const BIAS_KEY = mixKey(T.bias, 0);

function wordEntry(w: string, clusters: WordClusters | undefined): WordEntry {
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
  return { lower: lw, hw, hs, hc, hc2, gaz1, phraseFirst: getFeaturePhraseFirstWords().has(lw), wn1: wnSingle, wnFirst: wn.prefixes.has(lw), keys, vectors: null, vectorsOwner: null };
}

/** Word clusters: lower-cased word → fine and coarse cluster ids. */
export interface WordClusters {
  fine: Map<string, number>;
  coarse: Map<string, number>;
}

/**
 * Feature keys (signed 32-bit hashes) for every token of one sentence.
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
  out: Int32Array,
  counts: Uint8Array,
  entriesOut?: WordEntry[],
  gazOut?: Uint8Array,
): void {
  // With `entriesOut`, only the features that are not a function of a single word are written:
  // the caller adds cached per-word score vectors for the rest (see `roleKeys`).
  const contextOnly = entriesOut !== undefined;
  const n = words.length;
  if (hashBuffers[0]!.length < n + 4) hashBuffers = [0, 1, 2, 3].map(() => new Int32Array((n + 4) * 2));
  const [hw, hs, hc, hc2] = hashBuffers as [Int32Array, Int32Array, Int32Array, Int32Array];
  const cache = clusters === lastClusters ? wordCache : ((lastClusters = clusters), (wordCache = new Map()));
  const entries = entriesOut ?? new Array<WordEntry>(n);
  entries.length = n;
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
  const gaz = gazetteerClasses(entries, n);
  if (gazOut) {
    if (gazOut.length < n) throw new RangeError("gazOut too small");
    gazOut.set(gaz.subarray(0, n));
  }
  const gazAt = (i: number): number => (i < 0 ? 30 : i >= n ? 31 : gaz[i]!);
  const wn = wordnetCodes(entries, n);
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    let c = 0;
    const j = i + 2;
    const e = entries[i]!;
    const f = flags[i]!;
    if (!contextOnly) {
      out[base + c++] = BIAS_KEY;
      for (let k = 0; k < e.keys.length; k++) out[base + c++] = e.keys[k]!;
      out[base + c++] = mixKey(T.wm1, hw[j - 1]!);
      out[base + c++] = mixKey(T.wp1, hw[j + 1]!);
      out[base + c++] = mixKey(T.wm2, hw[j - 2]!);
      out[base + c++] = mixKey(T.wp2, hw[j + 2]!);
      out[base + c++] = mixKey(T.shm1, hs[j - 1]!);
      out[base + c++] = mixKey(T.shp1, hs[j + 1]!);
      out[base + c++] = mixKey(T.shm2, hs[j - 2]!);
      out[base + c++] = mixKey(T.shp2, hs[j + 2]!);
    }
    out[base + c++] = mixKey(T.shPair, hs[j - 1]!, hs[j]!);
    out[base + c++] = mixKey(T.shPair + 100, hs[j]!, hs[j + 1]!);
    out[base + c++] = mixKey(T.bigL, hw[j - 1]!, hw[j]!);
    out[base + c++] = mixKey(T.bigR, hw[j]!, hw[j + 1]!);
    if (f & FLAG_SENTENCE_START) {
      out[base + c++] = mixKey(T.ssShape, hs[j]!);
      out[base + c++] = mixKey(T.ssW, hw[j]!);
    }
    if (f & FLAG_HEADLINE) {
      out[base + c++] = mixKey(T.hlShape, hs[j]!);
      out[base + c++] = mixKey(T.hlW, hw[j]!);
    }
    const g = gazAt(i);
    if (!contextOnly) {
      out[base + c++] = mixKey(T.gaz, g);
      out[base + c++] = mixKey(T.gazm1, gazAt(i - 1));
      out[base + c++] = mixKey(T.gazp1, gazAt(i + 1));
    }
    out[base + c++] = mixKey(T.gazPair, g, hs[j]!);
    if (i > 0) {
      const p = words[i - 1]!;
      if (p === "(" || p === "\"" || p === "“" || p === "," || p === ":") out[base + c++] = mixKey(T.prevPunct, hashString(p), hs[j]!);
    }
    // WordNet names: the type mask and position, also with the word's shape (a capital or not),
    // each type bit alone (at most MAX_WN_BITS), and the neighbours' codes. Only where there is a name.
    const wc = wn[i]!;
    if (wc) {
      out[base + c++] = mixKey(T.wn, wc);
      out[base + c++] = mixKey(T.wnShape, wc, hs[j]!);
      let bits = wc >> 2;
      for (let b = 0, k = 0; bits && k < MAX_WN_BITS; b++, bits >>= 1) {
        if (bits & 1) {
          out[base + c++] = mixKey(T.wnBit, (b << 2) | (wc & 3));
          k++;
        }
      }
    }
    if (i > 0 && wn[i - 1]) out[base + c++] = mixKey(T.wnm1, wn[i - 1]!);
    if (i + 1 < n && wn[i + 1]) out[base + c++] = mixKey(T.wnp1, wn[i + 1]!);
    if (clusters && !contextOnly) {
      out[base + c++] = mixKey(T.clm1, hc[j - 1]!);
      out[base + c++] = mixKey(T.clp1, hc[j + 1]!);
      out[base + c++] = mixKey(T.cl2m1, hc2[j - 1]!);
      out[base + c++] = mixKey(T.cl2p1, hc2[j + 1]!);
    }
    counts[i] = c;
  }
}
