/**
 * Averages the weights of several tagger model files trained on the same data with different shuffles
 * (`train --seed n`): for every (feature, label) the mean weight (0 where a model pruned it), the mean transitions and
 * start scores, quantised again with `encodeModel`. The word clusters must be identical (they do not depend on the seed).
 * Averaging one file alone gives back its scores exactly. An experiment tool (MODEL.md, "Averaging the weights of
 * several shuffles"); nothing here is shipped.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/average-models.ts /tmp/avg.bin /tmp/a.bin /tmp/b.bin [...]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeModelFile } from "../src/tagger/load-model.js";
import { encodeModel } from "../src/tagger/model-codec.js";

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error("usage: average-models.ts out.bin model1.bin [model2.bin …]");
  process.exit(1);
}

let clusters: Buffer | undefined;
const sums = new Map<number, Map<number, number>>(); // feature hash → label → summed weight
let transitions: Float64Array | undefined;
let start: Float64Array | undefined;
for (const file of files) {
  const bytes = readFileSync(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(4, true); // after the file's magic number (see encodeModelFile)
  const tsv = bytes.subarray(8 + length);
  if (!clusters) clusters = tsv;
  else if (!clusters.equals(tsv)) throw new Error(`${file}: word clusters differ from ${files[0]}'s`);
  // The model's layout (encodeModel): magic, labels, features, entries, max weight, hashes, row counts, labels, int8 weights.
  let o = 8 + 4;
  const L = view.getUint32(o, true);
  const nf = view.getUint32((o += 4), true);
  const ne = view.getUint32((o += 4), true);
  const max = view.getFloat32((o += 4), true);
  o += 4;
  const hashes = new Int32Array(nf);
  for (let i = 0; i < nf; i++, o += 4) hashes[i] = view.getInt32(o, true);
  const rowCounts = bytes.subarray(o, o + nf);
  o += nf;
  const labels = bytes.subarray(o, o + ne);
  o += ne;
  let e = 0;
  for (let i = 0; i < nf; i++) {
    let row = sums.get(hashes[i]!);
    if (!row) sums.set(hashes[i]!, (row = new Map()));
    for (let j = 0; j < rowCounts[i]!; j++, e++) {
      const q = view.getInt8(o + e);
      row.set(labels[e]!, (row.get(labels[e]!) ?? 0) + Math.sign(q) * (q / 127) ** 2 * max);
    }
  }
  o += ne;
  transitions ??= new Float64Array(L * L);
  start ??= new Float64Array(L);
  for (let i = 0; i < L * L; i++, o += 4) transitions[i]! += view.getFloat32(o, true);
  for (let i = 0; i < L; i++, o += 4) start[i]! += view.getFloat32(o, true);
}

const n = files.length;
const hashes = [...sums.keys()];
const rowCounts = new Uint8Array(hashes.length);
const labels: number[] = [];
const weights: number[] = [];
hashes.forEach((h, i) => {
  const row = [...sums.get(h)!].sort((a, b) => a[0] - b[0]);
  rowCounts[i] = row.length;
  for (const [label, w] of row) {
    labels.push(label);
    weights.push(w / n);
  }
});
const model = encodeModel({
  hashes: Int32Array.from(hashes),
  rowCounts,
  labels: Uint8Array.from(labels),
  weights: Float32Array.from(weights),
  transitions: Float32Array.from(transitions!, (v) => v / n),
  start: Float32Array.from(start!, (v) => v / n),
});
writeFileSync(out, encodeModelFile(model, clusters!.toString("utf8")));
console.log(`wrote ${out}: ${n} models averaged, ${hashes.length} features, ${labels.length} weights`);
