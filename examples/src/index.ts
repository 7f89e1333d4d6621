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
export { renderHtml, jsonForScript } from "./report/render-html.js";
export { buildReportModel } from "./report/build-report-model.js";
export type { ReportModel, ReportDoc, ReportEntity, ReportQuote, ReportTimelineEntry, ReportConflict, ReportMark, ReportSpan } from "./report/report-model.js";
export { summariseMessages, type MessageSummary } from "./summarise-messages.js";
