import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import type { Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "./document-stage.js";
import type { PackedRecords } from "./packed-result.js";
import type { BatchAnswer, BatchTask } from "./pool-worker.js";
import type { ThreadCpu } from "./thread-cpu.js";

/** Options of {@link createDocumentPool}. */
export interface DocumentPoolOptions {
  /** Worker threads (default: the number of cores). */
  workers?: number;
  /**
   * Size of each worker's young generation in MiB (`resourceLimits.maxYoungGenerationSizeMb`); default V8's.
   * A larger one means fewer scavenges of the short-lived objects the per-document stages allocate; measured at
   * 64 MiB (`pnpm bench workers --young 64`): CPU within the noise, about 25 MiB more heap per worker.
   */
  youngGenerationMb?: number;
  /**
   * Each worker's old generation limit in MiB (`resourceLimits.maxOldGenerationSizeMb`); default V8's (from the
   * machine's memory, about 4 GiB here). Besides the limit, it sets how far V8 lets a worker's heap grow past
   * what is live between full collections: up to 4 times with a limit of 2 GiB or more, 1.3 to 2 times below.
   */
  maxOldGenerationMb?: number;
  /**
   * Whether V8 compiles hot functions on its helper threads while the workers run (its default) or on each
   * worker's own thread. Default: V8's setting is left alone. Given, the pool sets V8's process-wide
   * `--[no-]concurrent-recompilation` before its workers start; it applies to isolates created from then on
   * (this pool's workers, until another pool sets it); this thread's isolate keeps its own. Measured with two
   * workers on two cores (`pnpm bench workers --compile-on-helpers no`): compiling on the workers' threads took
   * more CPU in all, so it is not the default (docs/guides/large-corpora.md).
   */
  concurrentCompilation?: boolean;
}

/** What one worker thread did, as last reported. */
export interface WorkerThreadStats {
  /** Documents it analysed. */
  documents: number;
  /** Largest V8 heap (bytes) it reported after a batch. */
  peakHeap: number;
  /** Its own CPU time since it started (Linux only): the JS thread, without V8's helper threads. */
  cpu?: ThreadCpu;
  /** Whether it runs the pipeline as ES modules, as this thread does (false: as a CommonJS translation, which costs more CPU). */
  esModules: boolean;
}

/** A pool of worker threads running the per-document stages. */
export interface DocumentPool {
  /** Number of worker threads. */
  readonly workers: number;
  /**
   * Analyse a batch of documents on one worker.
   *
   * @param documents - Loaded documents.
   * @returns Their results, same order.
   */
  run(documents: readonly Document[]): Promise<DocumentResult[]>;
  /**
   * Analyse a batch of documents on one worker and hand the results back packed: the
   * records as bytes and as the JSON of their NDJSON line (one byte copy per document
   * instead of a structured clone of every record; what the streaming run keeps).
   *
   * @param documents - Loaded documents.
   * @returns Their packed results, same order.
   */
  runPacked(documents: readonly Document[], options?: { json?: boolean }): Promise<PackedRecords[]>;
  /** Largest V8 heap (bytes) each worker thread reported after a batch, by thread id. */
  readonly peakHeap: ReadonlyMap<number, number>;
  /** Documents, peak heap and CPU time of each worker thread, by thread id. */
  readonly threads: ReadonlyMap<number, WorkerThreadStats>;
  /** Stop the workers (idempotent). */
  close(): Promise<void>;
}

// From the TypeScript source, an ES module entry that loads pool-worker.ts as ES modules (pool-worker-source.mjs says why)
const workerFile = new URL(import.meta.url.endsWith(".ts") ? "./pool-worker-source.mjs" : "./pool-worker.js", import.meta.url);

/** Node options about loading modules, followed by a value (`--import tsx` or `--import=tsx`). */
const LOADER_OPTIONS = new Set(["--import", "--require", "-r", "--loader", "--experimental-loader", "--conditions", "-C"]);
/** Node options without a value that a worker keeps. */
const KEPT_FLAGS = new Set(["--enable-source-maps", "--no-warnings", "--no-deprecation", "--trace-warnings", "--trace-deprecation", "--trace-uncaught"]);

/**
 * The `execArgv` of the pool's workers: the parent's options about loading modules (tsx under `pnpm analyze`,
 * `--conditions`), source maps and warnings, plus tsx and the source condition when the parent has none (e.g. in
 * tests). Node refuses to start a worker whose `execArgv` holds a V8 or process-wide option (`--max-old-space-size`,
 * `--expose-gc`, `--stack-size`: ERR_WORKER_INVALID_EXEC_ARGV, which ended the process), so the parent's other
 * options are left out; V8's options apply to the whole process, its workers included, anyway.
 *
 * @param parent - The parent's options (default `process.execArgv`).
 * @param sourceEntry - Whether the workers start from the TypeScript source's ES module entry (they then need tsx).
 * @returns The workers' options.
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv, sourceEntry = workerFile.pathname.endsWith(".mjs")): string[] {
  const argv: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const option = parent[i]!;
    const name = option.split("=", 1)[0]!;
    if (LOADER_OPTIONS.has(name)) {
      if (option.includes("=")) argv.push(option);
      else if (i + 1 < parent.length) argv.push(option, parent[++i]!);
    } else if (KEPT_FLAGS.has(option)) argv.push(option);
  }
  if (sourceEntry && !argv.some((a) => a.includes("tsx"))) argv.push("--import", "tsx");
  if (!argv.some((a) => a.includes("@newsparse/source"))) argv.push("--conditions=@newsparse/source");
  return argv;
}

/**
 * Start a pool of worker threads (piscina) for the per-document stages. Each
 * worker loads the models once and then takes batches of documents.
 *
 * @param options - Number of workers, young generation size, where V8 compiles.
 * @returns The pool; call `close()` when done.
 */
export function createDocumentPool(options: DocumentPoolOptions = {}): DocumentPool {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  // process-wide, read when an isolate starts: set for this pool's workers before they start
  if (options.concurrentCompilation !== undefined) setFlagsFromString(options.concurrentCompilation ? "--concurrent-recompilation" : "--no-concurrent-recompilation");
  const piscina = new Piscina({
    filename: fileURLToPath(workerFile),
    minThreads: workers,
    maxThreads: workers,
    // one batch at a time per worker: the queue stays in the parent, where it is bounded by the caller
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: workerExecArgv(),
    ...(options.youngGenerationMb || options.maxOldGenerationMb
      ? {
          resourceLimits: {
            ...(options.youngGenerationMb ? { maxYoungGenerationSizeMb: options.youngGenerationMb } : {}),
            ...(options.maxOldGenerationMb ? { maxOldGenerationSizeMb: options.maxOldGenerationMb } : {}),
          },
        }
      : {}),
  });
  const peakHeap = new Map<number, number>();
  const threads = new Map<number, WorkerThreadStats>();
  let closing: Promise<void> | undefined;
  const run = async (task: BatchTask) => {
    const answer = (await piscina.run(task)) as BatchAnswer;
    peakHeap.set(answer.threadId, Math.max(peakHeap.get(answer.threadId) ?? 0, answer.heapBytes));
    const stats = threads.get(answer.threadId) ?? { documents: 0, peakHeap: 0, esModules: answer.esModules };
    stats.documents += answer.results.length;
    stats.peakHeap = Math.max(stats.peakHeap, answer.heapBytes);
    if (answer.cpu) stats.cpu = answer.cpu;
    threads.set(answer.threadId, stats);
    return answer.results;
  };
  return {
    workers,
    peakHeap,
    threads,
    run: async (documents) => (await run(documents)) as DocumentResult[],
    runPacked: async (documents, options) => (await run({ documents, packed: true, json: options?.json })) as PackedRecords[],
    close: () => (closing ??= piscina.destroy()),
  };
}
