import type { Document } from "@newsparse/corpus-loader";
import { analyzeDocument, type DocumentResult } from "./document-stage.js";
import type { DocumentPool } from "./document-pool.js";
import type { StringPool } from "./compact-result.js";
import { recordsView } from "./packed-result.js";

/** Options of {@link mapDocuments}. */
export interface MapDocumentsOptions {
  /** Worker pool; without one the per-document stages run on this thread. */
  pool?: DocumentPool;
  /** Documents per task (default: batches of about 40,000 characters, at most 16 documents). */
  batchChars?: number;
  /** Batches in flight per worker (default 2): bounds the documents held while waiting. */
  inFlightPerWorker?: number;
  /**
   * Have the pool's workers hand results back packed (`DocumentPool.runPacked`): each result is then a
   * view whose records are unpacked when read (read each once), sharing the strings of `strings`;
   * `json` (default true) also has them write the records' JSON for the NDJSON document line.
   */
  packed?: { strings: StringPool; json?: boolean };
}

/** A document with its per-document results. */
export interface AnalysedDocument {
  document: Document;
  result: DocumentResult;
}

/**
 * Run the per-document stages over a stream of documents, on a worker pool or
 * this thread, and yield each document with its results in input order. At
 * most `workers × inFlightPerWorker` batches are in flight, so a stream of any
 * length is processed in bounded memory.
 *
 * @param source - Documents, in corpus order.
 * @param options - Pool and batching.
 * @returns Documents with results, in input order.
 */
export async function* mapDocuments(source: AsyncIterable<Document> | Iterable<Document>, options: MapDocumentsOptions = {}): AsyncGenerator<AnalysedDocument> {
  const { pool } = options;
  if (!pool) {
    for await (const document of source) yield { document, result: analyzeDocument(document) };
    return;
  }
  const batchChars = options.batchChars ?? 40_000;
  const limit = pool.workers * (options.inFlightPerWorker ?? 2);
  const inFlight: { documents: Document[]; results: Promise<DocumentResult[]> }[] = [];
  // a failed batch is awaited in order below; this keeps the rejection from being reported as unhandled meanwhile
  const { packed } = options;
  const submit = (documents: Document[]) => {
    const results = packed ? pool.runPacked(documents, { json: packed.json }).then((list) => list.map((p) => recordsView(p, packed.strings))) : pool.run(documents);
    results.catch(() => {});
    inFlight.push({ documents, results });
  };
  let batch: Document[] = [];
  let chars = 0;
  for await (const document of source) {
    batch.push(document);
    chars += document.text.length;
    if (chars >= batchChars || batch.length >= 16) {
      submit(batch);
      batch = [];
      chars = 0;
      while (inFlight.length >= limit) yield* drain(inFlight.shift()!);
    }
  }
  if (batch.length > 0) submit(batch);
  while (inFlight.length > 0) yield* drain(inFlight.shift()!);
}

async function* drain(entry: { documents: Document[]; results: Promise<DocumentResult[]> }): AsyncGenerator<AnalysedDocument> {
  const results = await entry.results;
  for (let i = 0; i < entry.documents.length; i++) yield { document: entry.documents[i]!, result: results[i]! };
}
