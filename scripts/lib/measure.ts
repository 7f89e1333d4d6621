/**
 * Clocks and memory peaks for the benches (every package's `scripts/bench*.ts` and `pnpm bench`). On a shared machine the wall clock also counts time spent waiting for a core,
 * so the benches report CPU seconds beside it.
 */
import { readFileSync } from "node:fs";

/** CPU seconds of this process: user + system, all of its threads (V8's background compiler and GC included). */
export const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * CPU seconds of the main (JavaScript) thread alone, where Linux exposes it (/proc); NaN elsewhere. The rest of
 * the process CPU is V8's background threads (optimising compiler, concurrent marking and sweeping).
 */
export const mainThreadCpu = (): number => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};

/** Peak memory of this process, sampled when asked (and, with {@link MemoryPeak.every}, on a timer). */
export interface MemoryPeak {
  /** Take a sample now. */
  sample(): void;
  /** Also sample every `ms` milliseconds until {@link MemoryPeak.stop}. */
  every(ms: number): void;
  /** Stop the timer (and take a last sample). */
  stop(): void;
  /** Peak resident set size so far, in bytes. */
  readonly rss: number;
  /** Peak V8 heap used so far, in bytes. */
  readonly heapUsed: number;
}

/**
 * A peak-memory sampler for the benches: `process.memoryUsage()` keeps no
 * peak, so the benches sample at their checkpoints (and on a timer).
 *
 * @returns A sampler starting at zero.
 */
export function createMemoryPeak(): MemoryPeak {
  let rss = 0;
  let heapUsed = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const sample = (): void => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heapUsed = Math.max(heapUsed, m.heapUsed);
  };
  return {
    sample,
    every(ms) {
      timer ??= setInterval(sample, ms);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      sample();
    },
    get rss() {
      return rss;
    },
    get heapUsed() {
      return heapUsed;
    },
  };
}
