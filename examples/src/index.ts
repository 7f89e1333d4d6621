/**
 * The newsparse pipeline as a library: `analyzeCorpus`, the `CorpusAnalysis`
 * contract, and the Markdown and HTML renderers used by `pnpm analyze`.
 *
 * @packageDocumentation
 */
export { CorpusAnalysis } from "./corpus-analysis.js";
export { analyzeCorpus, type AnalyzeCorpusOptions } from "./analyze-corpus.js";
export { renderMarkdown, type RenderMarkdownOptions } from "./render-markdown.js";
export { jsonSchemas } from "./json-schemas.js";
export { analyzeCorpusParallel, type AnalyzeParallelOptions } from "./pipeline/analyze-parallel.js";
export { analyzeStream, writeAnalysisNdjson, type AnalyzeStreamOptions } from "./pipeline/analyze-stream.js";
export { analyzeDocument, type DocumentResult, type TaggedText } from "./pipeline/document-stage.js";
export { reduceCorpus, type ReduceCorpusOptions } from "./pipeline/reduce-corpus.js";
export { createDocumentPool, type DocumentPool, type DocumentPoolOptions, type WorkerThreadStats } from "./pipeline/document-pool.js";
export { threadCpu, type ThreadCpu } from "./pipeline/thread-cpu.js";
export { mapDocuments, type MapDocumentsOptions, type AnalysedDocument } from "./pipeline/map-documents.js";
export { AnalysisRecord } from "./pipeline/analysis-record.js";
export { createNdjsonWriter, type NdjsonWriter } from "./pipeline/ndjson-writer.js";
export { readAnalysisNdjson, InvalidAnalysisNdjsonError } from "./pipeline/read-analysis-ndjson.js";
export { renderHtml, jsonForScript } from "./report/render-html.js";
export { buildReportModel } from "./report/build-report-model.js";
export type { ReportModel, ReportDoc, ReportEntity, ReportQuote, ReportTimelineEntry, ReportConflict, ReportMark, ReportSpan } from "./report/report-model.js";
export { summariseMessages, type MessageSummary } from "./summarise-messages.js";
