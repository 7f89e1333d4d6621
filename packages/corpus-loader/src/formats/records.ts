import type { Message } from "../schema/index.js";
import { createMessage } from "../pipeline/create-message.js";

/** One record read from a JSON, JSON Lines or CSV source, with where it came from. */
export interface SourceRecord {
  /** The record's fields. */
  record: Record<string, unknown>;
  /** 1-based line in the source file, when known (JSON Lines, CSV). */
  line?: number;
  /** 0-based index of the record in its file. */
  index: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Read records from a JSON document: an array of objects, an object with a
 * `documents` / `articles` / `items` / `records` / `data` array, or a single
 * object. Non-object entries are reported and skipped.
 *
 * @param text - The JSON text.
 * @param file - File name for messages.
 * @returns Records and messages.
 * @example
 * ```ts
 * parseJsonRecords('[{"id":"a","text":"Hi."}]').records.length; // 1
 * ```
 */
export function parseJsonRecords(text: string, file?: string): { records: SourceRecord[]; messages: Message[] } {
  const messages: Message[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    messages.push(createMessage(`Malformed JSON${file ? ` in ${file}` : ""}: ${error instanceof Error ? error.message : String(error)}.`, {
      severity: "error",
      ruleId: "malformed-json",
      source: "corpus-loader",
      file,
    }));
    return { records: [], messages };
  }
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (isObject(data)) {
    const key = ["documents", "articles", "items", "records", "data"].find((k) => Array.isArray(data[k]));
    list = key ? (data[key] as unknown[]) : [data];
  } else list = [];
  const records: SourceRecord[] = [];
  list.forEach((item, index) => {
    if (isObject(item)) records.push({ record: item, index });
    else
      messages.push(createMessage(`Entry ${index} of ${file ?? "the JSON input"} is not an object; skipped.`, {
        severity: "warning",
        ruleId: "invalid-record",
        source: "corpus-loader",
        file,
      }));
  });
  return { records, messages };
}

/**
 * Read JSON Lines: one JSON object per line; blank lines are ignored. A
 * malformed line becomes an error message with its line number, and reading
 * goes on with the next line.
 *
 * @param text - The JSONL text.
 * @param file - File name for messages.
 * @returns Records (with line numbers) and messages.
 */
export function parseJsonLines(text: string, file?: string): { records: SourceRecord[]; messages: Message[] } {
  const records: SourceRecord[] = [];
  const messages: Message[] = [];
  let line = 0;
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    if (raw.length > 0) {
      let value: unknown;
      let ok = true;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        ok = false;
        messages.push(createMessage(`Malformed JSON on line ${line}${file ? ` of ${file}` : ""}: ${error instanceof Error ? error.message : String(error)}.`, {
          severity: "error",
          ruleId: "malformed-json-line",
          source: "corpus-loader",
          file,
          line,
        }));
      }
      if (ok) {
        if (isObject(value)) records.push({ record: value, line, index: index++ });
        else
          messages.push(createMessage(`Line ${line}${file ? ` of ${file}` : ""} is not a JSON object; skipped.`, {
            severity: "warning",
            ruleId: "invalid-record",
            source: "corpus-loader",
            file,
            line,
          }));
      }
    }
    if (end >= text.length) break;
    start = end + 1;
  }
  return { records, messages };
}
