import { InvalidModelError } from "../errors.js";
import type { TaggerModel } from "./tagger-model.js";
import type { WordClusters } from "./word-entry.js";

/** `NPNR` little-endian: the first four bytes of the weights (inside a model file, see `encodeModelFile`). */
const MAGIC = 0x4e504e52;
/** Whether typed arrays use little-endian order here (the model file's order). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Serialise a model's arrays into the compact binary format (sqrt-quantised int8 weights).
 *
 * @param parts - Feature hashes, per-feature label/weight lists, transitions and start scores.
 * @returns Bytes to base64-encode into the package.
 */
export function encodeModel(parts: {
  hashes: Int32Array;
  rowCounts: Uint8Array;
  labels: Uint8Array;
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}): Uint8Array {
  let max = 0;
  for (const w of parts.weights) max = Math.max(max, Math.abs(w));
  max ||= 1;
  const nf = parts.hashes.length;
  const ne = parts.labels.length;
  const L = parts.start.length;
  const size = 4 * 5 + nf * 4 + nf + ne * 2 + (L * L + L) * 4;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  let o = 0;
  view.setUint32(o, MAGIC, true);
  view.setUint32((o += 4), L, true);
  view.setUint32((o += 4), nf, true);
  view.setUint32((o += 4), ne, true);
  view.setFloat32((o += 4), max, true);
  o += 4;
  for (let i = 0; i < nf; i++, o += 4) view.setInt32(o, parts.hashes[i]!, true);
  bytes.set(parts.rowCounts, o);
  o += nf;
  bytes.set(parts.labels, o);
  o += ne;
  for (let i = 0; i < ne; i++) {
    const w = parts.weights[i]!;
    const q = Math.round(Math.sqrt(Math.abs(w) / max) * 127) * Math.sign(w);
    view.setInt8(o++, q);
  }
  for (const t of parts.transitions) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  for (const t of parts.start) {
    view.setFloat32(o, t, true);
    o += 4;
  }
  return bytes;
}

/**
 * Decode the binary model format written by `encodeModel` (used by the training script).
 *
 * @param bytes - Model bytes.
 * @param clusters - Word clusters shipped beside the weights.
 * @returns A model ready for `tagSentence`.
 */
export function decodeModel(bytes: Uint8Array, clusters: WordClusters | undefined): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  if (bytes.byteLength < 20 || view.getUint32(o, true) !== MAGIC) throw new InvalidModelError("Not an entity-extract tagger model (bad magic number).");
  const L = view.getUint32((o += 4), true);
  const nf = view.getUint32((o += 4), true);
  const ne = view.getUint32((o += 4), true);
  const max = view.getFloat32((o += 4), true);
  o += 4;
  const expected = 20 + nf * 5 + ne * 2 + (L * L + L) * 4;
  if (bytes.byteLength < expected) throw new InvalidModelError(`entity-extract tagger model truncated: ${expected} bytes needed, ${bytes.byteLength} present`);
  let size = 1;
  while (size < nf * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  // The keys read in place when they are aligned and the machine is little-endian (the file's order), else one by one.
  const keys = LITTLE_ENDIAN && (bytes.byteOffset + o) % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + o, nf) : new Int32Array(nf);
  if (keys.buffer !== bytes.buffer) for (let i = 0; i < nf; i++) keys[i] = view.getInt32(o + 4 * i, true);
  o += 4 * nf;
  let entryStart = 0;
  for (let i = 0; i < nf; i++) {
    const count = bytes[o + i]!;
    const key = keys[i]!;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (table[slot * 2 + 1] !== 0 && table[slot * 2] !== key) slot = (slot + 1) & mask;
    table[slot * 2] = key;
    table[slot * 2 + 1] = entryStart | (count << 24);
    entryStart += count;
  }
  o += nf;
  const entries = new Uint16Array(ne);
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset + o + ne, ne);
  for (let i = 0; i < ne; i++) entries[i] = bytes[o + i]! | ((quantised[i]! + 128) << 8);
  o += 2 * ne;
  const weightOf = new Float32Array(256);
  for (let q = -128; q < 128; q++) {
    const r = q / 127;
    weightOf[q + 128] = Math.sign(q) * r * r * max;
  }
  const transitions = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++, o += 4) transitions[i] = view.getFloat32(o, true);
  const start = new Float32Array(L);
  for (let i = 0; i < L; i++, o += 4) start[i] = view.getFloat32(o, true);
  return { table, entries, weightOf, transitions, start, clusters };
}
