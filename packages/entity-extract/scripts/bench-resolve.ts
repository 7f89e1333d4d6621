/**
 * Scale of cross-document resolution: `resolveEntities` on 10,000, 50,000 and 100,000
 * article-sized documents, and the growth exponent between the two largest sizes
 * (log(t₁₀₀ₖ / t₅₀ₖ) / log 2; 1.0 is linear).
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/bench-resolve.ts [--sizes 10000,50000,100000] [--quick] [--in-place | --rows]
 *
 * Running the whole pipeline on 100,000 articles would take about an hour on one core, so the
 * documents are made as mention lists directly: real news texts (the seed articles, plus PolNeAR
 * dev articles when ../shared/data is present) go through extraction once (`resolve: false`),
 * and document i copies the mentions of template i mod T with its people renamed: each given
 * name and surname is rotated through the given-name and surname lists by the round ⌊i / T⌋, so
 * the number of distinct people grows with the corpus (resolution has real blocking and merging
 * to do), while organisations and places repeat as they do in news. Offsets are the template's;
 * resolution does not read the text.
 *
 * Memory, per input mention: the peak heap above the heap before the call (V8's GC profiler: the
 * used heap before each collection), the peak RSS above the RSS before the call (sampled every
 * 5 ms by a helper thread), and the heap the result keeps once the input is dropped. Run with
 * `node --expose-gc` for the last. `--in-place` resolves with `inPlace: true` (entity ids set on
 * the input mentions), so the output holds no copies. `--rows` resolves with `resolveMentionRows`
 * over the same mentions read by position (as the streaming reducer reads its mention table): the
 * output holds no mention objects at all, so the peaks are the resolver's own state.
 */
import os from "node:os";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import { PerformanceObserver } from "node:perf_hooks";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractEntities, mentionArrayRows, resolveEntities, resolveMentionRows, type Mention } from "../src/index.js";
import { getNameLists } from "../src/lexicon/name-lists.js";
import { readNewsTexts } from "./lib/news-texts.js";
import { cpu, mainThreadCpu } from "../../../scripts/lib/measure.js";

const args = process.argv.slice(2);
const sizesIndex = args.indexOf("--sizes");
// `pnpm bench --quick` passes --quick to every package's bench: smaller sizes, same table.
const inPlace = args.includes("--in-place");
const byRows = args.includes("--rows");
const sizes = sizesIndex >= 0 ? args[sizesIndex + 1]!.split(",").map(Number) : args.includes("--quick") ? [2_000, 5_000, 10_000] : [10_000, 50_000, 100_000];

const { texts, polnear } = readNewsTexts(["dev"]);
const templates: Mention[][] = [];
for (const [i, text] of texts.slice(0, 300).entries()) {
  templates.push(extractEntities(parseDocument(text, { id: `t${i}` }), { resolve: false }).mentions);
}
const perDoc = templates.reduce((a, t) => a + t.length, 0) / templates.length;

const lists = getNameLists();
const capitalise = (w: string): string => w.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const firstNames = [...lists.firstNames].filter((w) => /^\p{L}{3,}$/u.test(w)).sort().map(capitalise);
const lastNames = [...lists.lastNames].filter((w) => /^\p{L}{3,}$/u.test(w)).sort().map(capitalise);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A person name with its given names and surname rotated by `round`. */
function rotate(name: string, round: number, cache: Map<string, string>): string {
  let out = cache.get(name);
  if (out !== undefined) return out;
  const words = name.split(" ");
  out = words
    .map((w, i) => {
      if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return w; // initials, titles in capitals, particles
      const list = i === words.length - 1 ? lastNames : firstNames;
      return list[(hash(w) + round * 7919) % list.length]!;
    })
    .join(" ");
  cache.set(name, out);
  return out;
}

function generate(count: number): Mention[] {
  const out: Mention[] = [];
  let round = -1;
  let cache = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const t = i % templates.length;
    if (t === 0) {
      round++;
      cache = new Map();
    }
    const docId = `d${i}`;
    for (const m of templates[t]!) {
      const text = m.type === "PERSON" && round > 0 ? rotate(m.text, round, cache) : m.text;
      out.push({ ...m, docId, text, roles: m.roles?.map((r) => ({ ...r, docId })) });
    }
  }
  return out;
}

// Garbage-collection pauses during each run (main thread; from V8's gc performance entries).
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ["gc"] });

/**
 * Peak resident set size during a run: a sampler thread reads the process's RSS (process-wide) every 5 ms into a
 * shared cell while the main thread is busy inside resolveEntities; the main thread resets it before each run.
 */
