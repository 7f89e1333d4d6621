import type { TaggerModel } from "./tagger-model.js";

const presenceCache = new WeakMap<TaggerModel, Int32Array>();

/** One bit per 2^20 buckets of a second hash of the feature keys: 0 means the key is certainly absent. */
export function presenceBits(model: TaggerModel): Int32Array {
  let bits = presenceCache.get(model);
  if (!bits) {
    bits = new Int32Array(1 << 15);
    const { table } = model;
    for (let slot = 0; slot < table.length; slot += 2) {
      if (table[slot + 1] === 0) continue;
      const bit = Math.imul(table[slot]!, 0x85ebca6b) >>> 12;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    presenceCache.set(model, bits);
  }
  return bits;
}
