import { opendir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative as relativePath } from "node:path";
import { createDuplicateDetector, type DuplicateDetector, type DuplicateDetectorOptions } from "../dedupe.js";
import { InvalidInputError, PathNotFoundError } from "../errors.js";
import type { FieldMapping } from "../formats/field-mapping.js";
import { parseJsonLines, parseJsonRecords, type SourceRecord } from "../formats/records.js";
import { validateMetadata } from "../metadata.js";
import { createDocumentParser, type DocumentParser, type DocumentParserConfiguration } from "../parse-document.js";
import type { Document, Message } from "../schema/index.js";
import { parseDelimited } from "./delimited.js";
import {
  buildDocument,
  formatOf,
  readFileDocuments,
  recordsToDocuments,
  type InputFormat,
  type ManifestIndex,
  type SourceItem,
  type SourceOptions,
} from "./file-documents.js";
import { extractHtml } from "./html.js";
import { walkFiles } from "./walk.js";
import { createMessage } from "../pipeline/create-message.js";

/** Progress of a streaming load. */
export interface LoadProgress {
  /** Files (or records) finished. */
  files: number;
  /** Documents yielded so far. */
  documents: number;
  /** Bytes of text processed so far (UTF-16 code units of document text). */
  chars: number;
  /** Source just finished. */
  source: string | null;
}

/**
 * What to load: a folder or file path; `{text}` holding a whole file's
 * content (with `format`, default `"text"`); or `{records}`, an iterable or
 * async iterable of record objects mapped through `fields`.
 */
export type CorpusInput =
  | string
  | { text: string; format?: InputFormat; name?: string }
  | { records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>; name?: string };

/** Options of {@link streamCorpus} and `loadCorpus`. */
export interface StreamCorpusOptions extends SourceOptions {
  /** Descend into sub-folders; default false. */
  recursive?: boolean;
  /** Globs a file must match; default: files with a known extension. */
  include?: readonly string[];
  /** Globs that exclude files. `manifest.json` and `*.meta.json` are always excluded. */
  exclude?: readonly string[];
  /** Files read at the same time; default 8. */
  concurrency?: number;
  /** Parser configuration (boilerplate rules, splitter, paragraph mode), or a ready parser. */
  parser?: DocumentParserConfiguration | DocumentParser;
  /** Duplicate detection: `false` to switch off, or MinHash options. Default on. */
  duplicates?: false | DuplicateDetectorOptions;
  /** Read `manifest.json` files; default true. */
  manifest?: boolean;
  /** Called with every loader message (file problems, decoding, metadata, duplicates). */
  onMessage?: (message: Message) => void;
  /** Called after each file or record source. `total` is null while a folder is being walked. */
  onProgress?: (done: number, total: number | null, progress: LoadProgress) => void;
}

const ALWAYS_EXCLUDED = ["manifest.json", "*.meta.json"];

/** Names of the `*.meta.json` sidecars in a folder (one lazy `opendir` pass; only matching names are kept). */
async function listSidecars(dir: string): Promise<Set<string> | null> {
  const names = new Set<string>();
  try {
    const handle = await opendir(dir, { bufferSize: 256 });
    for await (const entry of handle) if (entry.name.endsWith(".meta.json")) names.add(entry.name);
  } catch {
    return null;
  }
  return names;
}

async function loadManifest(dir: string, onMessage: (m: Message) => void): Promise<ManifestIndex | null> {
  let raw: string;
  try {
    raw = await readFile(join(dir, "manifest.json"), "utf8");
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    onMessage(createMessage(`manifest.json in ${dir} is not valid JSON: ${(error as Error).message}`, { severity: "warning", ruleId: "invalid-manifest", source: "corpus-loader", file: join(dir, "manifest.json") }));
    return null;
  }
  const file = join(dir, "manifest.json");
  const documents = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as { documents?: unknown }).documents : undefined;
  if (!Array.isArray(documents)) {
    onMessage(createMessage(`manifest.json in ${dir} ignored: expected {"documents": [ … ]}, found no \`documents\` array.`, { severity: "warning", ruleId: "invalid-manifest", source: "corpus-loader", file }));
    return null;
  }
  // each entry on its own: a bad entry or field is reported and the rest still applies
  const index: ManifestIndex = new Map();
  for (const [i, entry] of documents.entries()) {
    const name = typeof entry === "object" && entry !== null ? (entry as { file?: unknown }).file : undefined;
    if (typeof name !== "string" || name.length === 0) {
      onMessage(createMessage(`manifest.json in ${dir}, entry ${i}: field \`file\` ${name === undefined ? "is missing" : `must be a non-empty string (got ${JSON.stringify(name)?.slice(0, 60)})`}; entry ignored.`, {
        severity: "warning",
        ruleId: "invalid-manifest-entry",
        source: "corpus-loader",
        file,
      }));
      continue;
    }
    const checked = validateMetadata(entry, { file, entry: `entry ${i} (${name})` });
    for (const m of checked.messages) onMessage(m);
    if (index.has(name)) {
      onMessage(createMessage(`manifest.json in ${dir}, entry ${i} (${name}): the file is listed twice; the later entry wins.`, { severity: "warning", ruleId: "invalid-manifest-entry", source: "corpus-loader", file }));
    }
    index.set(name, checked.data);
  }
  return index;
}

