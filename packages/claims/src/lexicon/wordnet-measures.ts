import { WORDNET_MEASURE_KEYS } from "./wordnet-measures-data.js";

let table: Map<string, readonly string[]> | undefined;

/**
 * WordNet keys of a noun (lower case, singular or as WordNet lists it): two nouns that share a key name the same
 * measured thing (`missile` / `rocket` / `projectile`). Loaded on first use from the table built by
 * `scripts/build-wordnet-measures.ts`.
 *
 * @param noun - A lower-case noun.
 * @returns Its keys (`wn:<id>`), empty when WordNet links it to no other noun.
 */
export function wordnetMeasureKeys(noun: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const row of WORDNET_MEASURE_KEYS.split("\n")) {
      const colon = row.lastIndexOf(":");
      table.set(row.slice(0, colon), row.slice(colon + 1).split(",").map((k) => `wn:${k}`));
    }
  }
  return table.get(noun) ?? [];
}
