import type { TaggerModel } from "./tagger-model.js";

/** Add the weights of one feature key into `out[offset .. offset + L)` (nothing when the key is absent). */
export function addKey(model: TaggerModel, present: Int32Array, key: number, out: Float32Array, offset: number): void {
  const bit = Math.imul(key, 0x85ebca6b) >>> 12;
  if ((present[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
  addWeights(model, key, out, offset);
}

/** Probe the weight table for `key` and add its weights into `out[offset .. offset + L)`. */
export function addWeights(model: TaggerModel, key: number, out: Float32Array, offset: number): void {
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

/** Summed weights of every feature key, into `out[offset .. offset + L)`. */
export function scoreKeys(model: TaggerModel, keys: readonly number[], out: Float32Array, offset: number): void {
  for (const key of keys) addWeights(model, key, out, offset);
}
