/**
 * Cheap distributional word clusters: each frequent word is described by the
 * counts of its left and right neighbours among the 500 most frequent words,
 * then spherical k-means groups the words. Deterministic (no randomness).
 */
export function computeClusters(
  sentences: readonly (readonly string[])[],
  options: { vocab: number; contexts: number; k: number; iterations: number; minCount: number },
): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) { const l = w.toLowerCase(); freq.set(l, (freq.get(l) ?? 0) + 1); }
  const sorted = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = sorted.filter((e) => e[1] >= options.minCount).slice(0, options.vocab).map((e) => e[0]);
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(sorted.slice(0, options.contexts).map((e, i) => [e[0], i]));
  const C = options.contexts + 1; // + "other"
  const D = 2 * C;
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const vi = vIndex.get(s[i]!.toLowerCase());
      if (vi === undefined) continue;
      const row = rows[vi]!;
      const left = i > 0 ? (ctx.get(s[i - 1]!.toLowerCase()) ?? C - 1) : C - 1;
      const right = i + 1 < s.length ? C + (ctx.get(s[i + 1]!.toLowerCase()) ?? C - 1) : D - 1;
      row.set(left, (row.get(left) ?? 0) + 1);
      row.set(right, (row.get(right) ?? 0) + 1);
    }
  }
  // Sparse, sqrt-damped, L2-normalised vectors.
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  for (const row of rows) {
    const keys = [...row.keys()];
    const v = new Float32Array(keys.length);
    let norm = 0;
    keys.forEach((k, j) => { const x = Math.sqrt(row.get(k)!); v[j] = x; norm += x * x; });
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < v.length; j++) v[j]! /= norm;
    idx.push(Int32Array.from(keys));
    val.push(v);
  }
  const k = Math.min(options.k, vocab.length);
  const centroids = new Float32Array(k * D);
  // Deterministic init: words spread evenly over the frequency ranking.
  for (let c = 0; c < k; c++) {
    const w = Math.floor((c * vocab.length) / k);
    const ix = idx[w]!, vv = val[w]!;
    for (let j = 0; j < ix.length; j++) centroids[c * D + ix[j]!] = vv[j]!;
  }
  const assign = new Int32Array(vocab.length);
  for (let it = 0; it < options.iterations; it++) {
    for (let w = 0; w < vocab.length; w++) {
      const ix = idx[w]!, vv = val[w]!;
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const base = c * D;
        for (let j = 0; j < ix.length; j++) dot += centroids[base + ix[j]!]! * vv[j]!;
        if (dot > best) { best = dot; arg = c; }
      }
      assign[w] = arg;
    }
    centroids.fill(0);
    for (let w = 0; w < vocab.length; w++) {
      const ix = idx[w]!, vv = val[w]!, base = assign[w]! * D;
      for (let j = 0; j < ix.length; j++) centroids[base + ix[j]!]! += vv[j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += centroids[c * D + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) centroids[c * D + d]! /= norm;
    }
  }
  const out = new Map<string, number>();
  vocab.forEach((w, i) => out.set(w, assign[i]!));
  return out;
}
