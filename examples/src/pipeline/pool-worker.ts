/**
 * The worker-thread entry of {@link createDocumentPool}: one task is a batch
 * of documents, the answer their per-document results in the same order, with
 * the worker's thread id and V8 heap size after the batch.
 */
import { getHeapStatistics } from "node:v8";
import { threadId } from "node:worker_threads";
import type { Document } from "@newsparse/corpus-loader";
import { analyzeDocument, type DocumentResult } from "./document-stage.js";

/** A batch's answer. */
export interface BatchAnswer {
  /** Per-document results, in the batch's order. */
  results: DocumentResult[];
  /** The worker's thread id. */
  threadId: number;
  /** The worker's V8 heap in bytes (`total_heap_size`) after the batch. */
  heapBytes: number;
}

/**
 * Analyse a batch of documents.
 *
 * @param documents - Loaded documents.
 * @returns Their per-document results, same order.
 */
export default function analyzeBatch(documents: readonly Document[]): BatchAnswer {
  return { results: documents.map(analyzeDocument), threadId, heapBytes: getHeapStatistics().total_heap_size };
}
