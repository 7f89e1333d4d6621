import type { Dirent } from "node:fs";
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
  /**
   * Called with entries passed over that a user may have meant as input: folders when not
   * recursive, and entries that are neither files nor symbolic links (FIFOs, sockets, devices).
   */
  onSkip?: (entry: WalkEntry, kind: "folder" | "special") => void;
}

/**
 * Walk a folder, yielding files in code-unit order of their names, folder by
 * folder (so the order, and everything derived from it, does not depend on
 * the order in which the files were created or on the file system). Each
 * folder's names are listed and sorted before its files are yielded: memory
 * grows with the largest folder, not with the whole tree. Hidden entries
 * (`.x`) are skipped.
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
    const entries: Dirent[] = [];
    try {
      for await (const entry of handle) if (!entry.name.startsWith(".")) entries.push(entry);
    } catch (error) {
      options.onError?.(dir, error);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const relative = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (options.recursive) yield* visit(path, relative);
        else options.onSkip?.({ path, relative, dir }, "folder");
        continue;
      }
      // Symbolic links are followed when read (the reader reads regular files only and says what
      // anything else is); a dangling one is reported by the reader as unreadable.
      if (!entry.isFile() && !entry.isSymbolicLink()) {
        options.onSkip?.({ path, relative, dir }, "special");
        continue;
      }
      if (include.length > 0 && !include.some((g) => matchGlob(g, relative))) continue;
      if (exclude.some((g) => matchGlob(g, relative))) continue;
      yield { path, relative, dir };
    }
  }
  yield* visit(root, "");
}
