/**
 * One run of `pnpm bench reduce`, in its own process (started by `bench-reduce.ts` with
 * `--expose-gc`): `n` documents' per-document records synthesised from the analysed base documents
 * (see synthetic-records.ts), packed as a worker hands them over (bytes and their JSON), fed to
 * `writeAnalysisNdjson` as `pnpm analyze --format ndjson` does (texts and records spilled to disk,
 * heap growth capped, lines hashed to a null sink). Prints, per stage of the streaming reducer, the
 * peak RSS seen by a sampler thread and the live and committed heap at its end, then one JSON line.
 *
 * Usage: `bench-reduce-child.ts <base.json> <n>`
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { synthesise, type AnalysedBase } from "./synthetic-records.js";
import { mib, residentByKind, startRssProbe } from "./rss-probe.js";
import { hashingSink } from "./bench-child.js";
import { threadCpu } from "../pipeline/thread-cpu.js";
import { packRecords, recordsView } from "../pipeline/packed-result.js";
import { writeAnalysisNdjson } from "../pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../pipeline/ndjson-writer.js";
import type { StringPool } from "../pipeline/compact-result.js";

/** One stage's memory, as the child reports it. */
export interface ReduceStage {
  stage: string;
  /** Peak RSS during the stage (bytes). */
  peakRss: number;
  /** RSS, live heap (after a full collection) and committed heap (before it) at the stage's end. */
  rss: number;
  heapLive: number;
  heapCommitted: number;
  /** Process CPU seconds when the stage ended. */
  cpu: number;
  /**
   * Main-thread CPU seconds of the stage's own work: from the end of the previous stage's closing collection to
   * this stage's end, before its own closing collection (`undefined` off Linux).
   */
  threadCpu?: number;
}

const [basePath, size] = process.argv.slice(2);
const n = Number(size);
const base = JSON.parse(readFileSync(basePath!, "utf8")) as AnalysedBase[];
const strings: StringPool = new Map();
let mentions = 0;
let chars = 0;
function* analysed() {
  for (let i = 0; i < n; i++) {
    const { document, result } = synthesise(base, i);
    mentions += result.mentions.length;
    chars += document.text.length;
    // as a worker hands a document over: its records as bytes, with their JSON for the document line
    yield { document, result: recordsView(packRecords(result, { json: true }), strings) };
  }
}
global.gc?.();
let threadMark = threadCpu()?.cpu;
const probe = startRssProbe();
const stages: ReduceStage[] = [];
let stageName = "synthesising and writing the document lines";
const cpu0 = process.cpuUsage();
const onStage = (next: string) => {
  const peakRss = probe.mark();
  const threadEnd = threadCpu()?.cpu;
  const heapCommitted = process.memoryUsage().heapTotal;
  global.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const cpu = process.cpuUsage(cpu0);
  const stage: ReduceStage = { stage: stageName, peakRss, rss, heapLive: heapUsed, heapCommitted, cpu: (cpu.user + cpu.system) / 1e6 };
  if (threadEnd !== undefined && threadMark !== undefined) stage.threadCpu = threadEnd - threadMark;
  threadMark = threadCpu()?.cpu;
  stages.push(stage);
  const where = residentByKind();
  console.error(`bench reduce ${n}: "${stageName}" peak RSS ${mib(peakRss)} MiB; at its end RSS ${mib(rss)}, heap ${mib(heapUsed)} live of ${mib(heapCommitted)} committed${where ? `, malloc ${mib(where.mallocMain + where.mallocThreads)}` : ""}; ${stage.cpu.toFixed(0)} CPU s; load ${loadavg()[0]!.toFixed(1)}`);
  stageName = next;
};
const { sink, hash } = hashingSink();
const writer = createNdjsonWriter(sink);
await writeAnalysisNdjson(analysed(), writer, { strings, onStage });
onStage("end");
await probe.stop();
const maxRss = Math.max(process.resourceUsage().maxRSS * 1024, ...stages.map((s) => s.peakRss));
console.log(JSON.stringify({ n, mentions, chars, stages, maxRss, lines: writer.lines, hash: hash.digest("hex").slice(0, 16), load: loadavg()[0] }));
