import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { createDocumentPool, type DocumentPool } from "../pipeline/document-pool.js";
import { analyzeDocument, type DocumentResult } from "../pipeline/document-stage.js";
import { mapDocuments } from "../pipeline/map-documents.js";
import { reduceCorpus } from "../pipeline/reduce-corpus.js";
import { articleTexts, generateArticle, generateArticles } from "./bench-corpus.js";
import { analyzeStream } from "../pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../pipeline/ndjson-writer.js";
import { threadCpu, type ThreadCpu } from "../pipeline/thread-cpu.js";
import { mib, residentByKind, startRssProbe } from "./rss-probe.js";
import { hashingSink } from "./bench-child.js";
import { growthExponent } from "./growth-exponent.js";

const MiB = 2 ** 20;

/** Peak resident set size of this process (threads included), sampled every 20 ms. */
function rssSampler(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

interface Run {
  seconds: number;
  perDocument: number;
  stages: Record<string, number>;
  /** CPU seconds per cross-document stage. */
  cpuStages: Record<string, number>;
  /** CPU seconds (all threads) of the per-document part. */
  perDocumentCpu: number;
  chars: number;
  hash: string;
  peakRss: number;
  workerHeap: number[];
  /** CPU seconds of the process, all threads. */
  cpu: number;
  /** Wall seconds of start-up and warm-up, before the timed run. */
  startup: number;
  /** CPU seconds of start-up and warm-up. */
  startupCpu: number;
  /** Per-document part, by thread (Linux): this thread, each worker's JS thread; the rest is V8's and libuv's helper threads. */
  threads?: { main: ThreadCpu; workers: (ThreadCpu & { documents: number; esModules: boolean })[] };
}

/** Options of one timed run. */
interface RunOptions {
  /** Warm-up documents per worker (or on this thread) before the clock starts. */
  warm: number;
  /** Workers' young generation, MiB (default V8's). */
  youngGenerationMb?: number;
  /** V8 compiles on helper threads while the workers run (default: V8's setting, left alone). */
  concurrentCompilation?: boolean;
}

const cpuDiff = (after: ThreadCpu | undefined, before: ThreadCpu | undefined): ThreadCpu => ({ cpu: (after?.cpu ?? 0) - (before?.cpu ?? 0), waited: (after?.waited ?? 0) - (before?.waited ?? 0) });

/**
 * Documents analysed before the clock starts: every worker loads its models and compiles the hot code (V8 compiles
 * per isolate, so each worker pays this itself; it takes a few hundred documents of the same kind of text before a
 * thread runs at its steady speed). The timed corpus's own base texts, with the names and numbers of a far rotation.
 */
function warmUpDocuments(base: readonly string[], count: number, corpusSize: number): Document[] {
  const texts = Math.max(1, Math.min(corpusSize, base.length));
  return Array.from({ length: count }, (_, i) => {
    const article = generateArticle(1000 * base.length + (i % texts), base);
    return parseDocument(article.text, { id: `warm-${i}`, publishedAt: article.publishedAt });
  });
}

/** Start the pool and run warm-up batches of 8 until every worker has analysed `perWorker` documents (or `perWorker` on this thread). */
async function warmUp(pool: DocumentPool | undefined, workers: number, base: readonly string[], perWorker: number, corpusSize: number): Promise<void> {
  const documents = warmUpDocuments(base, Math.max(8, perWorker) * Math.max(1, workers) * 2, corpusSize);
  if (!pool) {
    for (const d of documents.slice(0, Math.max(1, perWorker))) analyzeDocument(d);
    return;
  }
  // batches go to whichever worker is free; keep going until each has had its share (a worker that started late gets more)
  const enough = () => pool.threads.size >= workers && [...pool.threads.values()].every((t) => t.documents >= perWorker);
  let next = 0;
  for (let round = 0; round < 100 && !enough(); round++) {
    await Promise.all(
      Array.from({ length: workers }, () => {
        const batch = Array.from({ length: 8 }, () => documents[next++ % documents.length]!);
        return pool.runPacked(batch, { json: false });
      }),
    );
  }
}

/**
 * One end-to-end run: start-up and warm-up (timed apart), then parse, per-document stages (pool or
 * this thread), cross-document stages.
 */
async function runOnce(count: number, workers: number, base: readonly string[], options: RunOptions = { warm: 8 }): Promise<Run> {
  const articles = generateArticles(count, base);
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  global.gc?.();
  const rss = rssSampler();
  const startupStarted = performance.now();
  const startupCpu = process.cpuUsage();
  const pool = workers > 0 ? createDocumentPool({ workers, youngGenerationMb: options.youngGenerationMb, concurrentCompilation: options.concurrentCompilation }) : undefined;
  // worker start-up (module load, model decode, compiling) is reported apart: it is paid once per run, not per document
  await warmUp(pool, workers, base, options.warm, count);
  const mainBefore = threadCpu();
  const workersBefore = new Map([...(pool?.threads ?? [])].map(([id, t]) => [id, { ...t }]));
  const startupCpuUsed = process.cpuUsage(startupCpu);
  const startup = (performance.now() - startupStarted) / 1000;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const documents: Document[] = [];
  const results: DocumentResult[] = [];
  function* parsed(): Generator<Document> {
    for (const a of articles) yield parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt });
  }
  // as `pnpm analyze --workers N` does: results come back packed, unpacked by the cross-document stages
  // (no JSON of the records: only the NDJSON output writes it)
  for await (const { document, result } of mapDocuments(parsed(), { pool, packed: { strings: new Map(), json: false } })) {
    documents.push(document);
    results.push(result);
  }
  const perDocument = (performance.now() - started) / 1000;
  const perDocumentCpuUsed = process.cpuUsage(cpuStart);
  const mainAfter = threadCpu();
  const threads = mainAfter
    ? {
        main: cpuDiff(mainAfter, mainBefore),
        workers: [...(pool?.threads ?? [])].map(([id, t]) => ({ ...cpuDiff(t.cpu, workersBefore.get(id)?.cpu), documents: t.documents - (workersBefore.get(id)?.documents ?? 0), esModules: t.esModules })),
      }
    : undefined;
  const workerHeap = pool ? [...pool.peakHeap.values()] : [];
  await pool?.close();
  const stages: Record<string, number> = {};
  const cpuStages: Record<string, number> = {};
  const analysis = reduceCorpus(documents, results, { timings: stages, cpuTimings: cpuStages });
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpuStart);
  rss.stop();
  const hash = createHash("sha256").update(JSON.stringify(analysis)).digest("hex").slice(0, 12);
  return {
    seconds,
    perDocument,
    stages,
    chars,
    hash,
    peakRss: rss.peak(),
    workerHeap,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    cpuStages,
    perDocumentCpu: (perDocumentCpuUsed.user + perDocumentCpuUsed.system) / 1e6,
    startup,
    startupCpu: (startupCpuUsed.user + startupCpuUsed.system) / 1e6,
    threads,
  };
}

