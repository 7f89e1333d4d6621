import { compareCorpusOrder, type CorpusOrderKey, type Document, type Message } from "@newsparse/corpus-loader";
import type { EndRecord } from "./analysis-record.js";
import { createDocumentPool, type DocumentPool } from "./document-pool.js";
import type { DocumentResult } from "./document-stage.js";
import { mapDocuments, type AnalysedDocument } from "./map-documents.js";
import type { NdjsonWriter } from "./ndjson-writer.js";
import { loaderOnlyMessages } from "./loader-messages.js";
import { reduceCorpus } from "./reduce-corpus.js";
import { createSpillStore, type SpillStore } from "./spill-store.js";
import type { Entity, Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import type { Timex } from "@newsparse/timeline";
import { compactMessages, type StringPool } from "./compact-result.js";
import { packRecords, packedRecordsOf, partRange, recordsView, type PackedRecords } from "./packed-result.js";
import { createLineSpill, type LineSpill } from "./line-spill.js";
import { entityLinePieces } from "./entity-line.js";
import { analysisGenerator } from "../generator.js";
import { setFlagsFromString } from "node:v8";

/** Options of {@link analyzeStream}. */
export interface AnalyzeStreamOptions {
  /** Worker threads for the per-document stages (default: every core); 0 runs them on this thread. A pool of your own may be given instead. */
  workers?: number | DocumentPool;
  /** Keep documents' texts and structure on disk rather than in memory until the cross-document stages (default true). */
  spill?: boolean;
  /** Directory of the spill file (default the OS temp dir). */
  spillDir?: string;
  /** Loader messages gathered so far; read once every document is through (those not already on a document go first among the messages). */
  loaderMessages?: () => readonly Message[];
  /** Called when a stage starts. */
  onStage?: (stage: string) => void;
  /** Called after each document's line is written. */
  onDocument?: (done: number) => void;
  /** Seconds per stage, filled in when given. */
  timings?: Record<string, number>;
  /** Called (and awaited) once every document is through the per-document stages, before the cross-document ones; e.g. to close a pool of your own. */
  onPerDocumentDone?: () => Promise<void> | void;
  /**
   * How far V8 lets each heap grow past what is live before a full collection, in percent (V8's
   * process-wide `--heap-growing-percent`, set when the run starts; it applies to every isolate of the
   * process, worker threads included). Default {@link STREAM_HEAP_GROWING_PERCENT}; 0 leaves V8's own
   * choice (up to 300 % on a machine with 2 GiB or more for the heap), which let the committed heap
   * of a 3,000-document run reach 3 to 5 times its live size in the cross-document stages.
   */
  heapGrowingPercent?: number;
}

/**
 * The default {@link AnalyzeStreamOptions.heapGrowingPercent}: measured on 3,000 generated documents
 * (`pnpm bench stream`), peak RSS 645 → 547 MiB, same output, CPU within the noise of a shared machine.
 */
export const STREAM_HEAP_GROWING_PERCENT = 20;

/**
 * What the reducer keeps of a document's records: with a spill file, their bytes go to disk and are read
 * back part by part when a stage reads them; without, the bytes stay in memory.
 */
function keep(packed: PackedRecords, strings: StringPool, spill: SpillStore | undefined): DocumentResult {
  // kept to the end of the run (written last): their repeated strings shared
  compactMessages(packed.entityMessages, strings);
  compactMessages(packed.claimMessages, strings);
  if (!spill) return recordsView(packed, strings);
  const offset = spill.addBytes(packed.bytes);
  const lengths = packed.lengths;
  return recordsView(packed, strings, (part) => {
    const [start, end] = partRange(lengths, part);
    return spill.readBytes(offset + start, end - start);
  });
}

/** What the reducer keeps of a document: the document (its heavy parts on disk) and its compact results. */
interface Kept {
  key: CorpusOrderKey;
  index: number;
  document: Document;
  result: DocumentResult;
}

/**
 * Analyse a stream of documents into NDJSON: a header, one line per document
 * as soon as its per-document stages are done (on a worker pool), then the
 * cross-document results one per line, then an `end` line. Documents'
 * texts and their packed per-document records (handed back by the workers as
 * bytes) go to a spill file, so memory holds under 1 KiB per document and a
 * small cache of texts until a cross-document stage reads them; entities,
 * claims and timexes go to the same file once no later stage reads them. The lines, read
 * back with {@link readAnalysisNdjson}, give the same analysis as
 * `analyzeCorpus` over `loadCorpus` of the same input.
 *
 * @param source - Documents (e.g. `streamCorpus(path)`).
 * @param writer - Where the lines go.
 * @param options - Workers, spilling, progress.
 * @returns The `end` line's counts.
 */
export async function analyzeStream(source: AsyncIterable<Document> | Iterable<Document>, writer: NdjsonWriter, options: AnalyzeStreamOptions = {}): Promise<EndRecord> {
  const ownPool = typeof options.workers !== "object";
  const pool = typeof options.workers === "object" ? options.workers : options.workers === 0 ? undefined : createDocumentPool({ workers: options.workers });
  try {
    options.onStage?.(`per-document stages${pool ? ` on ${pool.workers} worker thread${pool.workers === 1 ? "" : "s"}` : ""}`);
    const strings: StringPool = new Map();
    const onPerDocumentDone = async () => {
      if (ownPool) await pool?.close();
      await options.onPerDocumentDone?.();
    };
    return await writeAnalysisNdjson(mapDocuments(source, { pool, packed: { strings } }), writer, { ...options, strings, onPerDocumentDone });
  } finally {
    if (ownPool) await pool?.close();
  }
}

/**
 * The writing half of {@link analyzeStream}, for documents whose per-document
 * stages ran elsewhere (a worker pool, or BullMQ workers on other machines).
 *
 * @param analysed - Documents with their per-document results, in arrival order.
 * @param writer - Where the lines go.
 * @param options - Spilling, progress; `onPerDocumentDone` runs once every document is in.
 * @returns The `end` line's counts.
 */
export async function writeAnalysisNdjson(
  analysed: AsyncIterable<AnalysedDocument> | Iterable<AnalysedDocument>,
  writer: NdjsonWriter,
  options: Omit<AnalyzeStreamOptions, "workers"> & { strings?: StringPool } = {},
): Promise<EndRecord> {
  // read by V8 at each full collection, in every isolate of the process (worker threads already running included)
  const growing = options.heapGrowingPercent ?? STREAM_HEAP_GROWING_PERCENT;
  if (growing > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(growing)}`);
  const spill = options.spill === false ? undefined : createSpillStore({ dir: options.spillDir });
  const kept: Kept[] = [];
  const strings: StringPool = options.strings ?? new Map();
  // cross-document lists written to the spill file once no later stage reads them, copied out in order at the end
  let entityLines: LineSpill | undefined;
  let claimLines: LineSpill | undefined;
  let timexLines: LineSpill | undefined;
  const documentMessageKeys = new Set<string>();
  const started = performance.now();
  try {
    await writer.write({ type: "header", format: "newsparse-analysis-ndjson", version: 1, generator: analysisGenerator() });
    for await (const { document, result } of analysed) {
      // packed by a worker: its records are written from their JSON and kept as bytes, never built here
      let packed = packedRecordsOf(result);
      if (packed?.json !== undefined) {
        await writer.writeLines(`{"type":"document","document":${JSON.stringify(document)},${packed.json}}\n`, 1);
        packed.json = undefined;
      } else {
        await writer.write({ type: "document", document, mentions: result.mentions, claims: result.claims, timexes: result.timexes?.timexes ?? [] });
        packed ??= packRecords(result);
      }
      for (const m of document.messages ?? []) documentMessageKeys.add(JSON.stringify(m));
      kept.push({ key: { seq: document.seq, source: document.source }, index: kept.length, document: spill ? spill.add(document) : document, result: keep(packed, strings, spill) });
      options.onDocument?.(kept.length);
    }
    await options.onPerDocumentDone?.();
    if (options.timings) options.timings["per-document"] = (performance.now() - started) / 1000;
    kept.sort(compareCorpusOrder);
    const documents = kept.map((k) => k.document);
    const results = kept.map((k) => k.result);
    kept.length = 0;
    const handOver = spill
      ? {
          // called once or more, in order
          entities: (list: readonly Entity[]) => {
            entityLines ??= createLineSpill(spill);
            for (const entity of list) entityLines.add({ type: "entity", entity });
          },
          // an entity with more mentions than a hand-over holds: its line written in pieces
          largeEntity: (header: Entity, count: number, mentions: (from: number, to: number) => Mention[]) => {
            entityLines ??= createLineSpill(spill);
            entityLines.addPieces(entityLinePieces(header, count, mentions));
          },
          // called once per document, in order
          claims: (list: readonly Claim[]) => {
            claimLines ??= createLineSpill(spill);
            for (const claim of list) claimLines.add({ type: "claim", claim });
          },
          // called once per document, in order (every timex has its docId)
          timexes: (list: readonly Timex[]) => {
            timexLines ??= createLineSpill(spill);
            for (const timex of list) timexLines.add({ type: "timex", timex: timex as Timex & { docId: string } });
          },
        }
      : undefined;
    const analysis = reduceCorpus(documents, results, { onStage: options.onStage, timings: options.timings, release: true, handOver, strings });
    strings.clear();
    results.length = 0;
    options.onStage?.("writing cross-document results");
    if (entityLines) await entityLines.copyTo(writer);
    for (const entity of analysis.entities) await writer.write({ type: "entity", entity });
    if (claimLines) await claimLines.copyTo(writer);
    for (const claim of analysis.claims) await writer.write({ type: "claim", claim });
    for (const claimGroup of analysis.claimGroups ?? []) await writer.write({ type: "claimGroup", claimGroup });
    for (const conflict of analysis.conflicts) await writer.write({ type: "conflict", conflict });
    if (timexLines) await timexLines.copyTo(writer);
    for (const timex of analysis.timexes) await writer.write({ type: "timex", timex });
    for (const timelineEntry of analysis.timeline) await writer.write({ type: "timelineEntry", timelineEntry });
    const messages = [...loaderOnlyMessages(options.loaderMessages?.() ?? [], documentMessageKeys), ...analysis.messages];
    for (const message of messages) await writer.write({ type: "message", message });
    const end: EndRecord = {
      type: "end",
      documents: documents.length,
      entities: analysis.entities.length + (entityLines?.lines ?? 0),
      claims: analysis.claims.length + (claimLines?.lines ?? 0),
      timexes: analysis.timexes.length + (timexLines?.lines ?? 0),
      timelineEntries: analysis.timeline.length,
      messages: messages.length,
    };
    await writer.write(end);
    return end;
  } finally {
    spill?.close();
  }
}
