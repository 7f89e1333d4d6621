/**
 * One size of `pnpm bench stages`, in its own process (started by
 * `bench-stages.ts` with `--expose-gc`): read the analysed base documents,
 * synthesise `n` documents' per-document records from them, run the
 * cross-document stages (`reduceCorpus`, as `pnpm analyze` does) and print
 * one JSON line with each stage's figures and the memory.
 *
 * Per stage: wall seconds, CPU seconds of the process (every thread, V8's
 * garbage-collector helpers included), CPU seconds of this thread alone, and
 * the garbage collections that ran inside the stage (count and pause time by
 * kind, from V8's `GCProfiler`), so that collector work can be told apart from
 * the stage's own. The stage clock is reduceCorpus's own (`timed`): this
 * process watches its `process.cpuUsage()` calls to take the other readings at
 * the same two moments.
 *
 * Usage: `bench-stages-child.ts <base.json> <n>`
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";
import type { Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "../pipeline/document-stage.js";
import { reduceCorpus } from "../pipeline/reduce-corpus.js";
import { threadCpu } from "../pipeline/thread-cpu.js";
import { synthesise, type AnalysedBase } from "./synthetic-records.js";

/** Garbage collections inside one stage. */
export interface StageGc {
  /** Scavenges (young generation) and their pause seconds. */
  minor: number;
  minorSeconds: number;
  /** Mark-compacts (whole heap, including their incremental marking steps) and their pause seconds. */
  major: number;
  majorSeconds: number;
  /** Used heap (bytes) at the start and the end of the stage. */
  heapBefore: number;
  heapAfter: number;
}

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

// GCProfiler's types: Scavenge and MinorMarkSweep (young generation); MarkSweepCompact, IncrementalMarking (its steps) and ProcessWeakCallbacks (old)
const isMinor = (type: string) => type === "Scavenge" || type.startsWith("Minor");
const thread: Record<string, number> = {};
const gcs: Record<string, StageGc> = {};
let open: { thread: number; profiler: GCProfiler; heap: number } | undefined;
let last: { thread: number; gc: StageGc } | undefined;
const cpuUsage = process.cpuUsage.bind(process);
// reduceCorpus's `timed` reads process.cpuUsage() when a stage starts and process.cpuUsage(start) when it ends
process.cpuUsage = ((previous?: NodeJS.CpuUsage) => {
  if (previous === undefined) {
    const profiler = new GCProfiler();
    profiler.start();
    open = { thread: threadCpu()?.cpu ?? 0, profiler, heap: process.memoryUsage().heapUsed };
    return cpuUsage();
  }
  const used = cpuUsage(previous);
  if (open) {
    const now = threadCpu()?.cpu ?? 0;
    const stats = open.profiler.stop()?.statistics ?? [];
    const g: StageGc = { minor: 0, minorSeconds: 0, major: 0, majorSeconds: 0, heapBefore: open.heap, heapAfter: process.memoryUsage().heapUsed };
    for (const s of stats) {
      if (isMinor(s.gcType)) {
        g.minor++;
        g.minorSeconds += s.cost / 1e6;
      } else {
        if (s.gcType === "MarkSweepCompact") g.major++;
        g.majorSeconds += s.cost / 1e6;
      }
    }
    last = { thread: now - open.thread, gc: g };
    open = undefined;
  }
  return used;
}) as typeof process.cpuUsage;
// the stage's name arrives when reduceCorpus records its CPU seconds, right after the reading above
const cpuTimings = new Proxy({} as Record<string, number>, {
  set(target, stage: string, value: number) {
    target[stage] = value;
    if (last) {
      thread[stage] = (thread[stage] ?? 0) + last.thread;
      const g = gcs[stage];
      gcs[stage] = g
        ? { ...g, minor: g.minor + last.gc.minor, minorSeconds: g.minorSeconds + last.gc.minorSeconds, major: g.major + last.gc.major, majorSeconds: g.majorSeconds + last.gc.majorSeconds, heapAfter: last.gc.heapAfter }
        : last.gc;
      last = undefined;
    }
    return true;
  },
});
const timings: Record<string, number> = {};
const started = performance.now();
const cpu = cpuUsage();
const threadStart = threadCpu()?.cpu ?? 0;
// as the streaming run does: per-document records are dropped once their stages are done
const analysis = reduceCorpus(documents, results, { timings, cpuTimings, release: true });
const used = cpuUsage(cpu);
const threadTotal = (threadCpu()?.cpu ?? 0) - threadStart;
process.cpuUsage = cpuUsage;
const out = {
  n,
  chars,
  counts,
  entities: analysis.entities.length,
  claimGroups: analysis.claimGroups?.length ?? 0,
  timelineEntries: analysis.timeline.length,
  wall: timings,
  cpu: { ...cpuTimings },
  thread,
  gc: gcs,
  totalWall: (performance.now() - started) / 1000,
  totalCpu: (used.user + used.system) / 1e6,
  totalThread: threadTotal,
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
