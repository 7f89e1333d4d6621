import { Queue } from "bullmq";
import type { Message } from "@newsparse/corpus-loader";
import { streamCorpus } from "@newsparse/corpus-loader/node";
import { assertRedisReachable, redisConnection } from "./redis-connection.js";
import { corpusKey, jobIdOf, queueName, type CorpusManifest, type DocumentJob } from "./run-keys.js";

/** Options of {@link produceRun}. */
export interface ProduceRunOptions {
  /** Redis URL. */
  redis: string;
  /** Run name. */
  run: string;
  /** Attempts per document before its job fails (default 3). */
  attempts?: number;
  /** Called after each chunk of documents is queued. */
  onProgress?: (queued: number) => void;
}

/**
 * Load a corpus and queue one BullMQ job per document (job id `doc-<arrival index>`, the
 * document's arrival index), then record the corpus as complete. Idempotent:
 * queueing the same corpus again adds nothing (job ids already exist), so a
 * producer that crashed is simply run again.
 *
 * @param input - Folder or file, as for `pnpm analyze`.
 * @param options - Redis, run name.
 * @returns The corpus manifest (documents queued, loader messages).
 */
export async function produceRun(input: string, options: ProduceRunOptions): Promise<CorpusManifest & { alreadyQueued: boolean }> {
  await assertRedisReachable(options.redis);
  const queue = new Queue<DocumentJob>(queueName(options.run), { connection: redisConnection(options.redis) });
  try {
    const client = await queue.client;
    const existing = await client.get(corpusKey(options.run));
    if (existing) return { ...(JSON.parse(existing) as CorpusManifest), alreadyQueued: true };
    const messages: Message[] = [];
    const jobOptions = { attempts: options.attempts ?? 3, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: false, removeOnFail: false };
    let chunk: { name: string; data: DocumentJob; opts: typeof jobOptions & { jobId: string } }[] = [];
    let index = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      await queue.addBulk(chunk);
      chunk = [];
      options.onProgress?.(index);
    };
    for await (const document of streamCorpus(input, { onMessage: (m) => messages.push(m) })) {
      chunk.push({ name: "document", data: { index, document }, opts: { ...jobOptions, jobId: jobIdOf(index) } });
      index++;
      if (chunk.length >= 100) await flush();
    }
    await flush();
    const manifest: CorpusManifest = { total: index, messages, input };
    await client.set(corpusKey(options.run), JSON.stringify(manifest));
    return { ...manifest, alreadyQueued: false };
  } finally {
    await queue.close();
  }
}
