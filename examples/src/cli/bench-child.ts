import { createHash, type Hash } from "node:crypto";
import { Writable } from "node:stream";

/**
 * Node flags for a bench's child process: the parent's own flags, its loader (tsx under `pnpm bench`) when the child
 * is a TypeScript file, the source condition, `gc()`, then `extra`.
 *
 * @param childFile - The child's script (`.ts` from the source, `.js` when built).
 * @param extra - Further flags, e.g. a heap limit.
 * @returns The flags to pass before the child's file.
 */
export function childArgv(childFile: string, extra: readonly string[] = []): string[] {
  const argv = [...process.execArgv];
  if (childFile.endsWith(".ts") && !argv.some((a) => a.includes("tsx"))) argv.push("--import", "tsx");
  if (!argv.some((a) => a.includes("@newsparse/source"))) argv.push("--conditions=@newsparse/source");
  return [...argv, "--expose-gc", ...extra];
}

/**
 * A sink that hashes (SHA-256) what is written to it and keeps nothing: a bench's output is compared across runs of
 * different code byte for byte without holding it.
 *
 * @returns The sink and the hash it updates.
 */
export function hashingSink(): { sink: Writable; hash: Hash } {
  const hash = createHash("sha256");
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      hash.update(chunk);
      callback();
    },
  });
  return { sink, hash };
}
