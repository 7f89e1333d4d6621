import { spawn } from "node:child_process";
import { constants } from "node:os";

/**
 * glibc's `M_MMAP_THRESHOLD` for a streaming run, in bytes: every allocation of 128 KiB or more (the typed arrays of
 * the mention table and the resolver, spill buffers) gets its own mapping and goes back to the system when freed.
 * glibc's default threshold rises to the largest block freed so far (up to 32 MiB), after which such arrays stay in
 * its main heap once freed: 130–160 MiB of the reduce's peak at 20,000 documents, about 450 MiB at 100,000.
 */
export const MMAP_THRESHOLD = "131072";

/** Set in the relaunched process, so that it does not relaunch again. */
const RELAUNCHED = "NEWSPARSE_RELAUNCHED";

/** Set by a user to keep the process as started (no relaunch). */
export const NO_RELAUNCH = "NEWSPARSE_NO_RELAUNCH";

/**
 * Whether a command should start again in a child process with {@link MMAP_THRESHOLD} set: on a glibc system (Linux
 * builds of Node report a glibc version), when neither the user (`MALLOC_MMAP_THRESHOLD_`, `NEWSPARSE_NO_RELAUNCH`)
 * nor an earlier relaunch has decided. glibc reads the variable once, when the process starts, so a running process
 * cannot set it for itself.
 *
 * @param env - The environment (default `process.env`).
 * @param glibc - The runtime's glibc version, `null` elsewhere (default: from `process.report`).
 * @returns `true` when relaunching would change glibc's setting.
 */
export function shouldRelaunch(env: NodeJS.ProcessEnv = process.env, glibc: string | null = glibcVersion()): boolean {
  return glibc !== null && env.MALLOC_MMAP_THRESHOLD_ === undefined && env[RELAUNCHED] === undefined && env[NO_RELAUNCH] === undefined;
}

/**
 * The glibc version Node runs on.
 *
 * @returns The version, or `null` (musl, macOS, Windows, or no report).
 */
export function glibcVersion(): string | null {
  if (process.platform !== "linux") return null;
  try {
    const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
    return header?.glibcVersionRuntime ?? null;
  } catch {
    return null;
  }
}

/**
 * The environment a streaming run gets: `env` with {@link MMAP_THRESHOLD} added when {@link shouldRelaunch} says so,
 * else `env` unchanged. `analyze --format ndjson` relaunches itself with it, and `pnpm bench reduce` starts its child
 * with it, so the bench measures what the command does.
 *
 * @param env - The environment (default `process.env`).
 * @returns The environment for the process that runs the stages.
 */
export function streamingEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return shouldRelaunch(env) ? { ...env, MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD } : env;
}

/**
 * Run this same command (Node, its options, the script and its arguments) again in a child process with
 * `MALLOC_MMAP_THRESHOLD_` set, the standard streams shared, and SIGINT / SIGTERM / SIGHUP passed on; resolves with
 * the exit code to end with (128 + the signal's number when the child was killed). The child calls
 * {@link followParent}, so it never outlives this process.
 *
 * @returns The child's exit code.
 */
export function relaunch(): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      // the channel only tells the child when this process is gone (even by SIGKILL): see followParent
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...streamingEnvironment(), [RELAUNCHED]: "1" },
    });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    for (const s of signals) process.on(s, forward);
    const finish = (code: number): void => {
      for (const s of signals) process.off(s, forward);
      done(code);
    };
    child.on("error", (error) => {
      process.stderr.write(`analyze: could not start again with MALLOC_MMAP_THRESHOLD_ set (${error.message}); set ${NO_RELAUNCH}=1 to skip this\n`);
      finish(1);
    });
    child.on("exit", (code, signal) => finish(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * In a relaunched process: end when the process that started it is gone (its IPC channel closes, which happens even
 * when it is killed with SIGKILL), so a stopped command never leaves its child running. The channel does not keep
 * this process alive. Does nothing in a process that was not relaunched.
 */
export function followParent(): void {
  if (process.env[RELAUNCHED] === undefined || !process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => {
    process.stderr.write("analyze: the command that started this run has ended; stopping\n");
    process.exit(129);
  });
}