/**
 * Stream a corpus as an async iterator of Documents, with bounded memory:
 * folders are walked lazily (`opendir`), at most `concurrency` files are
 * open at once, and documents are yielded in walk order as soon as they are
 * ready. Problems never stop the stream: they go to `onMessage` (and onto
 * the document's `messages`). Duplicate ids get a `~2`, `~3` suffix;
 * duplicate texts are flagged in `duplicateOf`.
 *
 * @param input - Folder or file path, `{text}`, or `{records}`.
 * @param options - Walk, format, parser and duplicate options.
 * @returns An async iterator of Documents.
 * @throws {PathNotFoundError} When a path input does not exist (on the first `next()`).
 * @throws {InvalidInputError} When `input` is none of the accepted forms.
 * @example
 * ```ts
 * for await (const doc of streamCorpus("corpus/", { recursive: true, onMessage: console.warn })) {
 *   console.log(doc.id, doc.sentences.length);
 * }
 * ```
 */
export async function* streamCorpus(input: CorpusInput, options: StreamCorpusOptions = {}): AsyncGenerator<Document> {
  if (typeof input !== "string" && (typeof input !== "object" || input === null || (!("records" in input) && typeof (input as { text?: unknown }).text !== "string"))) {
    throw new InvalidInputError("Expected a path, {text} or {records}.");
  }
  const session = createSession(options);
  if (typeof input !== "string") {
    if ("records" in input) yield* streamRecords(input, session);
    else yield* streamText(input, session);
    return;
  }
  const info = await stat(input).catch(() => null);
  if (!info) throw new PathNotFoundError(input);
  if (info.isDirectory()) yield* streamFolder(input, session);
  else yield* streamFile(input, session);
}

/** What every phase of one streaming load shares: the parser, the messages, the id and duplicate book-keeping, the progress. */
interface StreamSession {
  readonly parser: DocumentParser;
  readonly options: StreamCorpusOptions;
  readonly onMessage: (message: Message) => void;
  /** A document with a unique id and its duplicate flag, or `null` for a message (reported). */
  finish(item: SourceItem): Document | null;
  /** One file (or input) done. */
  tick(source: string): void;
  /** The number of files, once known. */
  total: number | null;
}

function createSession(options: StreamCorpusOptions): StreamSession {
  const parser: DocumentParser = options.parser && "parse" in options.parser ? options.parser : createDocumentParser(options.parser ?? {});
  const onMessage = options.onMessage ?? (() => {});
  const detector = options.duplicates === false ? null : createDuplicateDetector(options.duplicates ?? {});
  const ids = new Map<string, number>();
  const progress: LoadProgress = { files: 0, documents: 0, chars: 0, source: null };
  const session: StreamSession = {
    parser,
    options,
    onMessage,
    total: null,
    finish(item) {
      if ("message" in item) {
        onMessage(item.message);
        return null;
      }
      const doc = item.document;
      renameDuplicateId(doc, ids, onMessage);
      if (detector) flagDuplicateText(doc, detector, onMessage);
      progress.documents++;
      progress.chars += doc.text.length;
      return doc;
    },
    tick(source) {
      progress.files++;
      progress.source = source;
      options.onProgress?.(progress.files, session.total, { ...progress });
    },
  };
  return session;
}

