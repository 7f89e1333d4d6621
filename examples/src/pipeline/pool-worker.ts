/**
 * The worker-thread entry of {@link createDocumentPool}: one task is a batch
 * of documents, the answer their per-document results in the same order, with
 * the worker's thread id, V8 heap size and own CPU time after the batch.
 */
import { getHeapStatistics } from "node:v8";
import { threadId } from "node:worker_threads";
import type { Document } from "@newsparse/corpus-loader";
import { analyzeDocument, type DocumentResult } from "./document-stage.js";
import { packRecords, type PackedRecords } from "./packed-result.js";
import { threadCpu, type ThreadCpu } from "./thread-cpu.js";

// an ES module has no `require` in scope; a CommonJS translation of this file (tsx's `require` hook) has
const esModules = typeof require === "undefined";

/** A batch's answer. */
export interface BatchAnswer {
  /** Per-document results, in the batch's order (packed when the task asked for it). */
  results: DocumentResult[] | PackedRecords[];
  /** The worker's thread id. */
  threadId: number;
  /** The worker's V8 heap in bytes (`total_heap_size`) after the batch. */
  heapBytes: number;
  /** The worker thread's own CPU time since it started (Linux; absent elsewhere). */
  cpu?: ThreadCpu;
  /** Whether the worker runs the pipeline as ES modules (false: as a CommonJS translation, which costs more CPU). */
  esModules: boolean;
}

/** A task: a batch of documents, or a batch whose results come back packed (bytes, and with `json` the NDJSON members). */
export type BatchTask = readonly Document[] | { documents: readonly Document[]; packed: true; json?: boolean };

/**
 * Analyse a batch of documents.
 *
 * @param task - Loaded documents, or `{documents, packed: true, json}`.
 * @returns Their per-document results, same order.
 */
export default function analyzeBatch(task: BatchTask): BatchAnswer {
  let results: DocumentResult[] | PackedRecords[];
  if (Array.isArray(task)) results = (task as readonly Document[]).map(analyzeDocument);
  else {
    const { documents, json = true } = task as Exclude<BatchTask, readonly Document[]>;
    results = documents.map((d) => packRecords(analyzeDocument(d), { json }));
  }
  return { results, threadId, heapBytes: getHeapStatistics().total_heap_size, cpu: threadCpu(), esModules };
}