/**
 * The least wall time the per-document part could take on `cores` idle cores, from its CPU times: no thread
 * finishes before its own CPU time, and the process's CPU time is shared by at most `cores` cores.
 */
function idleCoresBound(run: Run, cores: number): number | undefined {
  if (!run.threads) return undefined;
  return Math.max(run.threads.main.cpu, ...run.threads.workers.map((w) => w.cpu), run.perDocumentCpu / cores);
}

/** Options of {@link benchWorkers}. */
export interface BenchWorkersOptions {
  /** Documents in the timed corpus. */
  docs: number;
  /** Worker counts, one run each (0 = this thread). */
  workers: number[];
  /** Warm-up documents per worker before the clock starts (default 400). */
  warm?: number;
  /** Workers' young generation, MiB (default V8's). */
  youngGenerationMb?: number;
  /** V8 flags set for the whole process before the runs (`v8.setFlagsFromString`), e.g. `--max-lazy`. */
  v8Flags?: string;
  /** Whether V8 compiles on helper threads while the workers run (default: V8's setting, left alone). */
  concurrentCompilation?: boolean;
}

/**
 * `pnpm bench workers [--docs N] [--workers 0,1,2] [--warm N] [--young MiB] [--compile-on-helpers yes|no] [--v8 FLAGS]`: documents
 * per second with the per-document stages on this thread (0) and on pools of 1 and 2 worker threads,
 * on a generated corpus; with a hash of the output (identical across rows), memory, and the CPU time
 * of each thread (Linux). Start-up (starting the threads, loading the models, `--warm` documents per
 * worker so that V8 has compiled the hot code) is measured apart from the run.
 *
 * @param options - Corpus size, worker counts, warm-up, V8 settings.
 */
