import { opendir } from "node:fs/promises";
import { join } from "node:path";
import { matchGlob } from "./glob.js";

/** A file found by {@link walkFiles}. */
export interface WalkEntry {
  /** Absolute (or root-joined) path. */
  path: string;
  /** Path relative to the root, `/`-separated. */
  relative: string;
  /** Directory holding the file. */
  dir: string;
}

/** Options of {@link walkFiles}. */
export interface WalkOptions {
  /** Descend into sub-folders; default false. */
  recursive?: boolean;
  /** Globs a file must match (any); default all. */
  include?: readonly string[];
  /** Globs that exclude a file (any). */
  exclude?: readonly string[];
  /** Called with directories that cannot be read. */
  onError?: (dir: string, error: unknown) => void;
}

/**
 * Walk a folder lazily with `opendir`, yielding files as they are listed:
 * memory does not grow with the number of files. Hidden entries (`.x`) are skipped.
 *
 * @param root - The folder.
 * @param options - Recursion and include/exclude globs.
 * @returns An async iterator of entries.
 */
export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  const include = options.include ?? [];
  const exclude = options.exclude ?? [];
  async function* visit(dir: string, rel: string): AsyncGenerator<WalkEntry> {
    let handle;
    try {
      handle = await opendir(dir, { bufferSize: 512 });
    } catch (error) {
      options.onError?.(dir, error);
      return;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      const relative = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (options.recursive) yield* visit(path, relative);
        continue;
      }
      // Symbolic links are followed when read; a dangling one is reported by the reader as unreadable.
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      if (include.length > 0 && !include.some((g) => matchGlob(g, relative))) continue;
      if (exclude.some((g) => matchGlob(g, relative))) continue;
      yield { path, relative, dir };
    }
  }
  yield* visit(root, "");
}
