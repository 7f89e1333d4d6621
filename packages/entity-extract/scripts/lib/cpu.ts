/**
 * CPU clocks for the benches. On a shared machine the wall clock also counts time spent waiting for a core,
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