export async function benchWorkers(options: BenchWorkersOptions): Promise<void> {
  const base = articleTexts();
  const warm = options.warm ?? 400;
  if (options.v8Flags) setFlagsFromString(options.v8Flags);
  console.log(`generated corpus: ${options.docs} documents from ${base.length} distinct real texts (names and numbers rotated); warm-up ${warm} documents per worker${options.youngGenerationMb ? `; workers' young generation ${options.youngGenerationMb} MiB` : ""}${options.v8Flags ? `; V8 flags ${options.v8Flags}` : ""}${options.concurrentCompilation === undefined ? "" : `; compiling on helper threads ${options.concurrentCompilation ? "on" : "off"} in every pool`}\n`);
  const rows: { workers: number; run: Run }[] = [];
  for (const workers of options.workers) {
    const run = await runOnce(options.docs, workers, base, { warm, youngGenerationMb: options.youngGenerationMb, concurrentCompilation: options.concurrentCompilation });
    rows.push({ workers, run });
    console.error(`bench workers: ${workers} worker(s) done (load ${loadavg()[0]!.toFixed(1)})`);
  }
  const one = rows.find((r) => r.workers === 1)?.run;
  const speedUp = (mine: number, theirs: number | undefined, workers: number) => (theirs && workers > 1 ? `${(theirs / mine).toFixed(2)}x` : "–");
  console.log("| workers | start-up + warm-up s (CPU s) | per-document stages s | documents/s | speed-up vs 1 worker | CPU s, all threads | MB per CPU s (per core) | cross-document s | end to end s | documents/s end to end | speed-up end to end | peak RSS MiB | peak heap per worker MiB | output hash |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const { workers, run } of rows) {
    const cross = Object.values(run.stages).reduce((s, t) => s + t, 0);
    const heap = run.workerHeap.length ? run.workerHeap.map((b) => (b / MiB).toFixed(0)).join(", ") : "n/a";
    console.log(
      `| ${workers === 0 ? "0 (this thread)" : workers} | ${run.startup.toFixed(1)} (${run.startupCpu.toFixed(1)}) | ${run.perDocument.toFixed(1)} | ${(options.docs / run.perDocument).toFixed(1)} | ${speedUp(run.perDocument, one?.perDocument, workers)} | ${run.perDocumentCpu.toFixed(1)} | ${(run.chars / 1e6 / run.perDocumentCpu).toFixed(2)} | ${cross.toFixed(1)} | ${run.seconds.toFixed(1)} | ${(options.docs / run.seconds).toFixed(1)} | ${speedUp(run.seconds, one?.seconds, workers)} | ${(run.peakRss / MiB).toFixed(0)} | ${heap} | ${run.hash} |`,
    );
  }
  const chars = rows[0]?.run.chars ?? 0;
  console.log(`\nCorpus: ${(chars / 1e6).toFixed(2)} MB (10^6 UTF-16 code units of article text).`);
  console.log(`Start-up (threads started, models loaded, ${warm} warm-up documents per worker or on this thread for 0) is not in the other columns; it is paid once per run.`);
  console.log("MB per CPU s: the corpus divided by the CPU time all threads of the process used in the per-document stages (loading included): the per-core throughput, steadier than wall time on a shared machine. Target: at least 1 MB/s per core.");
  console.log("Speed-up: wall time of 1 worker / wall time of N; it needs a quiet machine (nothing else on the cores). End to end adds the cross-document stages, which run on one thread.");
  if (rows.some((r) => r.run.threads)) {
    const bound1 = one && idleCoresBound(one, 2);
    console.log("\nPer-document stages by thread (CPU seconds; waited = ready to run but no core free, i.e. the machine's other load):\n");
    console.log("| workers | this thread CPU s | worker JS threads CPU s (documents) | V8/libuv helper threads CPU s | workers waited s | least wall on 2 idle cores s | its speed-up vs 1 worker |");
    console.log("|---:|---:|---:|---:|---:|---:|---:|");
    for (const { workers, run } of rows) {
      if (!run.threads) continue;
      const { main, workers: ws } = run.threads;
      const helpers = run.perDocumentCpu - main.cpu - ws.reduce((s, w) => s + w.cpu, 0);
      const bound = idleCoresBound(run, 2)!;
      console.log(
        `| ${workers === 0 ? "0 (this thread)" : workers} | ${main.cpu.toFixed(1)} | ${ws.map((w) => `${w.cpu.toFixed(1)} (${w.documents})`).join(", ") || "–"} | ${helpers.toFixed(1)} | ${ws.map((w) => w.waited.toFixed(1)).join(", ") || "–"} | ${bound.toFixed(1)} | ${bound1 && workers > 1 ? `${(bound1 / bound).toFixed(2)}x` : "–"} |`,
      );
    }
    const commonJs = rows.some((r) => r.run.threads?.workers.some((w) => !w.esModules));
    console.log(`\nWorkers ran the pipeline as ${commonJs ? "a CommonJS translation in at least one row (slower than this thread: see docs/guides/large-corpora.md)" : "ES modules, as this thread does"}.`);
    console.log("Least wall on 2 idle cores = max(each thread's CPU, all threads' CPU / 2): no thread ends before its own CPU time and two cores give at most 2 CPU s per second; what the wall time would be with nothing else running and perfect overlap (a lower bound, not a measurement).");
  }
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (the machine's cores are shared; compare rows of one run).`);
}

/**
 * `pnpm bench scale [--sizes 2000,8000,20000] [--workers N]`: each
 * cross-document stage's time at each corpus size, and the growth exponent
 * between consecutive sizes (`log(t2/t1) / log(n2/n1)`; 1 = linear).
 *
 * @param options - Corpus sizes and workers for the per-document part.
 */
export async function benchScale(options: { sizes: number[]; workers: number }): Promise<void> {
  const base = articleTexts();
  const runs: { n: number; run: Run }[] = [];
  for (const n of options.sizes) {
    const run = await runOnce(n, options.workers, base);
    runs.push({ n, run });
    console.error(`bench scale: ${n} documents in ${run.seconds.toFixed(1)} s`);
  }
  const stages = Object.keys(runs[0]?.run.stages ?? {});
  console.log(`generated corpora from ${base.length} distinct real texts; per-document stages on ${options.workers} worker thread(s)`);
  console.log("Times in seconds: wall clock, and CPU time of the process (the cross-document stages run on one thread, so their CPU time is that thread's; steadier than wall time on a busy machine).\n");
  console.log(`| stage | ${runs.map((r) => `${r.n} docs`).join(" | ")} | ${runs.slice(1).map((r, i) => `exponent ${runs[i]!.n}→${r.n}`).join(" | ")} |`);
  console.log(`|---|${runs.map(() => "---:").join("|")}|${runs.slice(1).map(() => "---:").join("|")}|`);
  const row = (name: string, pick: (r: Run) => number) => {
    const times = runs.map((r) => pick(r.run));
    const exps = runs.slice(1).map((r, i) => growthExponent(times[i]!, times[i + 1]!, runs[i]!.n, r.n));
    console.log(`| ${name} | ${times.map((t) => t.toFixed(2)).join(" | ")} | ${exps.map((e) => (Number.isFinite(e) ? e.toFixed(2) : "–")).join(" | ")} |`);
  };
  row("per-document stages (pool), wall", (r) => r.perDocument);
  for (const stage of stages) row(`${stage}, wall`, (r) => r.stages[stage] ?? 0);
  row("**end to end**, wall", (r) => r.seconds);
  row("per-document stages (pool), CPU all threads", (r) => r.perDocumentCpu);
  for (const stage of stages) row(`${stage}, CPU`, (r) => r.cpuStages[stage] ?? 0);
  row("**end to end**, CPU all threads", (r) => r.cpu);
  console.log(`\npeak RSS MiB: ${runs.map((r) => `${r.n} docs ${(r.run.peakRss / MiB).toFixed(0)}`).join(", ")}`);
  console.log(`The machine is shared (load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end): figures are noisy.`);
}

/**
 * `pnpm bench stream [--docs N] [--workers N]`: peak memory of the streaming
 * NDJSON run (documents generated one at a time, texts spilled to disk, lines
 * written to a null sink) against the in-memory run of the same corpus.
 *
 * @param options - Corpus size and workers.
 */
export async function benchStream(options: { docs: number; workers: number; compare?: boolean; v8Flags?: string }): Promise<void> {
  const base = articleTexts();
  if (options.v8Flags) setFlagsFromString(options.v8Flags);
  console.log(`generated corpus: ${options.docs} documents from ${base.length} distinct real texts; per-document stages on ${options.workers} worker thread(s)${options.v8Flags ? `; V8 flags ${options.v8Flags}` : ""}\n`);
  // memory while documents stream in: what the reducer keeps per document (printed as it goes, so a run
  // stopped early still shows the trend)
  const trend: string[] = [];
  // the bench's own pool, so the workers' heaps can be printed as documents stream in
  const pool = options.workers > 0 ? createDocumentPool({ workers: options.workers }) : undefined;
  const step = Math.max(100, Math.min(5000, 10 ** Math.floor(Math.log10(Math.max(1, options.docs / 10)))));
  let previous = { done: 0, rss: 0, heap: 0 };
  const cpu0 = process.cpuUsage();
  const onDocument = (done: number) => {
    if (done % step !== 0) return;
    const { rss, heapUsed } = process.memoryUsage();
    const cpu = process.cpuUsage(cpu0);
    const per = (now: number, before: number) => (previous.done > 0 ? ((now - before) / 1024 / (done - previous.done)).toFixed(1) : "–");
    const workerHeap = pool ? [...pool.peakHeap.values()].reduce((a, b) => a + b, 0) : 0;
    const line = `| ${done} | ${(rss / MiB).toFixed(0)} | ${(heapUsed / MiB).toFixed(0)} | ${(workerHeap / MiB).toFixed(0)} | ${per(rss, previous.rss)} | ${per(heapUsed, previous.heap)} | ${((cpu.user + cpu.system) / 1e6).toFixed(0)} |`;
    previous = { done, rss, heap: heapUsed };
    trend.push(line);
    console.error(`bench stream: ${line}`);
  };
  const stages: string[] = [];
  // peaks inside the (synchronous) stages, seen by a sampler thread
  const probe = startRssProbe();
  let stageName = "start";
  const onStage = (stage: string) => {
    const stagePeak = probe.mark();
    // committed heap before a collection: what the stage that just ended left the heap at
    const committed = process.memoryUsage().heapTotal;
    // with --expose-gc, the live heap (a collection first); otherwise the heap as it is
    global.gc?.();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const where = residentByKind();
    const line = `${stage} (RSS ${mib(rss)} MiB, heap ${mib(heapUsed)} MiB${global.gc ? " live" : ""} of ${mib(heapTotal)} committed (${mib(committed)} before the collection), external ${mib(external)} MiB (array buffers ${mib(arrayBuffers)}); peak RSS during "${stageName}" ${mib(stagePeak)} MiB${where ? `; resident: malloc main ${mib(where.mallocMain)}, malloc thread arenas ${mib(where.mallocThreads)}, other anonymous ${mib(where.anonymous)}, files ${mib(where.files)} MiB` : ""})`;
    stageName = stage;
    stages.push(line);
    console.error(`bench stream: ${line}`);
  };
  console.log("| run | seconds | documents/s | MB/s | peak RSS MiB | peak RSS / text size | output lines |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  // streaming first, so the in-memory run's heap does not inflate its figure
  global.gc?.();
  const rss = rssSampler();
  const started = performance.now();
  let chars = 0;
  function* documents(): Generator<Document> {
    // one article at a time: the generated corpus is never held whole
    for (let i = 0; i < options.docs; i++) {
      const article = generateArticle(i, base);
      chars += article.text.length;
      yield parseDocument(article.text, { id: article.id, publishedAt: article.publishedAt });
    }
  }
  // the output is hashed (not kept), so runs of different code can be compared byte for byte
  const { sink, hash } = hashingSink();
  const writer = createNdjsonWriter(sink);
  try {
    // the pool is closed when the per-document stages end, as analyzeStream does with its own
    await analyzeStream(documents(), writer, { workers: pool ?? 0, onDocument, onStage, onPerDocumentDone: () => pool?.close() });
  } finally {
    await pool?.close();
  }
  onStage("end");
  await probe.stop();
  const seconds = (performance.now() - started) / 1000;
  rss.stop();
  // the kernel's high-water mark: also catches peaks between two samples
  const streamPeak = Math.max(rss.peak(), process.resourceUsage().maxRSS * 1024);
  console.log(`| --format ndjson (streaming, texts spilled) | ${seconds.toFixed(1)} | ${(options.docs / seconds).toFixed(1)} | ${(chars / 1e6 / seconds).toFixed(2)} | ${(streamPeak / MiB).toFixed(0)} | ${(streamPeak / (chars * 2)).toFixed(1)} | ${writer.lines} |`);
  console.log("\nWhile documents streamed in (RSS includes the worker threads; the heap growth per document is what the reducer keeps; heap figures move with garbage collection):\n");
  console.log("| documents | RSS MiB | main heap MiB | workers' heaps MiB (largest so far, summed) | RSS growth per document since the row before, KiB | main heap growth per document, KiB | CPU s (all threads) |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  for (const line of trend) console.log(line);
  console.log(`\nCross-document stages: ${stages.join("; ")}.`);
  console.log(`\nOutput: ${writer.lines} lines, sha256 ${hash.digest("hex").slice(0, 16)} (the header line names the packages' versions).`);
  if (options.compare === false) {
    console.log(`\nThe machine is shared (load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end): times are noisy.`);
    return;
  }
  const memory = await runOnce(options.docs, options.workers, base);
  console.log(`| in memory (documents and results kept, as --format json) | ${memory.seconds.toFixed(1)} | ${(options.docs / memory.seconds).toFixed(1)} | ${(memory.chars / 1e6 / memory.seconds).toFixed(2)} | ${(memory.peakRss / MiB).toFixed(0)} | ${(memory.peakRss / (memory.chars * 2)).toFixed(1)} | – |`);
  console.log("\nText size = 2 bytes per UTF-16 code unit. Peak RSS includes the worker threads (same process).");
  console.log(`The machine is shared (load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end): times are noisy.`);
}
