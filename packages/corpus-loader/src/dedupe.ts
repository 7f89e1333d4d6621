import type { DuplicateInfo } from "./schema/index.js";
import { isLetterCode } from "./text/character-classes.js";

/** Options of {@link createDuplicateDetector}. */
export interface DuplicateDetectorOptions {
  /** Estimated Jaccard similarity from which two documents are near-duplicates; default 0.8. */
  threshold?: number;
  /** Words per shingle; default 5. Shingles are sampled (hash ≡ 0 mod 4), so near-duplicate detection needs a few dozen words. */
  shingleSize?: number;
  /** LSH bands; default 10. */
  bands?: number;
  /** Rows per band; default 4 (so 40 MinHash values). */
  rows?: number;
  /** Detect near duplicates too (not only exact); default true. */
  near?: boolean;
}

/** An incremental duplicate detector: feed documents in order, get a flag for each repeat. */
export interface DuplicateDetector {
  /**
   * Register a document and report whether it duplicates one seen before.
   *
   * @param id - The document id.
   * @param text - Its text (whitespace and case are normalised for comparison).
   * @returns The duplicate info, or null for a new document.
   */
  check(id: string, text: string): DuplicateInfo | null;
}

/** Murmur3 finaliser: a cheap, well-mixed 32-bit hash; seeded per MinHash row. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Create a duplicate detector: exact duplicates by a hash of the normalised
 * text, near duplicates by MinHash over word shingles with LSH banding, so
 * each document is compared only with those sharing a band bucket (never
 * all pairs). Memory: one small signature per document.
 *
 * @param options - Threshold and MinHash shape.
 * @returns A {@link DuplicateDetector}.
 * @example
 * ```ts
 * const d = createDuplicateDetector();
 * d.check("a", text); // null
 * d.check("b", text); // {id: "a", kind: "exact", similarity: 1}
 * ```
 */
export function createDuplicateDetector(options: DuplicateDetectorOptions = {}): DuplicateDetector {
  const threshold = options.threshold ?? 0.8;
  const bands = options.bands ?? 10;
  const rows = options.rows ?? 4;
  const shape = minHashShape(options.shingleSize ?? 5, bands * rows, options.near ?? true);
  const nh = shape.a.length;
  // Memory per document: one exact-hash entry, `nh` packed signature words and at most `bands` bucket entries,
  // all keyed by small integers (no per-document objects or strings besides the id).
  const exact = new Map<number, number>();
  const buckets: Map<number, number>[] = Array.from({ length: bands }, () => new Map());
  let signatures = new Uint32Array(nh * 256);
  let count = 0;
  const ids: string[] = [];
  const signatureOf = (index: number): Uint32Array => signatures.subarray(index * nh, index * nh + nh);
  return {
    check(id: string, text: string): DuplicateInfo | null {
      const { key, sig, sampled } = fingerprint(text, shape);
      const first = exact.get(key);
      if (first !== undefined) return { id: ids[first]!, kind: "exact", similarity: 1 };
      const index = count++;
      ids.push(id);
      exact.set(key, index);
      if (!shape.near || sampled < 4) return null;
      // LSH: compare only with the documents sharing a band bucket.
      let best: DuplicateInfo | null = null;
      const seen = new Set<number>();
      const bandKeys: number[] = [];
      for (let band = 0; band < bands; band++) {
        let h = 0x811c9dc5 ^ band;
        for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[band * rows + r]!, 0x01000193);
        const bandKey = h >>> 2; // small integer key
        bandKeys.push(bandKey);
        const other = buckets[band]!.get(bandKey);
        if (other === undefined || seen.has(other)) continue;
        seen.add(other);
        const sim = agreement(signatureOf(other), sig);
        if (sim >= threshold && (!best || sim > best.similarity)) best = { id: ids[other]!, kind: "near", similarity: sim };
      }
      if (best) return best;
      if ((index + 1) * nh > signatures.length) {
        const grown = new Uint32Array(signatures.length * 2);
        grown.set(signatures);
        signatures = grown;
      }
      signatures.set(sig, index * nh);
      for (let band = 0; band < bands; band++) if (!buckets[band]!.has(bandKeys[band]!)) buckets[band]!.set(bandKeys[band]!, index);
      return null;
    },
  };
}

/** Shingle size, deterministic MinHash permutation coefficients, and whether near duplicates are looked for. */
interface MinHashShape {
  k: number;
  a: Uint32Array;
  b: Uint32Array;
  near: boolean;
}

function minHashShape(k: number, nh: number, near: boolean): MinHashShape {
  const a = new Uint32Array(nh);
  const b = new Uint32Array(nh);
  let seed = 0x9e3779b9;
  const rnd = (): number => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed;
  };
  for (let i = 0; i < nh; i++) {
    a[i] = rnd();
    b[i] = rnd();
  }
  return { k, a, b, near };
}

/** Share of equal MinHash values: the estimated Jaccard similarity of two documents' sampled shingles. */
function agreement(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let m = 0; m < x.length; m++) if (x[m] === y[m]) same++;
  return same / x.length;
}

/**
 * One pass over a text: an exact key of its word sequence, and the MinHash
 * signature of its sampled word shingles. Words are hashed on the fly (ASCII
 * folded to lower case; other letters and digits kept; everything else
 * separates words), so no word strings are allocated.
 */
function fingerprint(text: string, shape: MinHashShape): { key: number; sig: Uint32Array; sampled: number } {
  const { k, a, b, near } = shape;
  const nh = a.length;
  let e1 = 0x811c9dc5;
  let e2 = 0x01234567;
  let words = 0;
  let w = 0x811c9dc5;
  let inWord = false;
  const ring = new Uint32Array(k);
  const sig = new Uint32Array(nh).fill(0xffffffff);
  let sampled = 0;
  const endWord = (): void => {
    const wh = w >>> 0;
    e1 = Math.imul(e1 ^ wh, 0x01000193);
    e2 = Math.imul(e2 ^ wh, 0x5bd1e995) ^ (e2 >>> 15);
    ring[words % k] = wh;
    words++;
    w = 0x811c9dc5;
    if (!near || words < k) return;
    let h = 0x811c9dc5;
    for (let j = words - k; j < words; j++) h = Math.imul(h ^ ring[j % k]!, 0x01000193);
    h = mix32(h);
    // Consistent sampling: only shingles whose hash is 0 mod 4 enter the MinHash (4x cheaper; the
    // Jaccard estimate is over the same sampled subsets in every document).
    if ((h & 3) !== 0) return;
    sampled++;
    for (let m = 0; m < nh; m++) {
      const v = mix32((h ^ a[m]!) + b[m]!);
      if (v < sig[m]!) sig[m] = v;
    }
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isLetterCode(c));
    if (letter) {
      w = Math.imul(w ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      endWord();
      inWord = false;
    }
  }
  if (inWord) endWord();
  // 53-bit exact key from two independent hashes of the word sequence and the word count.
  const key = ((e1 >>> 0) & 0x1fffff) * 0x100000000 + (((e2 ^ words) >>> 0) >>> 0);
  return { key, sig, sampled };
}
