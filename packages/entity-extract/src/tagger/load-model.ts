import { InvalidModelError, ModelNotLoadedError } from "../errors.js";
import { decodeModel } from "./model-codec.js";
import type { TaggerModel } from "./tagger-model.js";
import type { WordClusters } from "./word-entry.js";

/** `NPTM` little-endian: the first four bytes of a model file. */
const FILE_MAGIC = 0x4d54504e;

let cached: TaggerModel | undefined;

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
  // A scan with indexOf, not split: this runs on every cold start (about 25 000 lines).
  let at = 0;
  const end = tsv.length;
  while (at < end) {
    let eol = tsv.indexOf("\n", at);
    if (eol < 0) eol = end;
    const tab1 = tsv.indexOf("\t", at);
    const tab2 = tab1 < 0 || tab1 >= eol ? -1 : tsv.indexOf("\t", tab1 + 1);
    if (tab1 > at && tab2 >= 0 && tab2 < eol) {
      // The same values as `Number(field)` for the decimal ids the training script writes; `Number` otherwise.
      const w = tsv.slice(at, tab1);
      const third = tsv.indexOf("\t", tab2 + 1);
      fine.set(w, decimal(tsv, tab1 + 1, tab2));
      coarse.set(w, decimal(tsv, tab2 + 1, third >= 0 && third < eol ? third : eol));
    }
    at = eol + 1;
  }
  return { fine, coarse };
}

/** `Number(s.slice(from, to))`, without the slice when the field is a plain decimal integer. */
function decimal(s: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return Number(s.slice(from, to));
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s.slice(from, to));
    v = v * 10 + d;
  }
  return v;
}

/**
 * Pack model bytes (see `encodeModel`) and word clusters into one model file: `NPTM`, the model's length (uint32
 * little-endian), the model, then the clusters as UTF-8 `word<TAB>fine<TAB>coarse` lines.
 *
 * @param model - Bytes from `encodeModel`.
 * @param clustersTsv - Word clusters.
 * @returns The file's bytes.
 */
export function encodeModelFile(model: Uint8Array, clustersTsv: string): Uint8Array {
  const tsv = new TextEncoder().encode(clustersTsv);
  const out = new Uint8Array(8 + model.length + tsv.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, FILE_MAGIC, true);
  view.setUint32(4, model.length, true);
  out.set(model, 8);
  out.set(tsv, 8 + model.length);
  return out;
}

/**
 * Decode a model file written by {@link encodeModelFile} (the shipped `model.bin`).
 *
 * @param bytes - The file's bytes.
 * @returns The tagger model with its word clusters.
 * @throws {@link InvalidModelError} when the bytes are not a model file.
 */
export function decodeModelFile(bytes: Uint8Array): TaggerModel {
  if (bytes.length < 8) throw new InvalidModelError(`model file too short (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== FILE_MAGIC) throw new InvalidModelError("not a newsparse model file (bad magic number)");
  const length = view.getUint32(4, true);
  if (8 + length > bytes.length) throw new InvalidModelError(`model file truncated: the model needs ${length} bytes, ${bytes.length - 8} present`);
  const model = bytes.subarray(8, 8 + length);
  const clusters = parseClusters(new TextDecoder().decode(bytes.subarray(8 + length)));
  return decodeModel(model.slice(), clusters);
}

/** Where the shipped model file sits: next to the module (`dist/model.bin`, or `src/tagger/model.bin` in development). */
function shippedModelUrl(): URL {
  return new URL("./model.bin", import.meta.url);
}

interface NodeFs {
  readFileSync(path: URL): Uint8Array;
}

/** Node's `fs` without a static `node:` import (so bundlers for browsers see none), or undefined outside Node. */
function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
}

/**
 * The shipped tagger model, read on first use and cached. In Node the model file is read synchronously; in a
 * browser it must have been loaded first with {@link loadShippedModel}.
 *
 * @returns The model.
 * @throws {@link ModelNotLoadedError} outside Node when {@link loadShippedModel} has not finished yet.
 * @throws {@link InvalidModelError} when the file is damaged.
 */
export function getShippedModel(): TaggerModel {
  if (cached) return cached;
  const fs = nodeFs();
  if (!fs) {
    throw new ModelNotLoadedError(
      "the shipped tagger model is not loaded: outside Node, call `await loadShippedModel()` once before extracting (it fetches model.bin next to the module)",
    );
  }
  const url = shippedModelUrl();
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(url);
  } catch (error) {
    throw new ModelNotLoadedError(`cannot read the shipped tagger model at ${url.href}: ${(error as Error).message}`);
  }
  cached = decodeModelFile(bytes);
  return cached;
}

/**
 * The shipped model when it is loaded or can be read synchronously (Node), else undefined; never throws a
 * {@link ModelNotLoadedError}.
 *
 * @returns The model or undefined.
 */
export function shippedModelIfAvailable(): TaggerModel | undefined {
  if (cached) return cached;
  if (!nodeFs()) return undefined;
  try {
    return getShippedModel();
  } catch (error) {
    if (error instanceof ModelNotLoadedError) return undefined;
    throw error;
  }
}

/**
 * Load the shipped tagger model once, asynchronously: needed in browsers and workers before the first extraction
 * (Node reads it by itself on first use). Without `source`, the model file next to the module is fetched
 * (`new URL("./model.bin", import.meta.url)`, which Vite and webpack emit as an asset); give `source` when you
 * serve the file elsewhere or already hold its bytes. Later calls return the same model.
 *
 * @param source - A URL of the model file, or its bytes.
 * @returns The model.
 * @throws {@link ModelNotLoadedError} when the file cannot be fetched.
 * @throws {@link InvalidModelError} when the bytes are not a model file.
 * @example
 * ```ts
 * import { extractEntities, loadShippedModel } from "@newsparse/entity-extract";
 * await loadShippedModel();
 * extractEntities("Halvorsen Energy agreed to buy Baltic Wind.");
 * ```
 */
export async function loadShippedModel(source?: string | URL | ArrayBuffer | Uint8Array): Promise<TaggerModel> {
  if (cached && source === undefined) return cached;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    cached = decodeModelFile(source instanceof Uint8Array ? source : new Uint8Array(source));
    return cached;
  }
  if (source === undefined && nodeFs()) return getShippedModel();
  const url = source ?? shippedModelUrl();
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ModelNotLoadedError(`cannot fetch the tagger model from ${String(url)}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ModelNotLoadedError(`cannot fetch the tagger model from ${String(url)}: HTTP ${response.status}`);
  cached = decodeModelFile(new Uint8Array(await response.arrayBuffer()));
  return cached;
}
