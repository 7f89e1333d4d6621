import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { createMessage, type MessageOptions } from "../pipeline/create-message.js";
import { decodeBytes } from "../decode.js";
import { AUTO_DELIMITERS, COMMON_DELIMITERS, splitConcatenated, type DelimiterTest } from "../formats/concatenated.js";
import { mapRecord, type FieldMapping } from "../formats/field-mapping.js";
import { splitFrontMatter } from "../formats/front-matter.js";
import { parseJsonLines, parseJsonRecords, type SourceRecord } from "../formats/records.js";
import { resolveMetadata, validateMetadata } from "../metadata.js";
import { isSpaceCode } from "../text/character-classes.js";
import type { DocumentParser } from "../parse-document.js";
import type { Document, Message, Span } from "../schema/index.js";
import { parseDelimited } from "./delimited.js";
import { extractHtml } from "./html.js";

/** Input formats corpus-loader reads. */
export type InputFormat = "text" | "markdown" | "html" | "json" | "jsonl" | "csv" | "tsv";

/** File extension → format used by default. */
export const DEFAULT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "tsv",
};

/** Options shared by the file readers (see `StreamCorpusOptions`). */
export interface SourceOptions {
  /** Largest file read, in bytes; bigger files are reported and skipped. Default 50 MiB. */
  maxBytes?: number;
  /** Field mapping for JSON, JSON Lines, CSV/TSV and front matter. */
  fields?: FieldMapping;
  /**
   * Split text files holding many articles at delimiter lines: `"auto"`
   * (default: form feeds, `=====` lines, `<<<…>>>` markers), `true` (also
   * `---`, `***`, `* * *`, `###` …), `false`, or your own tests.
   */
  concatenated?: boolean | "auto" | readonly DelimiterTest[];
  /** Files up to this size are read with `readFileSync` (cheaper); bigger ones asynchronously. Default 1 MiB; 0 = always async. */
  syncReadBytes?: number;
  /** Extension → format overrides, e.g. `{".article": "text"}`. */
  extensions?: Readonly<Record<string, InputFormat>>;
}

/** What reading one source produced: documents and messages, in order. */
export type SourceItem = { document: Document } | { message: Message };

/** Per-folder manifest entries, keyed by file name relative to the manifest's folder. */
export type ManifestIndex = Map<string, Record<string, unknown>>;

const SEQ_NAME = /^(\d{1,9})_(.{1,200})$/;