/** An id seen before gets the next free `~k` suffix, with a message; the original id stays in `meta.originalId`. */
function renameDuplicateId(doc: Document, ids: Map<string, number>, onMessage: (message: Message) => void): void {
  const n = ids.get(doc.id);
  if (n !== undefined) {
    let k = n + 1;
    while (ids.has(`${doc.id}~${k}`)) k++;
    ids.set(doc.id, k);
    const fresh = `${doc.id}~${k}`;
    const m: Message = createMessage(`Id ${doc.id} is used by an earlier document; this one (${doc.source ?? "?"}) is renamed ${fresh}.`, { severity: "warning", ruleId: "duplicate-id", source: "corpus-loader", docId: fresh, ...(doc.source ? { file: doc.source } : {}) });
    doc.meta = { ...doc.meta, originalId: doc.id };
    doc.id = fresh;
    for (const x of doc.messages ?? []) x.docId = fresh;
    doc.messages = [...(doc.messages ?? []), m];
    onMessage(m);
  }
  ids.set(doc.id, ids.get(doc.id) ?? 1);
}

/** A text that repeats (or nearly repeats) an earlier one is kept and flagged in `duplicateOf`, with a message. */
function flagDuplicateText(doc: Document, detector: DuplicateDetector, onMessage: (message: Message) => void): void {
  const dup = detector.check(doc.id, doc.text);
  if (!dup) return;
  doc.duplicateOf = dup;
  const m: Message = createMessage(`${doc.id} ${dup.kind === "exact" ? "repeats" : `nearly repeats (similarity ${dup.similarity.toFixed(2)})`} ${dup.id}; kept and flagged.`, { severity: "info", ruleId: dup.kind === "exact" ? "duplicate-document" : "near-duplicate-document", source: "corpus-loader", docId: doc.id });
  doc.messages = [...(doc.messages ?? []), m];
  onMessage(m);
}

/** `{records}`: objects from an iterable, in batches of 64. */
async function* streamRecords(input: Extract<CorpusInput, { records: unknown }>, session: StreamSession): AsyncGenerator<Document> {
  const { parser, options, onMessage } = session;
  const items: SourceItem[] = [];
  const name = input.name ?? "records";
  let index = 0;
  let batch: SourceRecord[] = [];
  const flush = function* (): Generator<Document> {
    recordsToDocuments(parser, batch, { source: name, stem: name, format: "json", ...(options.fields ? { fields: options.fields } : {}) }, items);
    batch = [];
    for (const item of items.splice(0)) {
      const doc = session.finish(item);
      if (doc) {
        doc.format = "record";
        yield doc;
      }
    }
  };
  for await (const record of input.records as AsyncIterable<Record<string, unknown>>) {
    if (typeof record === "object" && record !== null && !Array.isArray(record)) batch.push({ record, index });
    else onMessage(createMessage(`Record ${index} of ${name} is not an object; skipped.`, { severity: "warning", ruleId: "invalid-record", source: "corpus-loader" }));
    index++;
    if (batch.length >= 64) yield* flush();
  }
  yield* flush();
  session.tick(name);
}

/** `{text}`: one text in a named format (plain, Markdown, HTML, or records as JSON, JSONL, CSV, TSV). */
async function* streamText(input: Extract<CorpusInput, { text: string }>, session: StreamSession): AsyncGenerator<Document> {
  const { parser, options } = session;
  const items: SourceItem[] = [];
  const name = input.name ?? "input";
  const format = input.format ?? "text";
  session.total = 1;
  if (format === "json" || format === "jsonl" || format === "csv" || format === "tsv") {
    const parsed = format === "json" ? parseJsonRecords(input.text, name) : format === "jsonl" ? parseJsonLines(input.text, name) : parseDelimited(input.text, format === "csv" ? "," : "\t", name);
    for (const m of parsed.messages) items.push({ message: m });
    recordsToDocuments(parser, parsed.records, { source: name, stem: name, format, ...(options.fields ? { fields: options.fields } : {}) }, items);
  } else if (format === "html") {
    const x = await extractHtml(input.text, name);
    buildDocument(parser, { text: x.text, id: name, seq: null, source: name, format: "html", metadata: x.metadata, messages: x.messages }, items);
  } else {
    buildDocument(parser, { text: input.text, id: name, seq: null, source: name, format: format === "markdown" ? "markdown" : "text", metadata: {}, messages: [] }, items);
  }
  for (const item of items) {
    const doc = session.finish(item);
    if (doc) yield doc;
  }
  session.tick(name);
}

