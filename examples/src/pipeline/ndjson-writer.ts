import type { Writable } from "node:stream";
import type { AnalysisRecord } from "./analysis-record.js";

/** Writes one JSON value per line to a stream, waiting when the stream is full. */
export interface NdjsonWriter {
  /**
   * Write one record as a line.
   *
   * @param record - The record.
   * @returns Resolves once the stream can take more.
   */
  write(record: AnalysisRecord): Promise<void>;
  /**
   * Write lines already serialised (each a JSON value and `\n`, as `write` writes them), e.g. read back from disk.
   *
   * @param chunk - Whole lines.
   * @param lines - How many lines `chunk` holds.
   * @returns Resolves once the stream can take more.
   */
  writeLines(chunk: string | Uint8Array, lines: number): Promise<void>;
  /** Lines written so far. */
  readonly lines: number;
}

/**
 * An NDJSON writer over a Node stream (a file or stdout) that honours
 * back-pressure, so a slow disk or pipe never makes lines pile up in memory.
 *
 * @param stream - Where to write.
 * @returns The writer.
 */
export function createNdjsonWriter(stream: Writable): NdjsonWriter {
  let lines = 0;
  const writeLines = (chunk: string | Uint8Array, count: number): Promise<void> => {
    lines += count;
    if (stream.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        stream.off("drain", ok);
        stream.off("error", done);
        if (error) reject(error);
        else resolve();
      };
      const ok = () => done();
      stream.once("drain", ok);
      stream.once("error", done);
    });
  };
  return {
    get lines() {
      return lines;
    },
    // JSON.stringify never emits a raw line break: strings escape \n and \r, and U+2028/U+2029 are valid JSON
    write: (record) => writeLines(`${JSON.stringify(record)}\n`, 1),
    writeLines,
  };
}