/** Id and sequence number from a file name: `000_fbe5….txt` → seq 0, id `fbe5…`; else the stem. */
export function idFromFileName(file: string): { id: string; seq: number | null } {
  const name = basename(file);
  const ext = extname(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  const m = SEQ_NAME.exec(stem);
  if (m) return { id: m[2]!, seq: Number(m[1]) };
  return { id: stem || name, seq: null };
}

/** Format of a file from its extension (null when unknown). */
export function formatOf(file: string, overrides?: Readonly<Record<string, InputFormat>>): InputFormat | null {
  const ext = extname(file).toLowerCase();
  return overrides?.[ext] ?? DEFAULT_EXTENSIONS[ext] ?? null;
}

const msg = (severity: Message["severity"], ruleId: string, reason: string, file?: string, extra: Partial<MessageOptions> = {}): Message =>
  createMessage(reason, { severity, ruleId, source: "corpus-loader", file, ...extra });

interface DocInit {
  text: string;
  id: string;
  seq: number | null;
  source: string;
  format: NonNullable<Document["format"]>;
  encoding?: string;
  metadata: Record<string, unknown>;
  messages: Message[];
  extraMeta?: Record<string, unknown>;
  titleSpan?: Span;
}

/** Build a document: validate metadata, then parse. Messages go both to the document and to `items`. */
export function buildDocument(parser: DocumentParser, init: DocInit, items: SourceItem[]): void {
  const resolved = resolveMetadata(init.metadata, init.source);
  const messages = [...init.messages, ...resolved.messages].map((m) => ({ ...m }));
  const id = resolved.id ?? init.id;
  for (const m of messages) m.docId ??= id;
  for (const m of messages) items.push({ message: m });
  const doc = parser.parse(init.text, {
    id,
    seq: resolved.seq ?? init.seq,
    source: init.source,
    publishedAt: resolved.publishedAt,
    format: init.format,
    messages,
    meta: { ...resolved.meta, ...init.extraMeta },
    ...(resolved.title !== undefined ? { title: resolved.title } : {}),
    ...(resolved.outlet !== undefined ? { outlet: resolved.outlet } : {}),
    ...(resolved.url !== undefined ? { url: resolved.url } : {}),
    ...(resolved.authors !== undefined ? { authors: resolved.authors } : {}),
    ...(init.encoding ? { encoding: init.encoding } : {}),
  });
  if (init.titleSpan && !doc.titleSpan) {
    doc.titleSpan = init.titleSpan;
    doc.title ??= init.text.slice(init.titleSpan.start, init.titleSpan.end);
  }
  items.push({ document: doc });
}

function delimitersOf(option: SourceOptions["concatenated"]): readonly DelimiterTest[] | null {
  if (option === false) return null;
  if (option === true) return COMMON_DELIMITERS;
  if (option === undefined || option === "auto") return AUTO_DELIMITERS;
  return option;
}

/** Turn records into documents (shared by JSON, JSON Lines, CSV and record streams). */
export function recordsToDocuments(
  parser: DocumentParser,
  records: readonly SourceRecord[],
  context: { source: string; stem: string; format: NonNullable<Document["format"]>; fields?: FieldMapping; base?: Record<string, unknown> },
  items: SourceItem[],
): void {
  for (const { record, line, index } of records) {
    const where = line ? `${context.source}:${line}` : `${context.source}[${index}]`;
    const mapped = mapRecord(record, context.fields);
    if (mapped.text === null || mapped.text.trim().length === 0) {
      items.push({ message: msg("warning", "missing-text", `Record ${where} has no text field; skipped.`, context.source, line ? { line } : {}) });
      continue;
    }
    buildDocument(
      parser,
      {
        text: mapped.text,
        id: `${context.stem}-${index + 1}`,
        seq: null,
        source: where,
        format: context.format,
        metadata: { ...context.base, ...mapped.metadata },
        messages: [],
      },
      items,
    );
  }
}

/** What a file-system entry is, for messages about entries that are not regular files. */
function fileKind(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

/**
 * Read one file into documents and messages. Never throws: unreadable,
 * binary, empty and oversized files become messages.
 *
 * @param parser - Document parser.
 * @param path - File path.
 * @param relative - Path shown in messages and `source`.
 * @param manifest - Manifest entries of the file's folder.
 * @param options - Reader options.
 * @param sidecars - Names of the `*.meta.json` files in the file's folder, when known (saves a `stat` per file).
 * @returns Items in order.
 */
export async function readFileDocuments(
  parser: DocumentParser,
  path: string,
  relative: string,
  manifest: ManifestIndex | null,
  options: SourceOptions,
  sidecars?: ReadonlySet<string> | null,
): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  const bytes = await readBytes(path, relative, options);
  if (!(bytes instanceof Uint8Array)) {
    items.push({ message: bytes });
    return items;
  }
  const decoded = decodeBytes(bytes, { file: relative });
  if (decoded.binary) {
    items.push({ message: msg("warning", "binary-file", `${relative} contains NUL bytes (binary?); skipped.`, relative) });
    return items;
  }
  if (isBlankText(decoded.text)) {
    for (const m of decoded.messages) items.push({ message: m });
    items.push({ message: msg("warning", "empty-file", `${relative} holds only white space; skipped.`, relative) });
    return items;
  }
  const metadata = await readFileMetadata(path, relative, manifest, sidecars);
  const fileName = basename(path);
  const { id, seq } = idFromFileName(fileName);
  const file: DecodedFile = {
    text: decoded.text,
    relative,
    id,
    seq,
    stem: basename(fileName, extname(fileName)),
    base: metadata.base,
    messages: [...decoded.messages, ...metadata.messages],
    encoding: decoded.encoding,
  };
  const format = formatOf(path, options.extensions) ?? "text";
  if (format === "json" || format === "jsonl" || format === "csv" || format === "tsv") recordFileDocuments(parser, file, format, options, items);
  else if (format === "html") await htmlFileDocuments(parser, file, items);
  else if (format === "markdown") markdownFileDocuments(parser, file, options, items);
  else textFileDocuments(parser, file, options, items);
  return items;
}

/**
 * The bytes of a regular file, or the message saying why there are none
 * (not a regular file, too large, empty, unreadable).
 */
async function readBytes(path: string, relative: string, options: SourceOptions): Promise<Uint8Array | Message> {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  let bytes: Uint8Array;
  let fd = -1;
  try {
    // One open, one fstat, one read, one close: no separate path-based stat.
    try {
      // O_NONBLOCK: opening a FIFO (or a symlink to one) for reading would otherwise wait for a writer for ever.
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw code === "ENOENT" || code === "ENOTDIR" ? new Error("file vanished") : error;
    }
    const info = fstatSync(fd);
    if (!info.isFile()) return msg("warning", "not-a-regular-file", `${relative} is ${fileKind(info)}, not a regular file; skipped.`, relative);
    if (info.size > maxBytes) return msg("warning", "file-too-large", `${relative} is ${info.size} bytes, over the ${maxBytes}-byte limit; skipped.`, relative);
    if (info.size === 0) return msg("warning", "empty-file", `${relative} is empty; skipped.`, relative);
    // Small files are read synchronously: one at a time, and about six times cheaper in CPU than the
    // promise API's thread-pool round trips. Big files go through the async API so the event loop stays free.
    if (info.size <= (options.syncReadBytes ?? 1024 * 1024)) bytes = readOpenFile(fd, info.size);
    else {
      closeSync(fd);
      fd = -1;
      bytes = await readFile(path);
    }
    if (bytes.length > maxBytes) return msg("warning", "file-too-large", `${relative} grew past the ${maxBytes}-byte limit while being read; skipped.`, relative);
  } catch (error) {
    return msg("error", "unreadable-file", `Cannot read ${relative}: ${(error as Error).message}`, relative);
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  return bytes;
}

/** Metadata of a file: its manifest entry, then its sidecar `<file>.meta.json` (or `<stem>.meta.json`), the most specific last. */
async function readFileMetadata(
  path: string,
  relative: string,
  manifest: ManifestIndex | null,
  sidecars: ReadonlySet<string> | null | undefined,
): Promise<{ base: Record<string, unknown>; messages: Message[] }> {
  const base: Record<string, unknown> = {};
  const messages: Message[] = [];
  const entry = manifest?.get(relative) ?? manifest?.get(basename(path));
  if (entry) Object.assign(base, entry);
  for (const sidecar of [`${path}.meta.json`, join(dirname(path), `${basename(path, extname(path))}.meta.json`)]) {
    // With a sidecar index of the folder, no file-system call is made for the common no-sidecar case.
    if (sidecars ? !sidecars.has(basename(sidecar)) : !statSync(sidecar, { throwIfNoEntry: false })?.isFile()) continue;
    let raw: string;
    try {
      raw = await readFile(sidecar, "utf8");
    } catch {
      continue;
    }
    try {
      const data: unknown = JSON.parse(raw);
      if (typeof data === "object" && data !== null && !Array.isArray(data)) {
        // validated on its own: a bad field is reported and dropped, the manifest's value (if any) stays
        const checked = validateMetadata(data, { file: join(dirname(relative), basename(sidecar)) });
        for (const m of checked.messages) messages.push(m);
        Object.assign(base, checked.data);
      } else throw new Error("not an object");
    } catch (error) {
      messages.push(msg("warning", "invalid-sidecar", `Sidecar ${basename(sidecar)} ignored: ${(error as Error).message}.`, relative));
    }
    break;
  }
  return { base, messages };
}

/** A decoded, non-blank file with its id, metadata and the messages about it so far. */
interface DecodedFile {
  text: string;
  relative: string;
  id: string;
  seq: number | null;
  stem: string;
  base: Record<string, unknown>;
  messages: Message[];
  encoding: string;
}

/** JSON, JSON Lines, CSV, TSV: one document per record. */
function recordFileDocuments(parser: DocumentParser, file: DecodedFile, format: "json" | "jsonl" | "csv" | "tsv", options: SourceOptions, items: SourceItem[]): void {
  const { text, relative } = file;
  const parsed =
    format === "json" ? parseJsonRecords(text, relative) : format === "jsonl" ? parseJsonLines(text, relative) : parseDelimited(text, format === "csv" ? "," : "\t", relative);
  for (const m of [...file.messages, ...parsed.messages]) items.push({ message: m });
  recordsToDocuments(parser, parsed.records, { source: relative, stem: file.stem, format, ...(options.fields ? { fields: options.fields } : {}), base: file.base }, items);
}

/** HTML: the article text Readability (or the block fallback) finds, with the page's metadata. */
async function htmlFileDocuments(parser: DocumentParser, file: DecodedFile, items: SourceItem[]): Promise<void> {
  const extracted = await extractHtml(file.text, file.relative);
  buildDocument(
    parser,
    {
      encoding: file.encoding,
      text: extracted.text,
      id: file.id,
      seq: file.seq,
      source: file.relative,
      format: "html",
      metadata: { ...extracted.metadata, ...file.base },
      messages: [...file.messages, ...extracted.messages],
    },
    items,
  );
}

/** Markdown: front matter as metadata, the body as the text, a leading `# Heading` as the title. */
function markdownFileDocuments(parser: DocumentParser, file: DecodedFile, options: SourceOptions, items: SourceItem[]): void {
  const { text, relative } = file;
  const fm = splitFrontMatter(text, relative);
  const body = text.slice(fm.bodyStart);
  const fmChecked = validateMetadata(fm.data, { file: relative, entry: "front matter" });
  const mapped = mapRecord(fmChecked.data, options.fields);
  // A leading `# Heading` is the title.
  const h = /^[ \t]{0,3}#[ \t]{1,8}([^\n]{1,300})/.exec(body);
  const titleSpan = h ? { start: h.index + h[0].length - h[1]!.length, end: h.index + h[0].length } : undefined;
  buildDocument(
    parser,
    {
      encoding: file.encoding,
      text: body,
      id: file.id,
      seq: file.seq,
      source: relative,
      format: "markdown",
      metadata: { ...mapped.metadata, ...file.base },
      messages: [...file.messages, ...fm.messages, ...fmChecked.messages],
      extraMeta: fm.bodyStart > 0 ? { bodyOffset: fm.bodyStart } : {},
      ...(titleSpan ? { titleSpan: trimSpan(body, titleSpan) } : {}),
    },
    items,
  );
}

/** Plain text: one document, or one per piece when the file holds several articles (see `concatenated`). */
function textFileDocuments(parser: DocumentParser, file: DecodedFile, options: SourceOptions, items: SourceItem[]): void {
  const { text, relative, id, seq } = file;
  const delimiters = delimitersOf(options.concatenated);
  const pieces = delimiters ? splitConcatenated(text, delimiters) : [{ start: 0, end: text.length }];
  if (pieces.length <= 1) {
    buildDocument(parser, { encoding: file.encoding, text, id, seq, source: relative, format: "text", metadata: file.base, messages: file.messages }, items);
    return;
  }
  for (const m of file.messages) items.push({ message: m });
  pieces.forEach((piece, k) => {
    buildDocument(
      parser,
      {
        encoding: file.encoding,
        text: text.slice(piece.start, piece.end),
        id: `${id}-${k + 1}`,
        seq,
        source: `${relative}#${k + 1}`,
        format: "concatenated",
        metadata: {},
        messages: [],
        extraMeta: { sourceOffset: piece.start, part: k + 1, parts: pieces.length },
      },
      items,
    );
  });
}

/** Read up to `size` bytes of an open file (as `readFileSync` does for a regular file of that size). */
function readOpenFile(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled < size ? buffer.subarray(0, filled) : buffer;
}

/** True when the text holds only white space (no copy, unlike `trim()`). */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
