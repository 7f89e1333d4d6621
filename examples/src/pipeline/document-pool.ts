import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "./document-stage.js";
import type { PackedRecords } from "./packed-result.js";
import type { BatchAnswer, BatchTask } from "./pool-worker.js";

/** Options of {@link createDocumentPool}. */
export interface DocumentPoolOptions {
  /** Worker threads (default: the number of cores). */
  workers?: number;
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
  runPacked(documents: readonly Document[]): Promise<PackedRecords[]>;
  /** Largest V8 heap (bytes) each worker thread reported after a batch, by thread id. */
  readonly peakHeap: ReadonlyMap<number, number>;
  /** Stop the workers (idempotent). */
  close(): Promise<void>;
}

const workerFile = new URL(import.meta.url.endsWith(".ts") ? "./pool-worker.ts" : "./pool-worker.js", import.meta.url);

/** Workers inherit the parent's loader flags (tsx under `pnpm analyze`); add them when the parent has none, e.g. in tests. */
function workerExecArgv(): string[] {
  const argv = [...process.execArgv];
  if (workerFile.pathname.endsWith(".ts") && !argv.some((a) => a.includes("tsx"))) argv.push("--import", "tsx");
  if (!argv.some((a) => a.includes("@newsparse/source"))) argv.push("--conditions=@newsparse/source");
  return argv;
}

/**
 * Start a pool of worker threads (piscina) for the per-document stages. Each
 * worker loads the models once and then takes batches of documents.
 *
 * @param options - Number of workers.
 * @returns The pool; call `close()` when done.
 */
export function createDocumentPool(options: DocumentPoolOptions = {}): DocumentPool {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const piscina = new Piscina({
    filename: fileURLToPath(workerFile),
    minThreads: workers,
    maxThreads: workers,
    // one batch at a time per worker: the queue stays in the parent, where it is bounded by the caller
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: workerExecArgv(),
  });
  const peakHeap = new Map<number, number>();
  let closing: Promise<void> | undefined;
  const run = async (task: BatchTask) => {
    const answer = (await piscina.run(task)) as BatchAnswer;
    peakHeap.set(answer.threadId, Math.max(peakHeap.get(answer.threadId) ?? 0, answer.heapBytes));
    return answer.results;
  };
  return {
    workers,
    peakHeap,
    run: async (documents) => (await run(documents)) as DocumentResult[],
    runPacked: async (documents) => (await run({ documents, packed: true })) as PackedRecords[],
    close: () => (closing ??= piscina.destroy()),
  };
}
