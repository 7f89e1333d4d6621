import { Queue, Worker } from "bullmq";
import { parseDocument } from "@newsparse/corpus-loader";
import { analyzeDocument } from "../document-stage.js";
import { createDocumentPool } from "../document-pool.js";
import { assertRedisReachable, redisConnection } from "./redis-connection.js";
import { corpusKey, queueName, type DocumentJob, type DocumentJobResult } from "./run-keys.js";

/** Options of {@link workRun}. */
export interface WorkRunOptions {
  /** Redis URL. */
  redis: string;
  /** Run name. */
  run: string;
  /** Documents analysed at once, each on its own worker thread (default 1: on this thread). */
  threads?: number;
  /** Lock time in ms: a job whose worker stops renewing its lock this long (it died) goes back to the queue (default 30,000). */
  lockMs?: number;
  /** Stop once the corpus is complete and no job is waiting or running (default: keep waiting for work). */
  exitWhenDone?: boolean;
  /** Called when a job starts and finishes here. */
  onJob?: (event: "started" | "finished" | "failed", jobId: string, detail?: string) => void;
}

/**
 * Take documents from a run's queue and run the per-document stages on them,
 * storing each result as the job's return value. Any number of these may run
 * on any machine that reaches Redis. A worker that dies mid-job loses
 * nothing: its lock lapses and another worker takes the job again.
 *
 * @param options - Redis, run name, threads.
 * @returns Resolves when the worker stops (on `exitWhenDone`, or `stop()` called from a signal handler).
 */
export async function workRun(options: WorkRunOptions): Promise<{ done: Promise<void>; stop: () => Promise<void> }> {
  await assertRedisReachable(options.redis);
  const threads = Math.max(1, options.threads ?? 1);
  // decode the models before taking a job, so the first job's lock is not starved by start-up
  analyzeDocument(parseDocument("Warm-up: the minister said on Monday that 3 people left Niamey.", { id: "warm-up", publishedAt: "2024-01-01" }));
  const pool = threads > 1 ? createDocumentPool({ workers: threads }) : undefined;
  const lockDuration = options.lockMs ?? 30_000;
  const connection = redisConnection(options.redis);
  const worker = new Worker<DocumentJob, DocumentJobResult>(
    queueName(options.run),
    async (job) => {
      options.onJob?.("started", job.id!);
      const result = pool ? (await pool.run([job.data.document]))[0]! : analyzeDocument(job.data.document);
      options.onJob?.("finished", job.id!);
      return result;
    },
    { connection, concurrency: threads, lockDuration, stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)), maxStalledCount: 5, autorun: true },
  );
  worker.on("failed", (job, error) => options.onJob?.("failed", job?.id ?? "?", error.message));
  worker.on("error", () => {
    // connection errors are retried by the client; a dead Redis shows up as jobs not progressing in `status`
  });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await worker.close();
    await pool?.close();
  })());
  const done = (async () => {
    if (!options.exitWhenDone) {
      await new Promise<void>((resolve) => worker.on("closed", () => resolve()));
      return;
    }
    const queue = new Queue(queueName(options.run), { connection });
    const client = await queue.client;
    try {
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000));
        if (stopping) break;
        if (!(await client.get(corpusKey(options.run)))) continue;
        const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children");
        if (Object.values(counts).every((n) => n === 0)) break;
      }
    } finally {
      await queue.close();
    }
    await stop();
  })();
  return { done, stop };
}
