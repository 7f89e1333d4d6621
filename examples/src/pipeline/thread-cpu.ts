import { readFileSync } from "node:fs";

/** CPU time of the calling thread, from Linux's scheduler statistics. */
export interface ThreadCpu {
  /** Seconds the thread ran on a core. */
  cpu: number;
  /** Seconds the thread was ready to run but waited for a core (other threads or processes had them). */
  waited: number;
}

/**
 * The calling thread's own CPU time (`/proc/thread-self/schedstat`): unlike
 * `process.cpuUsage()`, which sums every thread of the process (the main
 * thread, worker threads, V8's garbage-collector and compiler helpers), this
 * is one thread's. Linux only.
 *
 * @returns Seconds run and waited, or `undefined` where the file is missing (not Linux).
 */
export function threadCpu(): ThreadCpu | undefined {
  try {
    const [run, wait] = readFileSync("/proc/thread-self/schedstat", "latin1").split(" ");
    return { cpu: Number(run) / 1e9, waited: Number(wait) / 1e9 };
  } catch {
    return undefined;
  }
}
