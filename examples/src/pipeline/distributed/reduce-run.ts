import { Job, Queue } from "bullmq";
import type { Message } from "@newsparse/corpus-loader";
import type { AnalysedDocument } from "../map-documents.js";
import { assertRedisReachable, redisConnection } from "./redis-connection.js";
import { corpusKey, jobIdOf, queueName, type CorpusManifest, type DocumentJob, type DocumentJobResult } from "./run-keys.js";

/** Progress of a run. */
export interface RunStatus {
  /** Documents queued, once the producer finished (else null). */
  total: number | null;
  completed: number;
  active: number;
  waiting: number;
  failed: number;
}

/** Thrown when a run cannot complete: jobs failed after all their attempts. */
export class RunFailedError extends Error {
  /** Error code. */
  readonly code = "RUN_FAILED";
  /**
   * @param message - Which jobs failed and why.
   */
  constructor(message: string) {
    super(message);
    this.name = "RunFailedError";
  }
}

/**
 * A run's progress.
 *
 * @param queue - The run's queue.
 * @param run - Run name.
 * @returns Counts.
 */
export async function runStatus(queue: Queue, run: string): Promise<RunStatus> {
  const client = await queue.client;
  const manifest = await client.get(corpusKey(run));
  const counts = await queue.getJobCounts("completed", "active", "waiting", "delayed", "prioritized", "failed");
  return {
    total: manifest ? (JSON.parse(manifest) as CorpusManifest).total : null,
    completed: counts.completed ?? 0,
    active: counts.active ?? 0,
    waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
    failed: counts.failed ?? 0,
  };
}

/** Options of {@link collectRun}. */
export interface CollectRunOptions {
  /** Redis URL. */
  redis: string;
  /** Run name. */
  run: string;
  /** Called every poll while waiting. */
  onStatus?: (status: RunStatus) => void;
  /** Poll interval in ms (default 1000). */
  pollMs?: number;
}

/**
 * Wait until every document of a run is analysed, then give the loader
 * messages and an iterator over the documents with their results, in
 * arrival order, read from Redis in chunks (one job per document id, so each
 * document comes exactly once however often its job was retried).
 *
 * @param options - Redis, run name, progress.
 * @returns Loader messages and the analysed documents; call `close()` after iterating.
 * @throws {@link RunFailedError} when jobs failed after all their attempts and nothing else is pending.
 */
export async function collectRun(options: CollectRunOptions): Promise<{ total: number; messages: Message[]; documents: AsyncGenerator<AnalysedDocument>; close: () => Promise<void> }> {
  await assertRedisReachable(options.redis);
  const queue = new Queue<DocumentJob, DocumentJobResult>(queueName(options.run), { connection: redisConnection(options.redis) });
  try {
    const client = await queue.client;
    let manifest: CorpusManifest | undefined;
    for (;;) {
      const status = await runStatus(queue, options.run);
      options.onStatus?.(status);
      if (status.total !== null) {
        manifest ??= JSON.parse((await client.get(corpusKey(options.run)))!) as CorpusManifest;
        if (status.completed >= status.total) break;
        if (status.failed > 0 && status.active === 0 && status.waiting === 0) {
          const failed = await queue.getFailed(0, 9);
          throw new RunFailedError(`${status.failed} of ${status.total} documents failed after all attempts: ${failed.map((j) => `job ${j.id} (${j.data.document.id}): ${j.failedReason}`).join("; ")}; fix the cause and retry them (pnpm analyze distributed retry --run ${options.run})`);
        }
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
    }
    const total = manifest.total;
    async function* documents(): AsyncGenerator<AnalysedDocument> {
      for (let start = 0; start < total; start += 100) {
        const ids = Array.from({ length: Math.min(100, total - start) }, (_, i) => jobIdOf(start + i));
        const jobs = await Promise.all(ids.map((id) => Job.fromId<DocumentJob, DocumentJobResult>(queue, id)));
        for (let i = 0; i < jobs.length; i++) {
          const job = jobs[i];
          if (!job || job.returnvalue === null || job.returnvalue === undefined) {
            throw new RunFailedError(`document job ${ids[i]} has no result (state ${job ? await job.getState() : "missing"})`);
          }
          yield { document: job.data.document, result: job.returnvalue };
        }
      }
    }
    return { total, messages: manifest.messages, documents: documents(), close: () => queue.close() };
  } catch (error) {
    await queue.close();
    throw error;
  }
}
