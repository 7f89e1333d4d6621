/**
 * One size of `pnpm bench stages`, in its own process (started by
 * `bench-stages.ts` with `--expose-gc`): read the analysed base documents,
 * synthesise `n` documents' per-document records from them, run the
 * cross-document stages (`reduceCorpus`, as `pnpm analyze` does) and print
 * one JSON line with each stage's wall and CPU seconds and the memory.
 *
 * Usage: `bench-stages-child.ts <base.json> <n>`
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import type { Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "../pipeline/document-stage.js";
import { reduceCorpus } from "../pipeline/reduce-corpus.js";
import { synthesise, type AnalysedBase } from "./synthetic-records.js";

const [basePath, size] = process.argv.slice(2);
const n = Number(size);
const base = JSON.parse(readFileSync(basePath!, "utf8")) as AnalysedBase[];
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const heapStart = heap();
const documents: Document[] = [];
const results: DocumentResult[] = [];
let chars = 0;
for (let i = 0; i < n; i++) {
  const { document, result } = synthesise(base, i);
  documents.push(document);
  results.push(result);
  chars += document.text.length;
}
const heapLoaded = heap();
// the records alone: what the reducer keeps per document when texts are spilled
const textBytes = documents.reduce((s, d) => s + d.text.length * (/[^\u0000-\u00ff]/.test(d.text) ? 2 : 1), 0);
const counts = {
  mentions: results.reduce((s, r) => s + r.mentions.length, 0),
  claims: results.reduce((s, r) => s + r.claims.length, 0),
  timexes: results.reduce((s, r) => s + (r.timexes?.timexes.length ?? 0), 0),
};
const timings: Record<string, number> = {};
const cpuTimings: Record<string, number> = {};
const started = performance.now();
const cpu = process.cpuUsage();
// as the streaming run does: per-document records are dropped once their stages are done
const analysis = reduceCorpus(documents, results, { timings, cpuTimings, release: true });
const used = process.cpuUsage(cpu);
const out = {
  n,
  chars,
  counts,
  entities: analysis.entities.length,
  claimGroups: analysis.claimGroups?.length ?? 0,
  timelineEntries: analysis.timeline.length,
  wall: timings,
  cpu: cpuTimings,
  totalWall: (performance.now() - started) / 1000,
  totalCpu: (used.user + used.system) / 1e6,
  heapLoaded: heapLoaded - heapStart,
  heapTextBytes: textBytes,
  peakRss: process.resourceUsage().maxRSS * 1024,
  heapLimit: getHeapStatistics().heap_size_limit,
};
// a hash of the output, element by element (the whole analysis of a large corpus is longer than a string may be)
const digest = createHash("sha256");
for (const [key, value] of Object.entries(analysis)) {
  digest.update(key);
  if (Array.isArray(value)) for (const item of value) digest.update(JSON.stringify(item));
  else digest.update(JSON.stringify(value) ?? "");
}
console.log(JSON.stringify({ ...out, hash: digest.digest("hex").slice(0, 12) }));