/** Per-folder manifests and sidecar lists, each read once and kept while the folder is worked on (at most 64 folders). */
function createFolderCaches(session: StreamSession) {
  const useManifest = session.options.manifest ?? true;
  const manifests = new Map<string, Promise<ManifestIndex | null>>();
  const sidecarIndexes = new Map<string, Promise<Set<string> | null>>();
  return {
    manifestFor(dir: string): Promise<ManifestIndex | null> {
      if (!useManifest) return Promise.resolve(null);
      let m = manifests.get(dir);
      if (!m) {
        // Bounded cache: only folders being worked on are kept.
        if (manifests.size > 64) manifests.delete(manifests.keys().next().value!);
        m = loadManifest(dir, session.onMessage);
        manifests.set(dir, m);
      }
      return m;
    },
    sidecarsFor(dir: string): Promise<Set<string> | null> {
      let m = sidecarIndexes.get(dir);
      if (!m) {
        if (sidecarIndexes.size > 64) sidecarIndexes.delete(sidecarIndexes.keys().next().value!);
        m = listSidecars(dir);
        sidecarIndexes.set(dir, m);
      }
      return m;
    },
  };
}

/** A path to one file. */
async function* streamFile(path: string, session: StreamSession): AsyncGenerator<Document> {
  session.total = 1;
  const caches = createFolderCaches(session);
  const items = await readFileDocuments(session.parser, path, basename(path), await caches.manifestFor(dirname(path)), session.options);
  for (const item of items) {
    const doc = session.finish(item);
    if (doc) yield doc;
  }
  session.tick(basename(path));
}

/** A folder: walk it, read up to `concurrency` files at once, yield their documents in walk order. */
async function* streamFolder(root: string, session: StreamSession): AsyncGenerator<Document> {
  const { options, onMessage } = session;
  const caches = createFolderCaches(session);
  const walker = walkFiles(root, {
    ...(options.recursive !== undefined ? { recursive: options.recursive } : {}),
    ...(options.include ? { include: options.include } : {}),
    exclude: [...ALWAYS_EXCLUDED, ...(options.exclude ?? [])],
    onError: (dir, error) => onMessage(createMessage(`Cannot list ${relativePath(root, dir) || "."}: ${(error as Error).message}`, { severity: "error", ruleId: "unreadable-folder", source: "corpus-loader", file: dir })),
    onSkip: (entry, kind) => {
      if (kind === "special") onMessage(createMessage(`${entry.relative} is not a regular file (a pipe, socket or device); skipped.`, { severity: "warning", ruleId: "not-a-regular-file", source: "corpus-loader", file: entry.relative }));
      // Only folders named like an article file: a plain sub-folder is the usual layout, not a mistake.
      else if (formatOf(entry.path, options.extensions) !== null) onMessage(createMessage(`${entry.relative} is a folder, not a file; skipped (pass recursive: true to read folders).`, { severity: "info", ruleId: "folder-not-read", source: "corpus-loader", file: entry.relative }));
    },
  });
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const window: Array<{ source: string; work: Promise<SourceItem[]> }> = [];
  let walking = true;
  const fill = async (): Promise<void> => {
    while (walking && window.length < concurrency) {
      const next = await walker.next();
      if (next.done) {
        walking = false;
        break;
      }
      const entry = next.value;
      if (!options.include && formatOf(entry.path, options.extensions) === null) {
        onMessage(createMessage(`${entry.relative} has an unknown extension (${extname(entry.path) || "none"}); skipped.`, { severity: "info", ruleId: "unknown-format", source: "corpus-loader", file: entry.relative }));
        continue;
      }
      const work = Promise.all([caches.manifestFor(entry.dir), caches.sidecarsFor(entry.dir)]).then(([manifest, sidecars]) =>
        readFileDocuments(session.parser, entry.path, entry.relative, manifest, options, sidecars),
      );
      // Avoid unhandled rejections while queued (readFileDocuments never rejects, but be safe).
      work.catch(() => {});
      window.push({ source: entry.relative, work });
    }
  };
  await fill();
  while (window.length > 0) {
    const head = window.shift()!;
    let items: SourceItem[];
    try {
      items = await head.work;
    } catch (error) {
      items = [{ message: createMessage(`${head.source}: ${(error as Error).message}`, { severity: "error", ruleId: "unreadable-file", source: "corpus-loader", file: head.source }) }];
    }
    await fill();
    for (const item of items) {
      const doc = session.finish(item);
      if (doc) yield doc;
    }
    session.tick(head.source);
  }
}

export type { FieldMapping };
