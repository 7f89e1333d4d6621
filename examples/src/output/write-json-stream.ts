import { once } from "node:events";
import type { Writable } from "node:stream";

/** Options of {@link writeJsonStream}. */
export interface WriteJsonStreamOptions {
  /** Spaces of indentation, as the third argument of `JSON.stringify` (default 2; 0 for compact). */
  indent?: number;
  /** Container levels written piece by piece; deeper values are serialised whole with `JSON.stringify` (default 2). */
  depth?: number;
  /** Characters buffered before a write (default 1 MiB). */
  chunkSize?: number;
}

/**
 * Write a value as JSON to a stream without building one string of the whole
 * document: the outer objects and arrays (a `CorpusAnalysis` and its lists)
 * are written member by member, each item serialised on its own, with the
 * stream's back-pressure respected. The bytes are the same as
 * `JSON.stringify(value, null, indent)`, which fails with "Invalid string
 * length" once the JSON passes V8's string limit (about 512 MiB, some 5,000 to
 * 10,000 analysed articles).
 *
 * @param value - The value (plain JSON data; `toJSON` is honoured).
 * @param out - A writable stream (a file, `process.stdout`); it is not ended.
 * @param options - Indentation, streamed depth and buffer size.
 * @returns A promise settled once everything is handed to the stream.
 * @example
 * ```ts
 * const file = createWriteStream("analysis.json");
 * await writeJsonStream(analysis, file);
 * file.end();
 * ```
 */
export async function writeJsonStream(value: unknown, out: Writable | NodeJS.WritableStream, options: WriteJsonStreamOptions = {}): Promise<void> {
  const indent = options.indent ?? 2;
  const maxDepth = options.depth ?? 2;
  const chunkSize = options.chunkSize ?? 1 << 20;
  let buffer = "";
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = "";
    if (!out.write(chunk)) await once(out as Writable, "drain");
  };
  const emit = async (text: string): Promise<void> => {
    buffer += text;
    if (buffer.length >= chunkSize) await flush();
  };
  const pad = (level: number) => (indent > 0 ? `\n${" ".repeat(indent * level)}` : "");
  const whole = (v: unknown, level: number): string | undefined => {
    const json = JSON.stringify(v, null, indent);
    // JSON strings hold no raw line breaks, so every line break is indentation to shift.
    return json === undefined || indent === 0 || level === 0 ? json : json.replace(/\n/g, pad(level));
  };
  const write = async (raw: unknown, level: number): Promise<void> => {
    const v = raw !== null && typeof raw === "object" && typeof (raw as { toJSON?: unknown }).toJSON === "function" ? (raw as { toJSON: () => unknown }).toJSON() : raw;
    if (level >= maxDepth || v === null || typeof v !== "object") {
      await emit(whole(v, level) ?? "null");
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return emit("[]");
      await emit("[");
      for (let i = 0; i < v.length; i++) {
        await emit(`${i > 0 ? "," : ""}${pad(level + 1)}`);
        const item: unknown = v[i];
        // as JSON.stringify: undefined, functions and symbols in arrays become null
        await write(item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item, level + 1);
      }
      await emit(`${pad(level)}]`);
      return;
    }
    let first = true;
    for (const key of Object.keys(v)) {
      const member: unknown = (v as Record<string, unknown>)[key];
      if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
      await emit(`${first ? "{" : ","}${pad(level + 1)}${JSON.stringify(key)}:${indent > 0 ? " " : ""}`);
      first = false;
      await write(member, level + 1);
    }
    await emit(first ? "{}" : `${pad(level)}}`);
  };
  await write(value, 0);
  await flush();
}
