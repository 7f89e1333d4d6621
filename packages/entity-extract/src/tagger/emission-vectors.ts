import { padEntries, roleKey, roleKeyCount } from "./feature-templates.js";
import { LABEL_COUNT } from "./labels.js";
import { presenceBits } from "./presence-bits.js";
import type { TaggerModel } from "./tagger-model.js";
import { addKey } from "./weight-table.js";
import type { WordEntry } from "./word-entry.js";

const padCache = new WeakMap<TaggerModel, WordEntry[]>();
const gazVectorCache = new WeakMap<TaggerModel, Map<number, Float32Array>>();

/** Score vectors of the bias plus the gazetteer codes of a token and its two neighbours, keyed `code << 10 | left << 5 | right` (at most 32 768 triples). */
export function gazetteerVectors(model: TaggerModel): Map<number, Float32Array> {
  let v = gazVectorCache.get(model);
  if (!v) {
    v = new Map();
    gazVectorCache.set(model, v);
  }
  return v;
}

/**
 * The summed weights of a word's feature keys in each of its five roles (itself, left 1, left 2,
 * right 1, right 2), `5 * LABEL_COUNT` floats, cached on the word entry per model.
 *
 * @param model - A decoded model.
 * @param e - The word's entry.
 * @returns The five score vectors, one after the other.
 */
export function vectorsOf(model: TaggerModel, e: WordEntry): Float32Array {
  if (e.vectors && e.vectorsOwner === model) return e.vectors;
  // First sight of this word with this model: the summed weights of its keys in each of the five
  // roles (the keys of `roleKeys`, in the same order, so every sum is the same float). Keys the
  // presence bit set rules out are skipped without probing the large table.
  const L = LABEL_COUNT;
  const v = new Float32Array(5 * L);
  const present = presenceBits(model);
  const hasClusters = model.clusters !== undefined;
  const keys = e.keys;
  for (let k = 0; k < keys.length; k++) addKey(model, present, keys[k]!, v, 0);
  for (let role = 1; role < 5; role++) {
    const count = roleKeyCount(e, role, hasClusters);
    for (let k = 0; k < count; k++) addKey(model, present, roleKey(e, role, k), v, role * L);
  }
  e.vectors = v;
  e.vectorsOwner = model;
  return v;
}

/**
 * The padding entries of a model (positions -2, -1, n, n+1), cached per model.
 *
 * @param model - A decoded model.
 * @returns Four pseudo-entries (see `padEntries`).
 */
export function padsOf(model: TaggerModel): WordEntry[] {
  let pads = padCache.get(model);
  if (!pads) {
    pads = padEntries();
    padCache.set(model, pads);
  }
  return pads;
}
