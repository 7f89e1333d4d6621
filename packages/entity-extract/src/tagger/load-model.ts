import type { WordClusters } from "./features.js";
import { decodeModel, type TaggerModel } from "./model.js";
import { CLUSTERS_TSV, MODEL_BASE64 } from "./model-data.js";

let cached: TaggerModel | null | undefined;

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Parse `word<TAB>fine<TAB>coarse` lines into cluster maps.
 *
 * @param tsv - The clusters text.
 * @returns Cluster maps, or undefined when empty.
 */
export function parseClusters(tsv: string): WordClusters | undefined {
  if (!tsv) return undefined;
  const fine = new Map<string, number>();
  const coarse = new Map<string, number>();
  for (const line of tsv.split("\n")) {
    const [w, f, c] = line.split("\t");
    if (!w || f === undefined || c === undefined) continue;
    fine.set(w, Number(f));
    coarse.set(w, Number(c));
  }
  return { fine, coarse };
}

/**
 * The shipped tagger model, decoded on first use and cached.
 *
 * @returns The model, or null when the package was built without one.
 */
export function getShippedModel(): TaggerModel | null {
  if (cached !== undefined) return cached;
  cached = MODEL_BASE64 ? decodeModel(base64ToBytes(MODEL_BASE64), parseClusters(CLUSTERS_TSV)) : null;
  return cached;
}
