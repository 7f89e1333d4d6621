import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

const MiB = 2 ** 20;

/**
 * The process's resident set size, sampled on a thread of its own: the cross-document stages are
 * synchronous, so a timer on the main thread never fires inside them and would miss their peaks. The
 * probe reads `/proc/self/status` (Linux; elsewhere it reports nothing) every `intervalMs` and keeps
 * the highest value since the last {@link RssProbe.mark}.
 */
export interface RssProbe {
  /**
   * The highest RSS (bytes) since the previous mark (or the start), then start a new interval.
   * Read from memory shared with the sampler thread, so it also covers synchronous work just done.
   */
  mark(): number;
  /** Stop the sampler thread. */
  stop(): Promise<void>;
}

// the peak since the last mark, in KiB, in shared memory: read and reset by the main thread without a message
const sampler = (intervalMs: number): string => `
const { workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const peak = new Int32Array(workerData);
setInterval(() => {
  const m = /VmRSS:\\s+(\\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  const kib = m ? Number(m[1]) : 0;
  let seen = Atomics.load(peak, 0);
  while (kib > seen) {
    const was = Atomics.compareExchange(peak, 0, seen, kib);
    if (was === seen) break;
    seen = was;
  }
}, ${intervalMs});
`;

/** Current RSS from `/proc/self/status`, bytes (0 where there is none). */
export function currentRss(): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Start an RSS probe (a small worker thread; its own few MiB are in the figures).
 *
 * @param intervalMs - Sampling interval.
 * @returns The probe; `stop()` it when done.
 */
export function startRssProbe(intervalMs = 10): RssProbe {
  if (currentRss() === 0) return { mark: () => process.memoryUsage().rss, stop: async () => {} };
  const shared = new SharedArrayBuffer(4);
  const peak = new Int32Array(shared);
  const worker = new Worker(sampler(intervalMs), { eval: true, workerData: shared });
  worker.unref();
  return {
    mark: () => Math.max(Atomics.exchange(peak, 0, 0) * 1024, currentRss()),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Bytes as MiB, no decimals. */
export const mib = (bytes: number): string => (bytes / MiB).toFixed(0);

/**
 * Where the resident memory is, from `/proc/self/smaps` (Linux; `undefined` elsewhere): the main
 * malloc arena (`[heap]`), other anonymous mappings of 64 MiB reservations (glibc's per-thread malloc
 * arenas), other anonymous mappings (V8's heap pages, large allocations, thread stacks), and
 * file-backed mappings (the node binary, libraries).
 *
 * @returns Resident bytes per kind.
 */
export function residentByKind(): { mallocMain: number; mallocThreads: number; anonymous: number; files: number } | undefined {
  let text: string;
  try {
    text = readFileSync("/proc/self/smaps", "utf8");
  } catch {
    return undefined;
  }
  const out = { mallocMain: 0, mallocThreads: 0, anonymous: 0, files: 0 };
  let kind: keyof typeof out = "anonymous";
  const ARENA = 64 * 1024 * 1024;
  for (const line of text.split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const start = Number.parseInt(head[1]!, 16);
      const name = head[3]!;
      if (name === "[heap]") kind = "mallocMain";
      else if (name.startsWith("/")) kind = "files";
      // glibc's thread arenas are 64 MiB-aligned reservations
      else if (name === "" && start % ARENA === 0) kind = "mallocThreads";
      else kind = "anonymous";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) * 1024;
  }
  return out;
}
