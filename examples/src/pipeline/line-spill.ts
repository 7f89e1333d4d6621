import type { AnalysisRecord } from "./analysis-record.js";
import type { NdjsonWriter } from "./ndjson-writer.js";
import type { SpillStore } from "./spill-store.js";

/** NDJSON lines kept in a spill file until they can be written in their place. */
export interface LineSpill {
  /**
   * Serialise a record as a line (as `NdjsonWriter.write` would) and put it on disk.
   *
   * @param record - The record.
   */
  add(record: AnalysisRecord): void;
  /**
   * Put one line on disk given in pieces (their concatenation is the line, its `\n` included), a
   * chunk of about 1 MiB at a time: a line longer than memory should hold is never one string.
   *
   * @param pieces - The line's pieces, in order.
   */
  addPieces(pieces: Iterable<string>): void;
  /** Put the last buffered lines on disk. */
  end(): void;
  /** Lines held. */
  readonly lines: number;
  /**
   * Write the lines, in the order they were added.
   *
   * @param writer - Where they go.
   * @returns Resolves once all are written.
   */
  copyTo(writer: NdjsonWriter): Promise<void>;
}

const CHUNK = 1 << 20;

/**
 * Lines of a cross-document list (entities, claims) serialised as soon as no
 * later stage reads the list, so the objects can be dropped before the next
 * stage; the lines go to the run's spill file in chunks of about 1 MiB and are
 * copied to the output when their turn comes. The bytes written are those
 * `NdjsonWriter.write` would have written.
 *
 * @param spill - The run's spill file.
 * @returns The line spill.
 */
export function createLineSpill(spill: SpillStore): LineSpill {
  // a chunk may end inside a line given in pieces: it counts the lines that end in it
  const chunks: { offset: number; length: number; lines: number }[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  let pendingLines = 0;
  let lines = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.from(pending.join(""), "utf8");
    chunks.push({ offset: spill.addBytes(bytes), length: bytes.length, lines: pendingLines });
    pending = [];
    pendingChars = 0;
    pendingLines = 0;
  };
  return {
    get lines() {
      return lines;
    },
    add(record) {
      // JSON.stringify never emits a raw line break (see NdjsonWriter)
      const line = `${JSON.stringify(record)}\n`;
      pending.push(line);
      pendingChars += line.length;
      pendingLines++;
      lines++;
      if (pendingChars >= CHUNK) flush();
    },
    addPieces(pieces) {
      // flush before a piece, not after it: the line's last piece stays pending, and so does its count
      for (const piece of pieces) {
        if (pendingChars >= CHUNK) flush();
        pending.push(piece);
        pendingChars += piece.length;
      }
      pendingLines++;
      lines++;
      if (pendingChars >= CHUNK) flush();
    },
    end: flush,
    async copyTo(writer) {
      flush();
      for (const chunk of chunks) await writer.writeLines(spill.readBytes(chunk.offset, chunk.length), chunk.lines);
    },
  };
}
