import { Queue, type ConnectionOptions } from "bullmq";

/** Thrown when Redis cannot be reached (or the URL is not a Redis URL). */
export class RedisUnavailableError extends Error {
  /** Error code. */
  readonly code = "REDIS_UNAVAILABLE";
  /**
   * @param message - What failed and how to fix it.
   */
  constructor(message: string) {
    super(message);
    this.name = "RedisUnavailableError";
  }
}

/** The Redis URL used when none is given: the server `scripts/redis.sh` starts. */
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6390";

/**
 * BullMQ connection options from a `redis://[user:password@]host:port[/db]` URL.
 *
 * @param url - The URL.
 * @returns Connection options (`maxRetriesPerRequest: null`, as BullMQ workers need).
 * @throws {@link RedisUnavailableError} when the URL is not a redis URL.
 */
export function redisConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisUnavailableError(`"${url}" is not a Redis URL (expected redis://host:port)`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") throw new RedisUnavailableError(`"${url}" is not a Redis URL (expected redis://host:port)`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 6379,
    db: Number.isInteger(db) ? db : 0,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    tls: parsed.protocol === "rediss:" ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Fail fast, with a clear message, when Redis does not answer: BullMQ's
 * client would otherwise retry forever in silence.
 *
 * @param url - The Redis URL.
 * @param timeoutMs - How long to wait for a PONG (default 3 s).
 * @throws {@link RedisUnavailableError} when there is no answer.
 */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const options = redisConnection(url);
  const probe = new Queue("newsparse-probe", {
    connection: { ...options, maxRetriesPerRequest: 1, connectTimeout: timeoutMs, retryStrategy: () => null, lazyConnect: false, enableOfflineQueue: false } as ConnectionOptions,
  });
  let lastError = "";
  probe.on("error", (error) => {
    lastError = error.message;
  });
  try {
    const client = await Promise.race([probe.client, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), timeoutMs))]);
    const pong = await Promise.race([(client as unknown as { ping(): Promise<string> }).ping(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), timeoutMs))]);
    if (pong !== "PONG") throw new Error(`unexpected answer ${pong}`);
  } catch (error) {
    const reason = lastError || (error instanceof Error ? error.message : String(error));
    throw new RedisUnavailableError(`cannot reach Redis at ${url} (${reason}); start one (bash scripts/redis.sh starts one on port 6390) or pass --redis redis://HOST:PORT`);
  } finally {
    await probe.close().catch(() => {});
  }
}
