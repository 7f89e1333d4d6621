/**
 * Coreference scores over one mention set partitioned twice (key = gold, response = system):
 * MUC (Vilain et al. 1995), B³ (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity similarity
 * φ4 = 2|K∩R| / (|K|+|R|), optimal one-to-one alignment by the Hungarian method), and their mean
 * (the CoNLL-2012 F1). Counts are returned so topics can be pooled (micro-average).
 * A key mention the system did not find has no response label (null); as in the reference scorer
 * (Pradhan et al. 2014) it costs recall (MUC counts it as a partition of its own, B³ gives it no
 * credit, CEAF-e aligns entities without it) and is not a response entity.
 */

/** Numerator/denominator pairs of one metric (recall and precision), summable across topics. */
export interface MetricCounts {
  recallNum: number;
  recallDen: number;
  precisionNum: number;
  precisionDen: number;
}

/** Counts of all three metrics. */
export interface CorefCounts {
  muc: MetricCounts;
  b3: MetricCounts;
  ceafe: MetricCounts;
}

/** An empty count set. */
export function emptyCounts(): CorefCounts {
  const z = (): MetricCounts => ({ recallNum: 0, recallDen: 0, precisionNum: 0, precisionDen: 0 });
  return { muc: z(), b3: z(), ceafe: z() };
}

/** Add b into a. */
export function addCounts(a: CorefCounts, b: CorefCounts): void {
  for (const k of ["muc", "b3", "ceafe"] as const) {
    a[k].recallNum += b[k].recallNum;
    a[k].recallDen += b[k].recallDen;
    a[k].precisionNum += b[k].precisionNum;
    a[k].precisionDen += b[k].precisionDen;
  }
}

/** F1 (0–100) of one metric's counts. */
export function f1(c: MetricCounts): number {
  const r = c.recallDen ? c.recallNum / c.recallDen : 0;
  const p = c.precisionDen ? c.precisionNum / c.precisionDen : 0;
  return r + p ? (200 * r * p) / (r + p) : 0;
}

/** CoNLL F1: mean of MUC, B³ and CEAF-e F1. */
export function conllF1(c: CorefCounts): number {
  return (f1(c.muc) + f1(c.b3) + f1(c.ceafe)) / 3;
}

function groups(labels: readonly (string | null)[]): number[][] {
  const map = new Map<string, number[]>();
  labels.forEach((l, i) => {
    if (l === null) return;
    const g = map.get(l);
    if (g) g.push(i);
    else map.set(l, [i]);
  });
  return [...map.values()];
}

function mucSide(keyGroups: number[][], other: readonly (string | null)[]): [number, number] {
  let num = 0;
  let den = 0;
  for (const g of keyGroups) {
    const parts = new Set<string>();
    let missing = 0;
    for (const i of g) {
      const l = other[i];
      if (l === null || l === undefined) missing++;
      else parts.add(l);
    }
    num += g.length - parts.size - missing;
    den += g.length - 1;
  }
  return [num, den];
}

function b3Side(keyGroups: number[][], other: readonly (string | null)[]): [number, number] {
  let num = 0;
  let n = 0;
  for (const g of keyGroups) {
    const inter = new Map<string, number>();
    for (const i of g) {
      const l = other[i];
      if (l !== null && l !== undefined) inter.set(l, (inter.get(l) ?? 0) + 1);
    }
    for (const [, c] of inter) num += (c * c) / g.length;
    n += g.length;
  }
  return [num, n];
}

/**
 * Maximum-weight one-to-one assignment (Hungarian method, O(n³)) on a dense similarity matrix.
 *
 * @param weights - rows × cols similarities.
 * @returns The total weight of the best assignment.
 */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (!n) return 0;
  // Minimise cost = max - w on a square matrix (padding 0 similarity).
  let maxW = 0;
  for (const r of weights) for (const w of r) maxW = Math.max(maxW, w);
  const cost = (i: number, j: number): number => maxW - (i < rows && j < cols ? weights[i]![j]! : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j]! > 0 && p[j]! - 1 < rows && j - 1 < cols) total += weights[p[j]! - 1]![j - 1]!;
  return total;
}

/** CEAF-e similarity sum: Hungarian alignment run per connected component of overlapping entities. */
function ceafeSimilarity(keyGroups: number[][], responseGroups: number[][], responseOf: readonly (number | undefined)[]): number {
  // Components of the bipartite "shares a mention" graph.
  const keyOfMention = new Map<number, number>();
  keyGroups.forEach((g, k) => g.forEach((i) => keyOfMention.set(i, k)));
  const seenKey = new Uint8Array(keyGroups.length);
  const seenResp = new Uint8Array(responseGroups.length);
  let total = 0;
  for (let start = 0; start < keyGroups.length; start++) {
    if (seenKey[start]) continue;
    const keys: number[] = [];
    const resps: number[] = [];
    const stack: [boolean, number][] = [[true, start]];
    seenKey[start] = 1;
    while (stack.length) {
      const [isKey, x] = stack.pop()!;
      if (isKey) {
        keys.push(x);
        for (const i of keyGroups[x]!) {
          const r = responseOf[i];
          if (r !== undefined && !seenResp[r]) {
            seenResp[r] = 1;
            stack.push([false, r]);
          }
        }
      } else {
        resps.push(x);
        for (const i of responseGroups[x]!) {
          const k = keyOfMention.get(i)!;
          if (!seenKey[k]) {
            seenKey[k] = 1;
            stack.push([true, k]);
          }
        }
      }
    }
    const matrix = keys.map((k) => {
      const members = new Set(keyGroups[k]);
      return resps.map((r) => {
        let inter = 0;
        for (const i of responseGroups[r]!) if (members.has(i)) inter++;
        return (2 * inter) / (keyGroups[k]!.length + responseGroups[r]!.length);
      });
    });
    total += maxAssignment(matrix);
  }
  return total;
}

/**
 * Score a response partition against a key partition of the same mentions.
 *
 * @param key - Gold cluster label of each mention.
 * @param response - System cluster label of each mention (same order), null for a mention the system did not find.
 * @returns Counts of MUC, B³ and CEAF-e.
 */
export function scoreCoref(key: readonly string[], response: readonly (string | null)[]): CorefCounts {
  const keyGroups = groups(key);
  const responseGroups = groups(response);
  const [mucRN, mucRD] = mucSide(keyGroups, response);
  const [mucPN, mucPD] = mucSide(responseGroups, key);
  const [b3RN, b3RD] = b3Side(keyGroups, response);
  const [b3PN, b3PD] = b3Side(responseGroups, key);
  const responseOf: (number | undefined)[] = new Array(response.length);
  responseGroups.forEach((g, r) => g.forEach((i) => (responseOf[i] = r)));
  const sim = ceafeSimilarity(keyGroups, responseGroups, responseOf);
  return {
    muc: { recallNum: mucRN, recallDen: mucRD, precisionNum: mucPN, precisionDen: mucPD },
    b3: { recallNum: b3RN, recallDen: b3RD, precisionNum: b3PN, precisionDen: b3PD },
    ceafe: { recallNum: sim, recallDen: keyGroups.length, precisionNum: sim, precisionDen: responseGroups.length },
  };
}
