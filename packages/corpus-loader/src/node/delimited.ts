import { parse } from "csv-parse/sync";
import type { SourceRecord } from "../formats/records.js";
import type { Message } from "../schema/index.js";
import { createMessage } from "../pipeline/create-message.js";

/**
 * Parse CSV or TSV with a header row using `csv-parse` (quoted fields,
 * embedded newlines, doubled quotes). A broken row (wrong column count,
 * bad quoting) becomes an error message with its line, and parsing goes on.
 *
 * @param text - The file text.
 * @param delimiter - `","` or `"\t"`.
 * @param file - File name for messages.
 * @returns Records (with line numbers) and messages.
 */
export function parseDelimited(text: string, delimiter: string, file?: string): { records: SourceRecord[]; messages: Message[] } {
  const messages: Message[] = [];
  const records: SourceRecord[] = [];
  const report = (reason: string, line?: number): void => {
    messages.push(createMessage(`${reason}${file ? ` (${file}${line ? `, line ${line}` : ""})` : ""}; row skipped.`, {
      severity: "error",
      ruleId: "malformed-csv-row",
      source: "corpus-loader",
      file,
      line,
    }));
  };
  try {
    const rows = parse(text, {
      delimiter,
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_quotes: delimiter === "\t",
      skip_records_with_error: true,
      info: true,
      on_skip: (error) => {
        if (error) report(error.message, (error as unknown as { lines?: number }).lines);
        return undefined;
      },
    }) as Array<{ record: Record<string, unknown>; info: { lines: number } }>;
    rows.forEach((row, index) => records.push({ record: row.record, line: row.info.lines, index }));
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  }
  return { records, messages };
}
