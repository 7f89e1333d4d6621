import type { DuplicateInfo } from "./schema/index.js";

/** Options of {@link createDuplicateDetector}. */
export interface DuplicateDetectorOptions {
  /** Estimated Jaccard similarity from which two documents are near-duplicates; default 0.8. */
  threshold?: number;
  /** Words per shingle; default 5. */
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

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
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
  const k = options.shingleSize ?? 5;
  const bands = options.bands ?? 10;
  const rows = options.rows ?? 4;
  const nh = bands * rows;
  const near = options.near ?? true;
  // Deterministic permutation coefficients.
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
      const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
      const norm = words.join(" ");
      // 53-bit key from two independent 32-bit hashes (and the length) of the normalised text.
      const key = (fnv1a(norm) & 0x1fffff) * 0x100000000 + ((fnv1a(norm, 0x12345678) ^ norm.length) >>> 0);
      const first = exact.get(key);
      if (first !== undefined) return { id: ids[first]!, kind: "exact", similarity: 1 };
      const index = count++;
      ids.push(id);
      exact.set(key, index);
      if (!near || words.length < k) return null;
      const sig = new Uint32Array(nh).fill(0xffffffff);
      const wh = new Uint32Array(words.length);
      for (let i = 0; i < words.length; i++) wh[i] = fnv1a(words[i]!);
      for (let i = 0; i + k <= words.length; i++) {
        let h = 0x811c9dc5;
        for (let j = i; j < i + k; j++) h = Math.imul(h ^ wh[j]!, 0x01000193);
        for (let m = 0; m < nh; m++) {
          const v = mix32((h ^ a[m]!) + b[m]!);
          if (v < sig[m]!) sig[m] = v;
        }
      }
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
        const o = signatureOf(other);
        let same = 0;
        for (let m = 0; m < nh; m++) if (o[m] === sig[m]) same++;
        const sim = same / nh;
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
