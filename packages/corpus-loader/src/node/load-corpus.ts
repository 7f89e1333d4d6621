import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parseDocument } from "../parse-document.js";
import { PathNotFoundError } from "../errors.js";
import type { Document, Message } from "../schema/index.js";

/** Options of {@link loadCorpus}. */
export interface LoadCorpusOptions {
  /** Called after each document is loaded. */
  onProgress?: (done: number, total: number | null) => void;
}

/** What {@link loadCorpus} returns: the documents plus corpus-level messages. */
export interface LoadedCorpus {
  documents: Document[];
  messages: Message[];
}

// PROVISIONAL minimal implementation, deepened by issue 3.

/**
 * Load a corpus from a folder of `.txt` articles (with an optional
 * `manifest.json`) or a single file.
 *
 * @param path - Folder or file.
 * @param options - Progress callback and loader options.
 * @returns The documents ordered by `seq`, and messages.
 * @throws {PathNotFoundError} When `path` does not exist.
 */
export async function loadCorpus(path: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new PathNotFoundError(path);
  const dir = info.isDirectory() ? path : dirname(path);
  const files = info.isDirectory()
    ? (await readdir(path)).filter((f) => f.endsWith(".txt")).sort()
    : [basename(path)];
  const manifest = new Map<string, Record<string, unknown>>();
  try {
    const raw = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as { documents?: Record<string, unknown>[] };
    for (const d of raw.documents ?? []) if (typeof d.file === "string") manifest.set(d.file, d);
  } catch {
    // no manifest
  }
  const documents: Document[] = [];
  for (const file of files) {
    const text = (await readFile(join(dir, file), "utf8")).replace(/^\uFEFF/, "");
    const m = /^(\d+)_(.+)\.txt$/.exec(file);
    const meta = manifest.get(file) ?? {};
    documents.push(
      parseDocument(text, {
        id: m ? m[2]! : file.replace(/\.[^.]*$/, ""),
        seq: m ? Number(m[1]) : null,
        source: file,
        publishedAt: typeof meta.publishedAt === "string" ? meta.publishedAt : null,
        outlet: typeof meta.outlet === "string" ? meta.outlet : null,
        url: typeof meta.url === "string" ? meta.url : null,
      }),
    );
    options.onProgress?.(documents.length, files.length);
  }
  return { documents, messages: [] };
}
