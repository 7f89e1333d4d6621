import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "@newsparse/corpus-loader";

type Heavy = Pick<Document, "text" | "excluded" | "paragraphs" | "sentences">;
const HEAVY = ["text", "excluded", "paragraphs", "sentences"] as const;
const OFFSET = Symbol("spill offset");
const LENGTH = Symbol("spill length");

/** Documents kept on disk: their text and structure arrays are read back when a stage needs them. */
export interface SpillStore {
  /**
   * Move a document's text, excluded ranges, paragraphs and sentences to disk.
   *
   * @param document - The document.
   * @returns A document whose heavy fields are read from disk on access (small fields stay in memory).
   */
  add(document: Document): Document;
  /**
   * Append bytes (e.g. a result's packed records) to the file.
   *
   * @param bytes - The bytes.
   * @returns Their offset in the file.
   */
  addBytes(bytes: Uint8Array): number;
  /**
   * Read back bytes written by `addBytes` (not cached: each call reads the disk).
   *
   * @param offset - Their offset.
   * @param length - Their length.
   * @returns A buffer of their own.
   */
  readBytes(offset: number, length: number): Buffer;
  /** Bytes written to disk. */
  readonly bytes: number;
  /** Reads from disk (cache misses). */
  readonly reads: number;
  /** Delete the file. */
  close(): void;
}

/**
 * A spill file for documents, so the cross-document stages can still read any
 * document's text while only a few hundred documents' texts are in memory at
 * a time (an LRU cache). Deterministic: a document read back equals the one
 * written.
 *
 * @param options - Directory for the file (default the OS temp dir) and cache size.
 * @returns The store; call `close()` when done.
 */
export function createSpillStore(options: { dir?: string; cacheSize?: number } = {}): SpillStore {
  const dir = mkdtempSync(join(options.dir ?? tmpdir(), "newsparse-spill-"));
  const fd = openSync(join(dir, "documents.jsonl"), "w+");
  const cacheSize = options.cacheSize ?? 512;
  const cache = new Map<number, Heavy>();
  let bytes = 0;
  let reads = 0;
  const load = (offset: number, length: number): Heavy => {
    const hit = cache.get(offset);
    if (hit) {
      // refresh its place in the LRU order
      cache.delete(offset);
      cache.set(offset, hit);
      return hit;
    }
    reads++;
    const buffer = Buffer.allocUnsafe(length);
    readSync(fd, buffer, 0, length, offset);
    const heavy = JSON.parse(buffer.toString("utf8")) as Heavy;
    cache.set(offset, heavy);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as number);
    return heavy;
  };
  const getters = new Map<string, (this: Record<symbol, number>) => unknown>(
    HEAVY.map((key) => [
      key,
      function (this: Record<symbol, number>) {
        return load(this[OFFSET]!, this[LENGTH]!)[key];
      },
    ]),
  );
  return {
    get bytes() {
      return bytes;
    },
    get reads() {
      return reads;
    },
    add(document) {
      const heavy: Heavy = { text: document.text, excluded: document.excluded, paragraphs: document.paragraphs, sentences: document.sentences };
      const buffer = Buffer.from(JSON.stringify(heavy), "utf8");
      const offset = bytes;
      writeSync(fd, buffer, 0, buffer.length, offset);
      bytes += buffer.length;
      const light: Record<string | symbol, unknown> = {};
      // where the heavy fields are, hidden; the accessors are shared by every document of the store (no closure per
      // document, and documents of the same shape share a hidden class)
      Object.defineProperty(light, OFFSET, { value: offset });
      Object.defineProperty(light, LENGTH, { value: buffer.length });
      for (const [key, value] of Object.entries(document)) {
        const get = getters.get(key);
        if (get) Object.defineProperty(light, key, { enumerable: true, get });
        else light[key] = value;
      }
      return light as unknown as Document;
    },
    addBytes(data) {
      const offset = bytes;
      writeSync(fd, data, 0, data.length, offset);
      bytes += data.length;
      return offset;
    },
    readBytes(offset, length) {
      reads++;
      const buffer = Buffer.allocUnsafeSlow(length);
      readSync(fd, buffer, 0, length, offset);
      return buffer;
    },
    close() {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