const peakCell = new Float64Array(new SharedArrayBuffer(8));
const sampler = new Worker(
  `const { workerData } = require("node:worker_threads");
   const cell = new Float64Array(workerData);
   setInterval(() => { const r = process.memoryUsage.rss(); if (r > cell[0]) cell[0] = r; }, 5);`,
  { eval: true, workerData: peakCell.buffer },
);
sampler.unref();

// Warm-up (JIT) on a small corpus.
resolveEntities(generate(2_000));
const rows: { docs: number; mentions: number; entities: number; seconds: number; cpu: number; main: number; gc: number; peakHeap: number; peakRss: number; kept: number }[] = [];
(globalThis as { gc?: () => void }).gc?.();
// The heap before any input is generated, for "kept by the output".
const heapBase = process.memoryUsage().heapUsed;
for (const docs of sizes) {
  let mentions: Mention[] | null = generate(docs);
  const count = mentions.length;
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 10)); // deliver pending gc entries before counting
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage.rss();
  peakCell[0] = rss0;
  // Heap peaks: the used heap before each collection during the run (V8's GC profiler), and at its end.
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  const c0 = cpu();
  const m0 = mainThreadCpu();
  const g0 = gcMs;
  const result = byRows ? resolveMentionRows(mentionArrayRows(mentions)) : resolveEntities(mentions, { inPlace });
  const seconds = (performance.now() - t0) / 1000;
  const main = mainThreadCpu() - m0;
  const cpuSeconds = cpu() - c0;
  const heapEnd = process.memoryUsage().heapUsed;
  const gcs = profiler.stop()?.statistics ?? [];
  const peakHeap = Math.max(heapEnd, ...gcs.map((g) => g.beforeGC.heapStatistics.usedHeapSize));
  const peakRss = Math.max(peakCell[0]!, process.memoryUsage.rss());
  // What the result keeps once the input is gone (the output's mention copies, entities, aliases).
  mentions = null;
  (globalThis as { gc?: () => void }).gc?.();
  const kept = process.memoryUsage().heapUsed;
  await new Promise((r) => setTimeout(r, 10));
  rows.push({ docs, mentions: count, entities: result.entities.length, seconds, cpu: cpuSeconds, main, gc: (gcMs - g0) / 1000, peakHeap: (peakHeap - heap0) / count, peakRss: (peakRss - rss0) / count, kept: (kept - heapBase) / count });
  console.log(`(${docs} documents: ${seconds.toFixed(2)} s)`);
}

console.log(
  `\n### entity-extract resolution scale (${templates.length} template articles, ${perDoc.toFixed(1)} mentions each, ${polnear ? "seed corpus + PolNeAR dev" : "seed corpus only"}; people renamed per round${inPlace ? "; inPlace" : ""}${byRows ? "; resolveMentionRows" : ""}; Node ${process.version}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
);
console.log("| documents | mentions | entities | resolve wall s | process CPU s | main-thread CPU s | µs per mention (main thread) | GC pauses s | peak heap B/mention | peak RSS B/mention | output kept B/mention |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.docs.toLocaleString("en")} | ${r.mentions.toLocaleString("en")} | ${r.entities.toLocaleString("en")} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.main.toFixed(2)} | ${((r.main * 1e6) / r.mentions).toFixed(2)} | ${r.gc.toFixed(2)} | ${r.peakHeap.toFixed(0)} | ${r.peakRss.toFixed(0)} | ${r.kept.toFixed(0)} |`,
  );
console.log("\npeak heap / RSS: above the heap / RSS before the call (the input mentions are already there); output kept: the heap that the result holds once the input is released, after a full collection (needs --expose-gc).");
if (rows.length >= 2) {
  const [a, b] = rows.slice(-2) as [(typeof rows)[0], (typeof rows)[0]];
  const exponent = Math.log(b.seconds / a.seconds) / Math.log(b.docs / a.docs);
  const cpuExponent = Math.log(b.cpu / a.cpu) / Math.log(b.docs / a.docs);
  const mainExponent = Math.log(b.main / a.main) / Math.log(b.docs / a.docs);
  console.log(`\ngrowth exponent ${a.docs.toLocaleString("en")} → ${b.docs.toLocaleString("en")} documents: ${mainExponent.toFixed(2)} (main-thread CPU), ${cpuExponent.toFixed(2)} (process CPU), ${exponent.toFixed(2)} (wall); 1.00 is linear, target ≤ 1.10`);
  if (rows.length >= 3) {
    const first = rows[0]!;
    const span = Math.log(b.docs / first.docs);
    console.log(`growth exponent ${first.docs.toLocaleString("en")} → ${b.docs.toLocaleString("en")} documents: ${(Math.log(b.main / first.main) / span).toFixed(2)} (main-thread CPU), ${(Math.log(b.cpu / first.cpu) / span).toFixed(2)} (process CPU)`);
  }
}
