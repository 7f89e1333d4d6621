import type { Document } from "@newsparse/corpus-loader";
import type { CorpusAnalysis } from "../corpus-analysis.js";
import { createDocumentPool } from "./document-pool.js";
import type { DocumentResult } from "./document-stage.js";
import { mapDocuments } from "./map-documents.js";
import { reduceCorpus } from "./reduce-corpus.js";

/** Options of {@link analyzeCorpusParallel}. */
export interface AnalyzeParallelOptions {
  /** Worker threads for the per-document stages (default: every core); 0 runs them on this thread. */
  workers?: number;
  /** Called when a stage starts. */
  onStage?: (stage: string) => void;
  /** Called after each document's per-document stages. */
  onDocument?: (done: number, total: number) => void;
  /** Seconds per stage, filled in when given (`per-document`, then the cross-document stages). */
  timings?: Record<string, number>;
}

/**
 * `analyzeCorpus` on every core: the per-document stages run on a pool of
 * worker threads, the cross-document stages on this thread after them. The
 * result is identical to `analyzeCorpus(documents)`.
 *
 * @param documents - Loaded documents.
 * @param options - Workers, progress and timings.
 * @returns The full analysis.
 */
export async function analyzeCorpusParallel(documents: readonly Document[], options: AnalyzeParallelOptions = {}): Promise<CorpusAnalysis> {
  const pool = options.workers === 0 ? undefined : createDocumentPool({ workers: options.workers });
  const results: DocumentResult[] = [];
  const started = performance.now();
  try {
    options.onStage?.(`per-document stages${pool ? ` on ${pool.workers} worker thread${pool.workers === 1 ? "" : "s"}` : ""}`);
    // packed: the workers hand back bytes, unpacked by the cross-document stages after the pool is done (no
    // structured clone of every record on this thread while the workers run)
    for await (const { result } of mapDocuments(documents, { pool, packed: { strings: new Map(), json: false } })) {
      results.push(result);
      options.onDocument?.(results.length, documents.length);
    }
  } finally {
    await pool?.close();
  }
  if (options.timings) options.timings["per-document"] = (performance.now() - started) / 1000;
  return reduceCorpus(documents, results, { onStage: options.onStage, timings: options.timings });
}
